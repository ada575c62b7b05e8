import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// The `conflicts` field of a group file: the other machine's version of a meeting or evaluation.
@Suite("Group files: sync conflicts")
struct ConflictCodecTests {
    func conflicted() -> Group {
        var group = Fixtures.fullGroup()
        var other = group.meetings[0]
        other.attendance[0].present.toggle()
        other.topic = "Andere versie"
        var evaluation = group.evaluations[0]
        evaluation.answers[.notes] = "Van de andere machine"
        group.conflicts = [.meeting(other), .evaluation(evaluation)]
        return group
    }

    @Test func conflictsRoundTrip() throws {
        let group = conflicted()
        let data = GroupCodec.encode(group)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\n  \"conflicts\": [\n    {\"meeting\": {\"id\": "))
        #expect(text.contains("\n    {\"evaluation\": {\"id\": "))
        #expect(try GroupCodec.decode(data) == group)
    }

    @Test func noConflictsNoField() {
        #expect(!String(decoding: GroupCodec.encode(Fixtures.fullGroup()), as: UTF8.self).contains("conflicts"))
    }

    @Test func aConflictHoldsExactlyOneRecord() {
        let text = String(decoding: GroupCodec.encode(conflicted()), as: UTF8.self)
        let both = text.replacingOccurrences(of: "{\"meeting\": {", with: "{\"evaluation\": {\"id\": \"x\", \"date\": \"2026-01-01\"}, \"meeting\": {")
        #expect(throws: StoreError.self) { try GroupCodec.decode(Data(both.utf8)) }
        let none = text.replacingOccurrences(of: "{\"meeting\": {", with: "{\"other\": {")
        #expect(throws: StoreError.self) { try GroupCodec.decode(Data(none.utf8)) }
    }
}
