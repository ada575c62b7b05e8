import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// The proof that a save is atomic: a helper process saves a few groups over and over and is
/// killed with SIGKILL at a random moment, several times; every file must then parse and hold
/// exactly the content of the last finished save or of the one in progress.
@Suite("Crash safety: SIGKILL in the middle of saves")
final class CrashSafetyTests {
    let folder = TemporaryFolder()
    private let groupCount = 4

    /// What a stress group holds at a generation (as the helper's StressData makes it).
    private func expected(_ id: GroupID, _ generation: Int) -> Group {
        var group = DemoData.generate(groups: 1, seed: UInt64(generation % 8), today: Fixtures.today).groups[0]
        group.id = id
        group.remarks = "stress generation \(generation)"
        return group
    }

    @Test("killed at random moments, every file holds the old or the new content, never a torn one")
    func killedMidSave() throws {
        var random = SeededRandom(seed: UInt64(UInt32.random(in: 0...UInt32.max)))
        var generations: [GroupID: Int] = [:]
        var totalSaves = 0
        // Rounds whose kill provably landed inside a save: a temporary file was left, or a file
        // already holds the generation whose "saved" line never came. At least two are required,
        // so the test keeps killing (at most 40 times) until it has them.
        var killsInsideSave = 0
        for round in 0..<40 where round < 5 || killsInsideSave < 2 {
            let process = Process()
            process.executableURL = HelperProcess.executable
            process.arguments = ["stress", folder.dataFolder.path, String(groupCount), "100000"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let lines = LineReader(output.fileHandleForReading)
            #expect(lines.next() == "ready", "round \(round)")

            // Let it run for a random number of saves, then a random few microseconds more.
            let savesBeforeKill = 20 + random.next(below: 120)
            var seen = 0
            while seen < savesBeforeKill, let line = lines.next() {
                record(line, into: &generations)
                seen += 1
            }
            usleep(UInt32(random.next(below: 3000)))
            kill(process.processIdentifier, SIGKILL)
            // Lines written before the kill are still in the pipe.
            while let line = lines.next() { record(line, into: &generations) }
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "the helper ended before it was killed")
            totalSaves += seen

            if try checkFolder(finished: generations, round: round) { killsInsideSave += 1 }
        }
        #expect(totalSaves >= 100)
        #expect(killsInsideSave >= 2)
    }

    private func record(_ line: String, into generations: inout [GroupID: Int]) {
        let parts = line.split(separator: " ")
        guard parts.count == 3, parts[0] == "saved", let generation = Int(parts[2]) else {
            Issue.record("unexpected helper output: \(line)")
            return
        }
        generations[GroupID(String(parts[1]))] = generation
    }

    /// Every group file parses and is at the last finished generation or the next one. True when
    /// the kill evidently interrupted a save.
    private func checkFolder(finished: [GroupID: Int], round: Int) throws -> Bool {
        let leftovers = names(in: folder.dataFolder.path + "/groups").filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
        var interrupted = !leftovers.isEmpty
        let load = Store(folder: folder.dataFolder).loadAll()
        #expect(load.problems.isEmpty, "round \(round): \(load.problems)")
        let groupFiles = names(in: folder.dataFolder.path + "/groups").filter { !$0.hasPrefix(".") }
        #expect(groupFiles == load.groups.map { $0.id.rawValue + ".json" }, "round \(round)")
        for group in load.groups {
            let last = finished[group.id] ?? 0
            let candidates = [expected(group.id, last), expected(group.id, last + 1)]
            #expect(candidates.contains(group), "round \(round): \(group.id) is neither generation \(last) nor \(last + 1)")
            if group == candidates[1] { interrupted = true }
        }
        // Groups never saved before the kill may exist only if their first save was in progress.
        for index in 1...groupCount where finished[GroupID("stress-\(index)")] == nil {
            let group = load.groups.first { $0.id == GroupID("stress-\(index)") }
            #expect(group == nil || group == expected(GroupID("stress-\(index)"), 1))
        }
        return interrupted
    }
}
