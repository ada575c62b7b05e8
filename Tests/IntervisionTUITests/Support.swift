import Foundation
import IntervisionCore
import IntervisionStore
@testable import IntervisionApp
import Testing

/// The fixed world every screen test runs in: today 2026-11-22 and the seeded demo data.
enum Fixture {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!
    static let demo = DemoData.generate(groups: 8, seed: 1, today: today)
    /// The methods the app ships (the runtime reads them; the screens are handed them).
    static let methods = MethodLibrary(Store.shippedMethods)

    static func state(_ size: Size = Size(width: 80, height: 24), language: Language = .nl, groups: [Group]? = nil,
                      firstStart: Bool = false) -> AppState {
        AppState(size: size, today: today, settings: Settings(language: language), environmentLanguage: .en,
                 groups: groups ?? demo.groups, supervisor: demo.supervisor, firstStart: firstStart, methods: methods)
    }

    /// Feeds keys; returns all effects asked for.
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { App.update(&state, .key($0)) }
    }

    static func type(_ text: String, _ state: inout AppState) {
        for character in text { _ = App.update(&state, .key(.character(character))) }
    }
}

/// Text snapshots of a canvas (text and role layer) under Snapshots/. Re-record with
/// `RECORD_SNAPSHOTS=1 swift test --filter IntervisionTUITests`.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = canvas.snapshot()
        let file = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !record {
                Issue.record("No snapshot \(name).txt yet: recorded it; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        let report = "Snapshot \(name) differs (re-record with RECORD_SNAPSHOTS=1 if the change is intended):\n"
            + diff(expected: expected, actual: actual)
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }

    /// The differing lines, numbered, expected above actual.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "<none>"
            let b = index < new.count ? new[index] : "<none>"
            if a != b {
                report.append(String(format: "%3d expected: |%@|", index + 1, a))
                report.append(String(format: "%3d actual:   |%@|", index + 1, b))
            }
            if report.count >= 24 { report.append("…"); break }
        }
        return report.joined(separator: "\n")
    }
}
