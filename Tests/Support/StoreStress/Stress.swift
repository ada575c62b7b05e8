import Foundation
import IntervisionCore
import IntervisionStore

/// Saves a few groups over and over until killed. Each line on stdout is written with one
/// unbuffered write after the save returned, so the test knows the last save that completed.
enum Stress {
    static func run(_ arguments: [String]) {
        guard arguments.count == 3, let groupCount = Int(arguments[1]), let saves = Int(arguments[2]) else {
            fail("usage: store-stress stress DIR GROUPS SAVES")
        }
        let store = Store(folder: URL(fileURLWithPath: arguments[0]))
        let load = store.loadAll()
        guard load.problems.isEmpty else { fail("load problems: \(load.problems)") }
        var generations: [GroupID: Int] = [:]
        for group in load.groups { generations[group.id] = StressData.generation(of: group) ?? 0 }
        let ids = (1...groupCount).map { GroupID("stress-\($0)") }
        say("ready")
        for save in 0..<saves {
            let id = ids[save % ids.count]
            let generation = (generations[id] ?? 0) + 1
            do {
                try store.save(StressData.group(id: id, generation: generation))
            } catch {
                fail("save \(id) failed: \(error)")
            }
            generations[id] = generation
            say("saved \(id) \(generation)")
        }
        say("done")
    }

    static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}
