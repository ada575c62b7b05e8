import Testing
@testable import IntervisionCore

/// Joiners and leavers, judged fairly; deleting a member entered by mistake; one phone check.
@Suite("Joiners, leavers and members' details")
struct MemberChangeTests {
    @Test func aMemberJoinsFromTodayOnceMeetingsWereHeld() throws {
        #expect(healthyGroup().defaultJoinDate(today: d("2026-03-01")) == nil)  // nothing held yet: from the start
        var group = healthyGroup(heldDates: ["2026-02-01"], absences: [:])
        #expect(group.defaultJoinDate(today: d("2026-03-01")) == d("2026-03-01"))
        let next = YearPlan(from: d("2027-01-01"), to: d("2027-12-31"))
        #expect(group.defaultJoinDate(today: d("2026-11-01"), plan: next) == d("2027-01-01"))  // the year to come
        // Not counted absent at the meeting before joining.
        let member = try group.addMember(name: "Nieuw", joined: group.defaultJoinDate(today: d("2026-03-01")))
        let standing = report(group, today: "2026-03-01").standing(member.id)
        #expect(standing?.expected == 0)
        #expect(standing?.mayStillMiss == 0)  // 3 still to come, 3 of 3 needed
    }

    /// Lid 3 attended 1 of the 2 held; the plan has 6 meetings, of which `dates` are dated ahead; Lid 3 leaves on 01-09-2026.
    func leaving(dates: [String]) -> Group {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"], absences: ["2026-02-01": [3]],
                                 plannedDates: ["2026-02-01", "2026-04-15"] + dates)
        group.plans[0].totalMeetings = 6
        group.members[2].left = d("2026-09-01")
        return group
    }

    @Test func aMemberLeavingLaterIsNoErrorWhileTooFewDatesAreKnown() {
        let unknown = report(leaving(dates: []), today: "2026-05-01")
        #expect(unknown.findings(.attendance75).filter { $0.severity == .error }.isEmpty)
        #expect(unknown.standing("m3")?.yearTotal == 6)  // the 4 undated may fall before leaving
        // Dated: only 01-06 falls before leaving, so at most 2 of 3: an error now.
        let known = report(leaving(dates: ["2026-06-01", "2026-10-01", "2026-11-01", "2026-12-01"]), today: "2026-05-01")
        #expect(known.findings(.attendance75).map(\.severity) == [.error])
        #expect(known.findings(.attendance75).first?.message.nl == "Lid 3 kan 75% niet meer halen: hoogstens aanwezig bij 2 van de 3, 3 nodig")
    }

    @Test func aMemberWithoutRecordsCanBeDeletedOneWithRecordsOnlyLeaves() throws {
        var group = healthyGroup(heldDates: ["2026-02-01"])
        let mistake = try group.addMember(name: "Per ongeluk", contact: true)
        try group.deleteMember("per ongeluk")
        #expect(group.member(mistake.id) == nil)
        #expect(group.contactMemberID == nil)
        #expect(throws: EditError.memberHasRecords("Lid 1")) { try group.deleteMember("Lid 1") }
        #expect(group.members.count == 5)
    }

    @Test("every edit checks a phone number the same way", arguments: ["123", "06-abc"])
    func phoneNumbersAreRefusedEverywhere(phone: String) throws {
        var group = healthyGroup()
        #expect(throws: EditError.self) { try group.addMember(name: "Nieuw", phone: phone) }
        var member = group.members[0]
        member.phone = phone
        #expect(throws: EditError.self) { try group.updateMember(member) }
        #expect(throws: EditError.self) { try group.setPlanSupervisor(phone: phone, profile: profile) }
        #expect(throws: EditError.self) { try group.setPhone(of: "m1", to: phone) }
        #expect(throws: EditError.self) {
            try Supervisor.checked(name: "X", phone: phone, registration: .balint, registrationNumber: "", lvscHours: nil)
        }
    }

    @Test func aNumberFromBeforeTheCheckStaysUntilItIsChanged() throws {
        var group = healthyGroup()
        group.members[0].phone = "123"
        var member = group.members[0]
        member.specialism = "Urologie"
        try group.updateMember(member)  // the old number is not what changed
        #expect(group.members[0].phone == "123")
    }

    @Test("fewer than 4 members with a BIG number is a warning", arguments: [(1, false), (2, true)])
    func fewBIGRegistered(withoutBIG: Int, warns: Bool) {
        var group = healthyGroup()
        for index in 0..<withoutBIG { group.members[index].big = nil }
        let groupWarnings = report(group, today: "2026-01-10").findings(.bigRegistered).filter { $0.memberID == nil }
        #expect(groupWarnings.count == (warns ? 1 : 0))
        if warns {
            #expect(groupWarnings.first?.message.nl
                    == "Maar 3 leden hebben een BIG-nummer; de regeling vraagt een groep van BIG-geregistreerde zorgprofessionals (minimaal 4)")
        }
    }

    @Test func oneMemberIsOneMember() {
        let finding = report(healthyGroup(members: 1), today: "2026-01-10").findings(.groupSize).first
        #expect(finding?.message.en == "The group has 1 member; at least 4 needed")
        #expect(finding?.message.nl == "De groep heeft 1 lid; minimaal 4 nodig")
    }
}
