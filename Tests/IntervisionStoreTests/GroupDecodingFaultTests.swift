import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

@Suite("Group files: what the reader refuses, and where it says the fault is")
struct GroupDecodingFaultTests {
    private func decode(_ text: String) throws(StoreError) -> Group {
        try GroupCodec.decode(Data(text.utf8), source: "test.json")
    }

    /// The error for `text`, which must not decode.
    private func failure(_ text: String) -> StoreError? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    private let header = "{\"format\": \"intervisie-group\", \"version\": 1, "

    @Test("a syntax error is reported with its line and column")
    func syntaxErrorPosition() {
        let text = "{\n  \"format\": \"intervisie-group\",\n  \"version\": 1,\n  \"id\": \"g1\",\n  \"name\": \"x\"\n  \"remarks\": \"\"\n}\n"
        #expect(failure(text) == .corrupt(path: "test.json", line: 6, column: 3, reason: "expected ',' or '}'"))
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() {
        let text = "{\"name\": \"Müller\", x}"
        guard case .corrupt(_, let line, let column, _)? = failure(text) else {
            Issue.record("expected a corrupt error")
            return
        }
        #expect(line == 1)
        #expect(column == 20)
    }

    @Test("faults that are not JSON syntax also point at the value", arguments: [
        (#""id": "g1", "name": "x", "members": [{"id": "m1", "name": "a", "big": "12ab"}]}"#, "may contain digits only"),
        (#""id": "g1", "name": "x", "plans": [{"from": "2025-02-30", "to": "2026-01-31"}]}"#, "date does not exist"),
        (#""id": "g1", "name": "x", "plans": [{"from": "1-2-2025", "to": "2026-01-31"}]}"#, "expected a date"),
        (#""id": "g1", "name": "x", "plans": [{"from": "2025-01-01", "to": "2026-01-31", "totalMeetings": 4.5}]}"#, "whole number"),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "attendance": [{"member": "m1"}]}]}"#, "has no \"present\""),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a"}]}"#, "has no \"date\""),
        (#""id": "../evil", "name": "x"}"#, "cannot be a file name"),
        (#""id": "g1", "name": "x", "name": "y"}"#, "appears twice"),
        ("\"id\": \"g1\", \"name\": \"x\", \"remarks\": \"tab\traw\"}", "control character"),
        (#""id": "g1", "name": "x", "remarks": "bad \q escape"}"#, "unknown escape"),
        (#""id": "g1", "name": "x", "remarks": "\ud800 lone"}"#, "lone surrogate"),
        (#""id": "g1", "name": 5}"#, "expected a string"),
        (#""id": "g1", "name": "x"} trailing"#, "after the end"),
        (#""id": "g1"}"#, "has no \"name\""),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "start": "19:00"}]}"#, "has a \"start\" without an \"end\""),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "end": "19:00"}]}"#, "has an \"end\" without a \"start\""),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "start": "21:00", "end": "19:00"}]}"#, "ends (19:00) before it starts (21:00)"),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "start": "7 uur", "end": "09:00"}]}"#, "expected a time as \"HH:MM\""),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "start": "9:00", "end": "10:00"}]}"#, "expected a time as \"HH:MM\""),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "start": "19:60", "end": "20:00"}]}"#, "time does not exist"),
        (#""id": "g1", "name": "x", "meetings": [{"id": "a", "date": "2025-01-01", "reported": "gisteren"}]}"#, "expected a date"),
        (#""id": "g1", "name": "x", "plans": [{"from": "2025-01-01", "to": "2025-12-31", "planned": [{"date": "2025-02-01", "revision": -1}]}]}"#, "revision must be 0 to 1000000"),
        (#""id": "g1", "name": "x", "plans": [{"from": "2025-01-01", "to": "2025-12-31", "planned": [{"date": "2025-02-01", "start": "19:00", "end": "25:00"}]}]}"#, "time does not exist"),
    ])
    func valueFaults(_ body: String, _ reason: String) {
        guard case .corrupt(let path, _, _, let found)? = failure(header + body) else {
            Issue.record("expected a corrupt error for \(body)")
            return
        }
        #expect(path == "test.json")
        #expect(found.contains(reason), "\(found)")
    }

    @Test("another format, a missing header, a bad version")
    func headerFaults() {
        #expect(failure(#"{"format": "intervisie-profile", "version": 1, "id": "g", "name": ""}"#)
            == .corrupt(path: "test.json", line: 1, column: 12, reason: "this is a \"intervisie-profile\" file, not \"intervisie-group\""))
        guard case .corrupt(_, _, _, let noFormat)? = failure(#"{"version": 1, "id": "g", "name": ""}"#) else {
            Issue.record("expected corrupt")
            return
        }
        #expect(noFormat.contains("no \"format\""))
        guard case .corrupt(_, _, _, let noVersion)? = failure(#"{"format": "intervisie-group", "id": "g", "name": ""}"#) else {
            Issue.record("expected corrupt")
            return
        }
        #expect(noVersion.contains("version"))
        guard case .corrupt? = failure(#"{"format": "intervisie-group", "version": 0, "id": "g", "name": ""}"#) else {
            Issue.record("expected corrupt")
            return
        }
        guard case .corrupt? = failure("[1, 2]") else {
            Issue.record("expected corrupt")
            return
        }
        guard case .corrupt? = failure("") else {
            Issue.record("expected corrupt")
            return
        }
    }

    @Test("invalid UTF-8 is refused at its position")
    func invalidUTF8() {
        for bad: [UInt8] in [[0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE2, 0x82]] {
            var bytes = Array(#"{"format": "intervisie-group", "version": 1, "id": "g", "name": "ab"#.utf8)
            bytes += bad
            bytes += Array("\"}".utf8)
            do {
                _ = try GroupCodec.decode(Data(bytes), source: "t")
                Issue.record("accepted invalid UTF-8 \(bad)")
            } catch {
                // Column 68: the first byte after `"ab`.
                #expect(error == .corrupt(path: "t", line: 1, column: 68, reason: "invalid UTF-8"))
            }
        }
    }

    @Test("escapes the writer never produces are still read: \\/, \\u, surrogate pairs, escaped keys")
    func readsEveryEscape() throws {
        let group = try decode(header + #""id": "g1", "n\u0061me": "\/\u00fc\uD83D\uDE00\b\f\r\t\n\"\\"}"#)
        #expect(group.name == "/ü😀\u{8}\u{C}\r\t\n\"\\")
    }

    @Test("null and missing fields mean the default")
    func nullsAreDefaults() throws {
        let group = try decode(header + #""id": "g1", "name": "x", "remarks": null, "contact": null, "members": null, "plans": [{"from": "2025-01-01", "to": "2025-12-31", "totalMeetings": null, "exported": null, "planned": null}]}"#)
        #expect(group == Group(id: "g1", name: "x", plans: [YearPlan(from: Fixtures.date("2025-01-01"), to: Fixtures.date("2025-12-31"))]))
    }

    @Test("fields may come in any order, the header too")
    func anyOrder() throws {
        let group = try decode(#"{"name": "x", "id": "g1", "version": 1, "members": [{"name": "a", "id": "m"}], "format": "intervisie-group"}"#)
        #expect(group == Group(id: "g1", name: "x", members: [Member(id: "m", name: "a")]))
    }

    @Test("9 and 10 digit BIG numbers in a hand-edited file are padded as everywhere else")
    func shortBIG() throws {
        let group = try decode(header + #""id": "g1", "name": "x", "members": [{"id": "m", "name": "a", "big": "123456789"}]}"#)
        #expect(group.members[0].big?.digits == "00123456789")
    }

    @Test("unknown fields make a strict decode fail, naming each field and its position")
    func unknownFields() {
        let text = header + "\"id\": \"g1\", \"name\": \"x\", \"colour\": \"red\",\n\"members\": [{\"id\": \"m\", \"name\": \"a\", \"nickname\": {\"a\": [1, 2]}}],"
            + " \"evaluations\": [{\"id\": \"e\", \"date\": \"2025-01-01\", \"answers\": {\"mood\": \"good\"}}]}"
        #expect(failure(text) == .unknownFields(path: "test.json", fields: [
            "colour (line 1, column 71)", "nickname (line 2, column 38)", "mood (line 2, column 129)",
        ]))
    }

    @Test("a newer schema version is refused by the strict decode")
    func newerVersion() {
        let text = #"{"format": "intervisie-group", "version": 2, "id": "g1", "name": "x", "future": true}"#
        #expect(failure(text) == .newerVersion(path: "test.json", version: 2, supported: 1))
    }

    @Test("every truncation of a real file is refused, none crashes")
    func truncations() {
        let bytes = Array(GroupCodec.encode(Fixtures.fullGroup()))
        // Only white space may be cut from the end; anything more must fail.
        for length in 0..<(bytes.count - 1) {
            #expect(throws: StoreError.self) { try GroupCodec.decode(Data(bytes[0..<length])) }
        }
    }

    @Test("random damage never crashes the reader")
    func mutations() {
        let bytes = Array(GroupCodec.encode(Fixtures.fullGroup()))
        var random = SeededRandom(seed: 3)
        for _ in 0..<2000 {
            var damaged = bytes
            for _ in 0..<(1 + random.next(below: 3)) {
                damaged[random.next(below: damaged.count)] = UInt8(random.next(below: 256))
            }
            _ = try? GroupCodec.decode(Data(damaged))
        }
    }

    @Test("deep nesting in an unknown field is refused, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .corrupt(_, _, _, let reason)? = failure(header + "\"id\": \"g\", \"name\": \"\", \"x\": \(deep)}") else {
            Issue.record("expected corrupt")
            return
        }
        #expect(reason.contains("nested too deeply"))
    }
}
