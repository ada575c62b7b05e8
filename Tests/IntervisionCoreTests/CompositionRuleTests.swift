import Testing
@testable import IntervisionCore

@Suite("GROUP_SIZE, GROUP_FIXED, BIG_REGISTERED")
struct CompositionRuleTests {
    @Test("4 to 8 members is fine; 3 and 9 are errors", arguments: [(3, true), (4, false), (8, false), (9, true)])
    func groupSize(count: Int, isError: Bool) {
        let findings = report(healthyGroup(members: count), today: "2026-01-10").findings(.groupSize)
        #expect(findings.count == (isError ? 1 : 0))
        #expect(findings.allSatisfy { $0.severity == .error })
    }

    @Test func membersWhoLeftDoNotCount() {
        var group = healthyGroup(members: 5)
        group.members[0].left = d("2026-03-01")
        group.members[1].left = d("2026-03-01")
        #expect(report(group, today: "2026-02-15").findings(.groupSize).isEmpty)
        let later = report(group, today: "2026-03-01").findings(.groupSize)
        #expect(later.count == 1)
        #expect(later.first?.message.en.contains("3 members") == true)
    }

    @Test func membersWithoutBIGCountTowardSize() {
        var group = healthyGroup(members: 4)
        group.members[3].big = nil
        #expect(report(group, today: "2026-01-10").findings(.groupSize).isEmpty)
    }

    @Test func joiningOrLeavingAfterTheFirstMeetingIsAWarning() {
        var group = healthyGroup(members: 5, heldDates: ["2026-02-01", "2026-04-15"])
        group.members.append(Member(id: "m6", name: "Nieuw Lid", specialism: "Chirurgie",
                                    big: BIGNumber("12345678906"), joined: d("2026-03-01")))
        group.members[0].left = d("2026-05-01")
        let findings = report(group, today: "2026-06-01").findings(.groupFixed)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(Set(findings.compactMap(\.memberID)) == ["m6", "m1"])
    }

    @Test func changesBeforeTheFirstMeetingAreFine() {
        var group = healthyGroup(members: 5, heldDates: ["2026-02-01"])
        group.members.append(Member(id: "m6", name: "Nieuw Lid", specialism: "Chirurgie", joined: d("2026-01-20")))
        group.members[0].left = d("2026-02-01")  // left on the day itself: not at the first meeting
        #expect(report(group, today: "2026-03-01").findings(.groupFixed).isEmpty)
        // Before any meeting of the year nothing is fixed yet.
        var early = healthyGroup(members: 5)
        early.members[0].left = d("2026-01-15")
        #expect(report(early, today: "2026-01-20").findings(.groupFixed).isEmpty)
    }

    @Test func memberWithoutBIGIsAWarningPerMember() {
        var group = healthyGroup(members: 5)
        group.members[2].big = nil
        let findings = report(group, today: "2026-01-10").findings(.bigRegistered)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.memberName == "Lid 3")
    }
}
