import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// Every bound a file is held to (`ValueLimits`, `TextKind`; docs/data-format.md), at its edge and
/// through the store, as the data folder is read: the value just inside loads and survives a save,
/// the value just outside is refused with a message that names the file and the field.
@Suite("Bounds at load, each at its edge")
final class ValueBoundEdgeTests {
    let folder = TemporaryFolder()

    /// One bound at one edge. `body` is the text of the file with `%@` where the value stands.
    struct Edge: Sendable, CustomTestStringConvertible {
        enum File: Sendable { case group, profile, settings }
        var file: File
        var field: String
        var body: String
        var inside: String
        var outside: String
        var reason: String

        var testDescription: String { "\(field): \(inside.prefix(24)) loads, \(outside.prefix(24)) does not" }

        func text(_ value: String) -> String { body.replacingOccurrences(of: "%@", with: value) }
    }

    private static let members = #""members": [{"id": "m1", "name": "A"}]"#
    private static let plan = #""from": "2026-01-01", "to": "2026-12-31""#
    private static let hours = ValueLimits.durationReason
    private static let count = ValueLimits.countReason
    private static let dates = ValueLimits.dateReason

    /// `count` characters of two bytes each, as a text field's value (the limit counts characters).
    private static func text(_ count: Int) -> String { String(repeating: "é", count: count) }
    private static func tooLong(_ kind: TextKind) -> String { "too long: \(kind.limit + 1) characters, at most \(kind.limit)" }

    private static func group(_ field: String, _ body: String, _ inside: String, _ outside: String, _ reason: String) -> Edge {
        Edge(file: .group, field: field, body: #"{"format": "intervisie-group", "version": 1, "id": "g1", "name": "x", "# + body + "}",
             inside: inside, outside: outside, reason: reason)
    }

    private static func text(_ field: String, _ body: String, _ kind: TextKind) -> Edge {
        group(field, body, "\"\(text(kind.limit))\"", "\"\(text(kind.limit + 1))\"", tooLong(kind))
    }

    static let edges: [Edge] = [
        // Hours: more than 0, at most 24 (24.000000000000004 is the next number after 24).
        group("durationHours", #""meetings": [{"id": "a", "date": "2026-02-01", "durationHours": %@}]"#, "24", "24.000000000000004", hours),
        group("durationHours", #""meetings": [{"id": "a", "date": "2026-02-01", "durationHours": %@}]"#, "5e-324", "0", hours),
        group("durationHours", #""plans": [{"# + plan + #", "durationHours": %@}]"#, "24", "24.000000000000004", hours),
        group("durationHours", #""plans": [{"# + plan + #", "durationHours": %@}]"#, "0.01", "-0.01", hours),
        // A plan's number of meetings: 0 to 100.
        group("totalMeetings", #""plans": [{"# + plan + #", "totalMeetings": %@}]"#, "100", "101", count),
        group("totalMeetings", #""plans": [{"# + plan + #", "totalMeetings": %@}]"#, "0", "-1", count),
        // A planned meeting's revision: 0 to 1,000,000.
        group("revision", #""plans": [{"# + plan + #", "planned": [{"date": "2026-02-01", "revision": %@}]}]"#,
              "1000000", "1000001", ValueLimits.revisionReason),
        group("revision", #""plans": [{"# + plan + #", "planned": [{"date": "2026-02-01", "revision": %@}]}]"#,
              "0", "-1", ValueLimits.revisionReason),
        // Every date: 1900-01-01 to 2199-12-31, whatever field holds it.
        group("from", #""plans": [{"from": %@, "to": "2199-12-31"}]"#, #""1900-01-01""#, #""1899-12-31""#, dates),
        group("to", #""plans": [{"from": "2026-01-01", "to": %@}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("submitted", #""plans": [{"# + plan + #", "submitted": %@}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("closed", #""plans": [{"# + plan + #", "closed": %@}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("exported", #""plans": [{"# + plan + #", "exported": %@}]"#, #""1900-01-01""#, #""1899-12-31""#, dates),
        group("date", #""plans": [{"# + plan + #", "planned": [{"date": %@}]}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("date", #""meetings": [{"id": "a", "date": %@}]"#, #""1900-01-01""#, #""1899-12-31""#, dates),
        group("reported", #""meetings": [{"id": "a", "date": "2026-02-01", "reported": %@}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("joined", #""members": [{"id": "m1", "name": "A", "joined": %@}]"#, #""1900-01-01""#, #""1899-12-31""#, dates),
        group("left", #""members": [{"id": "m1", "name": "A", "left": %@}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("periodStart", #""members": [{"id": "m1", "name": "A", "periodStart": %@}]"#, #""1900-01-01""#, #""1899-12-31""#, dates),
        group("date", #""evaluations": [{"id": "e", "date": %@}]"#, #""2199-12-31""#, #""2200-01-01""#, dates),
        group("year", #""evaluations": [{"id": "e", "date": "2026-02-01", "year": %@}]"#, #""1900-01-01""#, #""1899-12-31""#, dates),
        // Texts, by kind: one-line names 200 characters, topics 500, long texts 10,000.
        text("supervisorName", #""supervisorName": %@"#, .name),
        text("focusAreas", #""focusAreas": ["Leiderschap", %@]"#, .name),
        text("name", #""members": [{"id": "m1", "name": %@}]"#, .name),
        text("specialism", #""members": [{"id": "m1", "name": "A", "specialism": %@}]"#, .name),
        text("method", #""meetings": [{"id": "a", "date": "2026-02-01", "method": %@}]"#, .name),
        text("location", #""meetings": [{"id": "a", "date": "2026-02-01", "location": %@}]"#, .name),
        text("topic", #""meetings": [{"id": "a", "date": "2026-02-01", "topic": %@}]"#, .topic),
        text("topic", #""plans": [{"# + plan + #", "planned": [{"topic": %@}]}]"#, .topic),
        text("reason", members + #", "meetings": [{"id": "a", "date": "2026-02-01", "attendance": [{"member": "m1", "present": false, "reason": %@}]}]"#,
             .topic),
        text("wentWell", #""evaluations": [{"id": "e", "date": "2026-02-01", "answers": {"wentWell": %@}}]"#, .longText),
        // The profile.
        Edge(file: .profile, field: "lvscHours", body: #"{"format": "intervisie-profile", "version": 1, "lvscHours": %@}"#,
             inside: "10000", outside: "10000.000000000002", reason: ValueLimits.totalHoursReason),
        Edge(file: .profile, field: "lvscHours", body: #"{"format": "intervisie-profile", "version": 1, "lvscHours": %@}"#,
             inside: "0", outside: "-5e-324", reason: ValueLimits.totalHoursReason),
        Edge(file: .profile, field: "registrationExpires", body: #"{"format": "intervisie-profile", "version": 1, "registrationExpires": %@}"#,
             inside: #""2199-12-31""#, outside: #""2200-01-01""#, reason: dates),
        Edge(file: .profile, field: "name", body: #"{"format": "intervisie-profile", "version": 1, "name": %@}"#,
             inside: "\"\(text(200))\"", outside: "\"\(text(201))\"", reason: tooLong(.name)),
        // The settings: the export folder is a path, as long as the system allows one.
        Edge(file: .settings, field: "exportFolder", body: #"{"format": "intervisie-settings", "version": 1, "exportFolder": %@}"#,
             inside: "\"/\(text(4095))\"", outside: "\"/\(text(4096))\"", reason: tooLong(.path)),
        Edge(file: .settings, field: "theme", body: #"{"format": "intervisie-settings", "version": 1, "theme": %@}"#,
             inside: "\"\(text(200))\"", outside: "\"\(text(201))\"", reason: tooLong(.name)),
    ]

    @Test("the value just inside a bound loads and is written back the same; just outside, the file is refused naming itself and the field",
          arguments: edges)
    func edge(_ edge: Edge) throws {
        let store = Store(folder: folder.dataFolder)
        let path: String
        switch edge.file {
        case .group:
            try store.save([Group(id: "g0", name: "Other")])  // makes the folder; stays loadable throughout
            path = store.path(for: "g1")
        case .profile:
            try store.saveProfile(Supervisor(name: "S"))
            path = store.profilePath
        case .settings:
            try store.saveSettings(Settings())
            path = store.settingsPath
        }

        try overwrite(path, with: edge.text(edge.inside))
        // Loaded, then saved by the store that loaded it, then loaded again: the same.
        let reader = Store(folder: folder.dataFolder)
        switch edge.file {
        case .group:
            let load = reader.loadAll()
            #expect(load.problems.isEmpty, "\(load.problems.map(\.message.en))")
            let group = try #require(load.groups.first { $0.id == "g1" })
            try reader.save(group)
            #expect(Store(folder: folder.dataFolder).loadAll().groups.first { $0.id == "g1" } == group)
        case .profile:
            let loaded = reader.loadProfile()
            #expect(loaded.readOnly == nil, "\(loaded.readOnly?.message.en ?? "")")
            let profile = try #require(loaded.value)
            try reader.saveProfile(profile)
            #expect(Store(folder: folder.dataFolder).loadProfile().value == profile)
        case .settings:
            let loaded = reader.loadSettings()
            #expect(loaded.readOnly == nil, "\(loaded.readOnly?.message.en ?? "")")
            try reader.saveSettings(loaded.value)
            #expect(Store(folder: folder.dataFolder).loadSettings().value == loaded.value)
        }

        try overwrite(path, with: edge.text(edge.outside))
        let refusal: StoreError?
        switch edge.file {
        case .group:
            let load = Store(folder: folder.dataFolder).loadAll()
            #expect(load.groups.map(\.id) == ["g0"])
            refusal = load.problems.first
        case .profile:
            let loaded = Store(folder: folder.dataFolder).loadProfile()
            #expect(loaded.value == nil)
            refusal = loaded.readOnly
        case .settings:
            let loaded = Store(folder: folder.dataFolder).loadSettings()
            #expect(loaded.value == Settings())
            refusal = loaded.readOnly
        }
        guard case .corrupt(path, 1, _, let reason)? = refusal else {
            Issue.record("expected \(path) refused as damaged: \(String(describing: refusal))")
            return
        }
        #expect(reason == "field \"\(edge.field)\": \(edge.reason)")
        for message in [refusal!.message.en, refusal!.message.nl] {
            #expect(message.hasPrefix(path + ": ") && message.contains("field \"\(edge.field)\": \(edge.reason)"))
        }
    }
}
