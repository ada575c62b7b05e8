import Foundation
import IntervisionCore
import IntervisionStore

/// The store's part of the product benchmark (scripts/bench-store runs these in a release build).
enum Bench {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    /// Generates the demo data set and saves it into an empty folder.
    static func writeDemo(_ arguments: [String]) {
        guard arguments.count == 2, let count = Int(arguments[1]) else { Stress.fail("usage: store-stress write-demo DIR GROUPS") }
        let start = now()
        let data = DemoData.generate(groups: count, seed: 1, today: today)
        let generated = now()
        let store = Store(folder: URL(fileURLWithPath: arguments[0]))
        do {
            try store.saveProfile(data.supervisor)
            try store.save(data.groups)
        } catch {
            Stress.fail("save failed: \(error)")
        }
        let saved = now()
        print(String(format: "write-demo: %d groups: generate %.1f ms, save %.1f ms", count,
                     (generated - start) * 1000, (saved - generated) * 1000))
    }

    /// Loads every group `repeat` times with a fresh store; prints each time and the best.
    static func load(_ arguments: [String]) {
        guard arguments.count >= 1 else { Stress.fail("usage: store-stress load DIR [REPEAT]") }
        let repeats = arguments.count > 1 ? Int(arguments[1]) ?? 1 : 1
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var groups = 0
        var problems = 0
        var kept: [GroupLoad] = []  // kept alive, so freeing one run's groups is not timed in the next
        for _ in 0..<repeats {
            let start = now()
            let cpuStart = cpuTime()
            let store = Store(folder: URL(fileURLWithPath: arguments[0]))
            let load = store.loadAll()
            times.append(now() - start)
            cpuTimes.append(cpuTime() - cpuStart)
            groups = load.groups.count
            problems = load.problems.count
            kept.append(load)
        }
        let list = times.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " ")
        let cpuList = cpuTimes.map { String(format: "%.1f", $0 * 1000) }.joined(separator: " ")
        print(String(format: "load: %d groups, %d problems: best %.1f ms wall (runs: %@), CPU (user+sys, all threads): %@ ms",
                     groups, problems, times.min()! * 1000, list, cpuList))
    }

    /// Decodes every group file from memory on one thread: the parser's own speed.
    static func decode(_ arguments: [String]) {
        guard arguments.count == 1 else { Stress.fail("usage: store-stress decode DIR") }
        let folder = URL(fileURLWithPath: arguments[0]).appendingPathComponent("groups")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }
        let total = files.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        // The best of many runs: on a shared machine the minimum is the measure least disturbed.
        for _ in 0..<20 {
            let start = now()
            for file in files { _ = try? GroupCodec.decode(file) }
            best = min(best, now() - start)
        }
        let groups = files.compactMap { try? GroupCodec.decode($0) }
        var bestEncode = Double.infinity
        for _ in 0..<20 {
            let start = now()
            for group in groups { _ = GroupCodec.encode(group) }
            bestEncode = min(bestEncode, now() - start)
        }
        print(String(format: "decode: %d files, %.1f MB: %.1f ms on one thread = %.0f MB/s; encode %.1f ms on one thread", files.count,
                     Double(total) / 1e6, best * 1000, Double(total) / 1e6 / best, bestEncode * 1000))
    }

    /// User and system time of the whole process so far, in seconds.
    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
