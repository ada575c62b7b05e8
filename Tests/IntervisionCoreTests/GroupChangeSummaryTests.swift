import Testing
@testable import IntervisionCore

/// The lines a synced folder's commit messages are made of.
@Suite struct GroupChangeSummaryTests {
    let before = healthyGroup(heldDates: ["2026-02-01"])

    @Test func recordedChangedRemoved() throws {
        var after = before
        try after.recordMeeting(on: d("2026-04-15"), today: d("2026-04-15"))
        after.meetings[0].topic = "Ander onderwerp"
        try after.addMember(name: "Zoë Nieuw", specialism: "Urologie")
        let line = try #require(GroupChangeSummary.line(before: before, after: after))
        #expect(line.nl == "Chirurgen Utrecht: bijeenkomst 01-02-2026 gewijzigd; bijeenkomst 15-04-2026 vastgelegd; lid Zoë Nieuw toegevoegd")
        #expect(line.en == "Chirurgen Utrecht: meeting 2026-02-01 changed; meeting 2026-04-15 recorded; member Zoë Nieuw added")

        var removed = before
        removed.meetings.removeAll()
        removed.remarks = "Nieuw"
        #expect(GroupChangeSummary.line(before: before, after: removed)?.nl == "Chirurgen Utrecht: bijeenkomst 01-02-2026 verwijderd; groepsgegevens gewijzigd")
    }

    @Test func addedRemovedUnchanged() {
        #expect(GroupChangeSummary.line(before: nil, after: before)?.nl == "Chirurgen Utrecht: groep toegevoegd")
        #expect(GroupChangeSummary.line(before: before, after: nil)?.en == "Chirurgen Utrecht: group removed")
        #expect(GroupChangeSummary.line(before: before, after: before) == nil)
    }
}
