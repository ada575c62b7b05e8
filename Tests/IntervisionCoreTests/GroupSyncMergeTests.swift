import Testing
@testable import IntervisionCore

/// The three-way merge git runs for a group file two synced machines both changed.
@Suite struct GroupSyncMergeTests {
    let base = healthyGroup(heldDates: ["2026-02-01"])

    func meeting(_ date: String, absent: Set<MemberID> = [], in group: Group) -> Meeting {
        Meeting(id: MeetingID("mt-\(date)"), date: d(date), topic: "Casus", method: "Incidentmethode", durationHours: 2,
                attendance: group.members.map { Attendance(memberID: $0.id, present: !absent.contains($0.id)) })
    }

    @Test func meetingsRecordedOnEachSideBothSurvive() {
        var here = base, there = base
        here.meetings.append(meeting("2026-04-15", in: here))
        there.meetings.append(meeting("2026-07-01", absent: ["m2"], in: there))
        let outcome = GroupSyncMerge.merge(base: base, current: here, other: there)
        #expect(outcome.merged.meetings.map(\.date) == [d("2026-02-01"), d("2026-04-15"), d("2026-07-01")])
        #expect(outcome.merged.conflicts.isEmpty)
        #expect(outcome.notes.isEmpty)
        #expect(outcome.newConflicts == 0)
    }

    @Test func differentMembersEditedOnEachSide() {
        var here = base, there = base
        here.members[0].phone = "06-99999999"
        there.members[1].specialism = "Urologie"
        there.remarks = "Nieuw"
        let merged = GroupSyncMerge.merge(base: base, current: here, other: there).merged
        #expect(merged.members[0].phone == "06-99999999")
        #expect(merged.members[1].specialism == "Urologie")
        #expect(merged.remarks == "Nieuw")
    }

    @Test func theSameMeetingRecordedDifferentlyKeepsBothVersions() {
        var here = base, there = base
        here.meetings.append(meeting("2026-04-15", absent: ["m1"], in: here))
        there.meetings.append(meeting("2026-04-15", absent: ["m3"], in: there))
        let outcome = GroupSyncMerge.merge(base: base, current: here, other: there)
        let merged = outcome.merged
        #expect(merged.meetings.filter { $0.date == d("2026-04-15") } == [here.meetings[1]])
        #expect(merged.conflicts == [.meeting(there.meetings[1])])
        #expect(outcome.newConflicts == 1)

        let finding = report(merged, today: "2026-05-01").findings(.syncConflict)
        #expect(finding.count == 1)
        #expect(finding.first?.severity == .error)
        #expect(finding.first?.message.nl.hasPrefix("Bijeenkomst van 15-04-2026 is op twee machines verschillend vastgelegd (aanwezigheid)") == true)
        #expect(finding.first?.message.en.contains("intervisie sync resolve g1 --date 2026-04-15 --keep current|other") == true)

        var keepOther = merged
        try? keepOther.resolveConflict(meeting: d("2026-04-15"), keep: .other)
        #expect(keepOther.meetings.first { $0.date == d("2026-04-15") } == there.meetings[1])
        #expect(keepOther.conflicts.isEmpty)
        #expect(report(keepOther, today: "2026-05-01").findings(.syncConflict).isEmpty)

        var keepCurrent = merged
        try? keepCurrent.resolveConflict(meeting: d("2026-04-15"), keep: .current)
        #expect(keepCurrent.meetings == merged.meetings)
        #expect(keepCurrent.conflicts.isEmpty)
        #expect(throws: EditError.noConflict(d("2026-04-15"))) { try keepCurrent.resolveConflict(meeting: d("2026-04-15"), keep: .other) }
    }

    @Test func attendanceOfDifferentMembersMergesWithoutConflict() {
        var here = base, there = base
        here.meetings[0].attendance[0].present = false
        there.meetings[0].attendance[2].present = false
        there.meetings[0].topic = "Andere casus"
        let outcome = GroupSyncMerge.merge(base: base, current: here, other: there)
        #expect(outcome.merged.conflicts.isEmpty)
        #expect(outcome.merged.meetings[0].attendance.map(\.present) == [false, true, false, true, true])
        #expect(outcome.merged.meetings[0].topic == "Andere casus")
    }

    @Test func aClashOnOneMemberKeepsEveryOtherChangeInBothVersions() {
        var here = base, there = base
        here.meetings[0].attendance[0].present = false
        there.meetings[0].attendance[0].present = true
        there.meetings[0].attendance[0].reason = "Te laat"
        there.meetings[0].topic = "Andere casus"
        let merged = GroupSyncMerge.merge(base: base, current: here, other: there).merged
        #expect(merged.meetings[0].topic == "Andere casus")
        #expect(merged.meetings[0].attendance[0].present == false)
        guard case .meeting(let other)? = merged.conflicts.first else { Issue.record("no conflict"); return }
        #expect(other.topic == "Andere casus")
        #expect(other.attendance[0].reason == "Te laat")
    }

    @Test func membersAddedOnBothSidesUnderTheSameIDAreKeptApart() {
        var here = base, there = base
        try! here.addMember(name: "Zoë Nieuw", specialism: "Urologie")
        try! there.addMember(name: "Piet Anders", specialism: "Longziekten")
        #expect(here.members.last?.id == there.members.last?.id)
        there.meetings.append(meeting("2026-04-15", in: there))
        let merged = GroupSyncMerge.merge(base: base, current: here, other: there).merged
        let zoe = merged.members.first { $0.name == "Zoë Nieuw" }!
        let piet = merged.members.first { $0.name == "Piet Anders" }!
        #expect(zoe.id != piet.id)
        #expect(merged.meetings[1].expects(piet.id))
        #expect(!merged.meetings[1].expects(zoe.id))
    }

    @Test func theSamePersonAddedOnBothSidesIsOneMember() {
        var here = base, there = base
        try! here.addMember(name: "Zoë Nieuw", specialism: "Urologie")
        try! there.addMember(name: "Zoë Nieuw", specialism: "Urologie")
        let merged = GroupSyncMerge.merge(base: base, current: here, other: there).merged
        #expect(merged.members.filter { $0.name == "Zoë Nieuw" }.count == 1)
    }

    @Test func removedOnOneSideChangedOnTheOtherIsKept() {
        var here = base, there = base
        here.meetings.removeAll()
        there.meetings[0].topic = "Gewijzigd"
        let outcome = GroupSyncMerge.merge(base: base, current: here, other: there)
        #expect(outcome.merged.meetings.map(\.topic) == ["Gewijzigd"])
        #expect(outcome.notes.count == 1)

        var removed = base
        removed.meetings.removeAll()
        #expect(GroupSyncMerge.merge(base: base, current: removed, other: base).merged.meetings.isEmpty)
    }

    @Test func aFieldChangedOnBothSidesKeepsThisSidesValueAndSaysSo() {
        var here = base, there = base
        here.name = "Chirurgen Utrecht Oost"
        there.name = "Chirurgen Utrecht West"
        here.plans[0].totalMeetings = 5
        there.plans[0].totalMeetings = 6
        there.plans[0].submitted = d("2025-12-01")
        let outcome = GroupSyncMerge.merge(base: base, current: here, other: there)
        #expect(outcome.merged.name == "Chirurgen Utrecht Oost")
        #expect(outcome.merged.plans[0].totalMeetings == 5)
        #expect(outcome.merged.plans[0].submitted == d("2025-12-01"))
        #expect(outcome.notes.map(\.nl) == [
            "Naam: op beide machines gewijzigd; hier 'Chirurgen Utrecht Oost' blijft (de andere machine had 'Chirurgen Utrecht West')",
            "Jaarplan 01-01-2026: op beide machines gewijzigd (aantal bijeenkomsten): het jaarplan hier blijft",
        ])
    }

    @Test func aPlanClosedOrExportedOnEitherMachineCounts() {
        var here = base, there = base
        here.plans[0].closed = d("2027-01-10")
        there.plans[0].closed = d("2027-01-05")
        there.plans[0].exported = d("2025-12-01")
        there.plans[0].exportedFingerprint = "there"
        let plan = GroupSyncMerge.merge(base: base, current: here, other: there).merged.plans[0]
        #expect(plan.closed == d("2027-01-05"))
        #expect(plan.exported == d("2025-12-01"))
        #expect(plan.exportedFingerprint == "there")
    }

    @Test func attendanceEnteredInGAIAOnEitherMachineCountsAndTimesMerge() throws {
        var here = base, there = base
        here.meetings[0].reported = d("2026-02-05")
        there.meetings[0].time = try MeetingTime.parse("19:00-21:30").get()
        there.meetings[0].location = "Zaal 2"
        let outcome = GroupSyncMerge.merge(base: base, current: here, other: there)
        #expect(outcome.merged.meetings[0].reported == d("2026-02-05"))
        #expect(outcome.merged.meetings[0].time == there.meetings[0].time && outcome.merged.meetings[0].location == "Zaal 2")
        #expect(outcome.merged.conflicts.isEmpty)
        // Marked on both machines: the earlier day, and no conflict.
        there.meetings[0].reported = d("2026-02-03")
        let both = GroupSyncMerge.merge(base: base, current: here, other: there)
        #expect(both.merged.meetings[0].reported == d("2026-02-03") && both.merged.conflicts.isEmpty)
    }

    @Test func aResolutionOnOneSideWins() {
        var here = base, there = base
        here.meetings[0].attendance[0].present = false
        there.meetings[0].attendance[0].reason = "Ziek"
        there.meetings[0].attendance[0].present = false
        let conflicted = GroupSyncMerge.merge(base: base, current: here, other: there).merged
        #expect(conflicted.conflicts.count == 1)
        // This machine picks the other version; the other machine has not touched it since.
        var resolved = conflicted
        try! resolved.resolveConflict(meeting: d("2026-02-01"), keep: .other)
        let next = GroupSyncMerge.merge(base: conflicted, current: conflicted, other: resolved).merged
        #expect(next.conflicts.isEmpty)
        #expect(next.meetings[0].attendance[0].reason == "Ziek")
    }

    @Test func evaluationsClashLikeMeetings() {
        var start = base
        try! start.recordEvaluation(on: d("2026-06-01"), answers: [.wentWell: "Goed"])
        var here = start, there = start
        here.evaluations[0].answers[.wentWell] = "Heel goed"
        there.evaluations[0].answers[.wentWell] = "Redelijk"
        there.evaluations[0].answers[.agreements] = "Vaker"
        let merged = GroupSyncMerge.merge(base: start, current: here, other: there).merged
        #expect(merged.evaluations[0].answers == [.wentWell: "Heel goed", .agreements: "Vaker"])
        #expect(merged.conflicts.count == 1)
        #expect(report(merged, today: "2026-07-01").findings(.syncConflict).first?.message.en.hasPrefix("Evaluation of 2026-06-01") == true)
        var picked = merged
        try! picked.resolveConflict(evaluation: d("2026-06-01"), keep: .other)
        #expect(picked.evaluations[0].answers[.wentWell] == "Redelijk")
    }

    @Test func withoutACommonVersionEqualRecordsAreOne() {
        let outcome = GroupSyncMerge.merge(base: nil, current: base, other: base)
        #expect(outcome.merged == base)
        #expect(outcome.notes.isEmpty)
    }
}
