import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

@Suite("Group files: encode and decode")
struct GroupCodecTests {
    @Test("every field of every type survives a round trip, set and unset")
    func fullRoundTrip() throws {
        for group in [Fixtures.fullGroup(), Fixtures.minimalGroup()] {
            let decoded = try GroupCodec.decode(GroupCodec.encode(group))
            #expect(decoded == group)
        }
    }

    @Test("each field on its own differs after a change, so the round trip test cannot pass by accident")
    func roundTripIsSensitive() throws {
        let group = Fixtures.fullGroup()
        let changes: [(inout Group) -> Void] = [
            { $0.meetings[0].attendance[1].excused = false },
            { $0.members[0].registrationPeriodStart = nil },
            { $0.members[0].joined = nil },
            { $0.plans[0].planned[1].date = Fixtures.date("2025-03-03") },
            { $0.plans[0].closed = nil },
            { $0.plans[0].submitted = nil },
            { $0.plans[0].exportedFingerprint = nil },
            { $0.evaluations[0].year = nil },
            { $0.meetings[0].reported = nil },
            { $0.meetings[0].time = nil },
            { $0.meetings[0].location = "" },
            { $0.plans[0].planned[0].revision = 0 },
            { $0.plans[0].planned[0].id = "other" },
            { $0.plans[0].planned[0].time = nil },
            { $0.plans[0].planned[0].location = "" },
        ]
        for (index, change) in changes.enumerated() {
            var changed = group
            change(&changed)
            #expect(changed != group, "change \(index) changes nothing in the fixture")
            #expect(try GroupCodec.decode(GroupCodec.encode(changed)) == changed, "change \(index)")
        }
    }

    @Test("times, place, the GAIA report date and the schedule's ids and revisions are plain fields")
    func scheduleFieldsAreWrittenAsDocumented() throws {
        let text = String(decoding: GroupCodec.encode(Fixtures.fullGroup()), as: UTF8.self)
        #expect(text.contains(#"{"id": "pm-20250214", "date": "2025-02-14", "topic": "Grenzen stellen", "start": "19:00", "end": "21:30", "location": "Praktijk \"De Linde\"", "revision": 3}"#))
        #expect(text.contains(#""durationHours": 2.25, "start": "08:05", "end": "09:59", "location": "Zaal 3, Utrecht", "reported": "2025-02-20", "attendance""#))
    }

    @Test("planned meetings from a file without ids get their calendar's old UID part as id, the same on every load")
    func plannedMeetingsWithoutIDs() throws {
        let text = #"{"format": "intervisie-group", "version": 1, "id": "g1", "name": "x", "plans": [{"from": "2025-01-01", "to": "2025-12-31", "planned": [{"date": "2025-02-01"}, {"date": "2025-02-01"}, {"topic": "later"}, {"id": "pm-7", "date": "2025-05-01"}]}]}"#
        let group = try GroupCodec.decode(Data(text.utf8))
        #expect(group.plans[0].planned.map(\.id) == ["20250201", "20250201-2", "pm-20250101", "pm-7"])
        #expect(try GroupCodec.decode(Data(text.utf8)) == group)
        #expect(try GroupCodec.decode(GroupCodec.encode(group)) == group)
    }

    @Test("the year's closing, the export's fingerprint and the evaluation's year are plain fields")
    func newFieldsAreWrittenAsDocumented() throws {
        let text = String(decoding: GroupCodec.encode(Fixtures.fullGroup()), as: UTF8.self)
        #expect(text.contains(#""exported": "2025-01-20", "exportedFingerprint": "0123456789abcdef", "submitted": "2025-01-21", "closed": "2026-02-10""#))
        #expect(text.contains(#"{"id": "ev1", "date": "2026-01-20", "year": "2025-02-01", "participants""#))
    }

    @Test("the demo data set round-trips group by group")
    func demoRoundTrip() throws {
        for group in Fixtures.demoGroups(60, seed: 7) {
            #expect(try GroupCodec.decode(GroupCodec.encode(group)) == group)
        }
    }

    @Test("tricky strings round-trip in every kind of text field", arguments: Fixtures.trickyStrings)
    func trickyStrings(_ text: String) throws {
        var group = Fixtures.fullGroup()
        group.name = text
        group.remarks = text
        group.focusAreas = [text]
        group.contactMemberID = MemberID(text)
        group.members[2].name = text
        group.members[2].id = MemberID(text)  // the member no other record names
        group.plans[0].planned[0].topic = text
        group.plans[0].planned[0].location = text
        group.meetings[0].topic = text
        group.meetings[0].location = text
        group.meetings[0].attendance[1].reason = text
        group.meetings[0].attendance[0].memberID = MemberID(text)
        group.evaluations[0].answers[.notes] = text
        group.evaluations[0].participants = [MemberID(text)]
        let data = GroupCodec.encode(group)
        let decoded = try GroupCodec.decode(data)
        #expect(decoded.name.unicodeScalars.elementsEqual(text.unicodeScalars))
        #expect(decoded == group)
    }

    @Test("random strings of any scalars round-trip exactly, scalar for scalar")
    func randomStrings() throws {
        var random = SeededRandom(seed: 42)
        for _ in 0..<300 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<random.next(below: 40) {
                // Mostly ASCII and control characters, some Latin, CJK, emoji and plane-16 scalars.
                let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0...0x1F, 0x80...0x7FF, 0x3040...0x9FFF, 0x1F300...0x1FAFF, 0xE000...0x10FFFF]
                let range = ranges[random.next(below: ranges.count)]
                let value = range.lowerBound + UInt32(random.next(below: Int(range.upperBound - range.lowerBound) + 1))
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            var group = Fixtures.minimalGroup()
            group.name = String(scalars)
            let decoded = try GroupCodec.decode(GroupCodec.encode(group))
            #expect(decoded.name.unicodeScalars.elementsEqual(scalars))
        }
    }

    @Test("control characters are written as escapes, never raw; text stays readable UTF-8")
    func escapesInFile() {
        var group = Fixtures.minimalGroup()
        group.name = "a\u{1B}b\u{0}c\u{7F}d\"e\\f\ng Müller 日本 😀"
        let text = GroupCodec.encode(group).text
        #expect(text.contains(#""name": "a\u001bb\u0000c\u007fd\"e\\f\ng Müller 日本 😀""#))
        let raw = Array(GroupCodec.encode(group))
        #expect(!raw.contains(0x1B))
        #expect(!raw.contains(0x00))
        #expect(!raw.contains(0x7F))
    }

    @Test("Foundation's parser accepts the output and reads the same strings")
    func foundationAgrees() throws {
        // Foundation drops a U+FEFF inside a string (a quirk of its parser, not of the file).
        for text in Fixtures.trickyStrings where !text.unicodeScalars.contains("\u{FEFF}") {
            var group = Fixtures.fullGroup()
            group.name = text
            let object = try JSONSerialization.jsonObject(with: GroupCodec.encode(group)) as? [String: Any]
            let name = try #require(object?["name"] as? String)
            #expect(name.unicodeScalars.elementsEqual(text.unicodeScalars))
            #expect(object?["format"] as? String == "intervisie-group")
            #expect(object?["version"] as? Int == 1)
        }
    }

    @Test("the file form: header first, dates as strings, BIG numbers as 11-digit strings, defaults left out")
    func fileForm() {
        let text = GroupCodec.encode(Fixtures.fullGroup()).text
        #expect(text.hasPrefix("{\n  \"format\": \"intervisie-group\",\n  \"version\": 1,\n  \"id\": \"g-full_1.x\","))
        #expect(text.contains(#""big": "00012345678""#))
        #expect(text.contains(#""joined": "2024-01-01""#))
        #expect(text.contains(#"{"id": "m2", "name": "Bram"}"#))
        #expect(text.contains(#""attendance": ["m1", {"member": "m2", "present": false, "reason": "Ziek", "excused": true}"#))
        #expect(text.contains(#"{"id": "g-bare", "date": "2025-04-01"}"#))
        #expect(!text.contains("null"))
        #expect(text.hasSuffix("}\n"))
        let minimal = GroupCodec.encode(Fixtures.minimalGroup()).text
        #expect(minimal == "{\n  \"format\": \"intervisie-group\",\n  \"version\": 1,\n  \"id\": \"g-min\",\n  \"name\": \"\"\n}\n")
    }

    @Test("numbers: hours keep their exact value; whole hours read back as the same Double")
    func numbers() throws {
        for hours in [0.1, 0.25, 1.0 / 3.0, 2.0, 2.5, 3.75, 12.125, 1e-7, 23.999999999999996, 24] {
            var group = Fixtures.minimalGroup()
            group.meetings = [Meeting(id: "m", date: Fixtures.today, durationHours: hours)]
            let decoded = try GroupCodec.decode(GroupCodec.encode(group))
            #expect(decoded.meetings[0].durationHours == hours)
        }
    }

    @Test("a non-finite duration, which JSON cannot hold, is left out instead of writing invalid JSON")
    func nonFinite() throws {
        var group = Fixtures.minimalGroup()
        group.meetings = [Meeting(id: "m", date: Fixtures.today, durationHours: .nan)]
        let decoded = try GroupCodec.decode(GroupCodec.encode(group))
        #expect(decoded.meetings[0].durationHours == nil)
    }

    @Test("encoding is deterministic (evaluation answers in question order, whatever the hash seed)")
    func deterministic() {
        let group = Fixtures.fullGroup()
        #expect(GroupCodec.encode(group) == GroupCodec.encode(group))
        let text = GroupCodec.encode(group).text
        let order = EvaluationQuestion.allCases.compactMap { text.range(of: "\"\($0.rawValue)\"")?.lowerBound }
        #expect(order == order.sorted())
        #expect(order.count == EvaluationQuestion.allCases.count)
    }
}
