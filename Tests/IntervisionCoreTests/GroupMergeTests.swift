import Testing
@testable import IntervisionCore

/// The hand-over: the plan part comes from the file, the meeting records here are never replaced.
@Suite("Importing a group file (merge)")
struct GroupMergeTests {
    @Test func theSameGroupChangesNothing() {
        let group = healthyGroup(heldDates: ["2026-02-01"])
        let outcome = GroupMerge.merge(local: group, incoming: group)
        #expect(outcome.merged == group)
        #expect(outcome.changes.isEmpty && outcome.conflicts.isEmpty)
    }

    @Test func thePlanPartComesFromTheFile() throws {
        let local = healthyGroup(heldDates: ["2026-02-01"])
        var incoming = local
        incoming.meetings = []  // the contact person's machine knows no meetings
        incoming.focusAreas = ["Communicatie", "Leiderschap"]
        incoming.remarks = "Om en om op locatie"
        incoming.members[1].specialism = "Urologie"
        try incoming.addMember(name: "Zoë Nieuw", specialism: "Interne", big: BIGNumber("999999999"))
        _ = try incoming.planIndex(from: d("2027-01-01"), to: d("2027-12-31"))
        incoming.plans[1].totalMeetings = 5
        incoming.plans[1].planned = [PlannedMeeting(date: d("2027-02-02"), topic: "Start")]
        incoming.plans[0].planned.append(PlannedMeeting(date: d("2026-11-30"), topic: "Extra"))
        try incoming.setContact("m2")

        let outcome = GroupMerge.merge(local: local, incoming: incoming)
        let merged = outcome.merged
        #expect(merged.focusAreas == ["Communicatie", "Leiderschap"])
        #expect(merged.remarks == "Om en om op locatie")
        #expect(merged.member("m2")?.specialism == "Urologie")
        #expect(merged.members.last?.name == "Zoë Nieuw")
        #expect(merged.plans.count == 2 && merged.plans[1].totalMeetings == 5)
        #expect(merged.plans[0].planned.count == 5)
        #expect(merged.plans[0].exported == d("2025-12-15"))  // kept
        #expect(merged.contactMemberID == "m2")
        #expect(merged.meetings == local.meetings)  // the records here stay
        let text = outcome.changes.map(\.en).joined(separator: "\n")
        for expected in ["Focus areas: Communicatie → Communicatie, Leiderschap", "Member changed: Lid 2: specialism 'Chirurgie' → 'Urologie'",
                         "Member added: Zoë Nieuw (Interne, BIG 00999999999)", "Plan 2027-01-01 – 2027-12-31: new, planned: 1",
                         "planned added: 2026-11-30 'Extra'", "Contact person: Lid 1 → Lid 2", "Remarks: — → 'Om en om op locatie'"] {
            #expect(text.contains(expected), "\(expected) in\n\(text)")
        }
        #expect(outcome.conflicts.isEmpty)
    }

    @Test func aConflictingMeetingNeverReplacesTheRecordHere() {
        let local = healthyGroup(heldDates: ["2026-02-01"], absences: ["2026-02-01": [2]])
        var incoming = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])  // everybody present on 1 Feb
        incoming.meetings[1].topic = "Nieuw"
        let outcome = GroupMerge.merge(local: local, incoming: incoming)
        #expect(outcome.merged.meetings.count == 2)
        #expect(outcome.merged.meetings[0] == local.meetings[0])  // kept: Lid 2 absent
        #expect(outcome.merged.meetings[1].topic == "Nieuw")  // not here yet: added
        #expect(outcome.conflicts.map(\.en) == ["Meeting of 2026-02-01 differs from the file (attendance): the record here is kept"])
        #expect(outcome.changes.map(\.en).contains("Meeting added: 2026-04-15 (5 of 5 present)"))
    }

    @Test func membersAreMatchedByPersonNotById() throws {
        // Two machines numbered their members on their own: m1 there is someone else than m1 here.
        var local = Group(id: "g", name: "G")
        try local.addMember(name: "Anna", big: BIGNumber("111111111"))
        local.plans = [YearPlan(from: d("2026-01-01"), to: d("2026-12-31"))]
        local.meetings = [Meeting(id: "mt", date: d("2026-02-01"), attendance: [Attendance(memberID: "m1", present: true)])]
        var incoming = Group(id: "g", name: "G")
        try incoming.addMember(name: "Bram", big: BIGNumber("222222222"))
        try incoming.addMember(name: "anna", big: BIGNumber("111111111"), contact: true)
        let outcome = GroupMerge.merge(local: local, incoming: incoming)
        #expect(outcome.merged.members.map(\.name) == ["anna", "Bram"])
        #expect(outcome.merged.members.map(\.id) == ["m1", "m2"])
        #expect(outcome.merged.contactMemberID == "m1")  // the file's contact (its m2) is Anna, m1 here
    }

    @Test func membersWithRecordsStayAndOthersGo() throws {
        var local = healthyGroup(heldDates: ["2026-02-01"])
        try local.addMember(name: "Nooit geweest")
        var incoming = local
        incoming.members.removeAll { $0.id == "m5" || $0.name == "Nooit geweest" }
        let outcome = GroupMerge.merge(local: local, incoming: incoming)
        #expect(outcome.merged.member("m5") != nil)
        #expect(!outcome.merged.members.contains { $0.name == "Nooit geweest" })
        #expect(outcome.conflicts.map(\.en) == ["Member Lid 5 is not in the file but has meeting records here: kept"])
        #expect(outcome.changes.map(\.en) == ["Member removed: Nooit geweest (not in the file, no meeting records)"])
    }

    @Test func aPlanThatWouldOrphanHeldMeetingsIsKept() {
        let local = healthyGroup(heldDates: ["2026-02-01", "2026-11-01"])
        var incoming = local
        incoming.plans[0].to = d("2026-10-31")
        incoming.plans[0].exported = nil
        let outcome = GroupMerge.merge(local: local, incoming: incoming)
        #expect(outcome.merged.plans == local.plans)
        #expect(outcome.conflicts.first?.en.contains("2026-11-01 would fall outside the year") == true)
    }
}
