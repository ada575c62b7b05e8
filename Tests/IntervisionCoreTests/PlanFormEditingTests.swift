import Testing
@testable import IntervisionCore

@Suite("The plan form's input and edits")
struct PlanFormEditingTests {
    @Test func phoneNumbersAreCheckedAndKeptAsTyped() {
        #expect(PhoneNumber.parse(" 06-12345678 ") == .success("06-12345678"))
        #expect(PhoneNumber.parse("+31 6 1234 5678") == .success("+31 6 1234 5678"))
        #expect(PhoneNumber.parse("(030) 123 45 67") == .success("(030) 123 45 67"))
        #expect(PhoneNumber.parse("") == .success(""))
        #expect(PhoneNumber.parse("06-1234567") == .failure(.wrongLength("06-1234567", digits: 9)))
        #expect(PhoneNumber.parse("06-1234567a") == .failure(.invalidCharacter("06-1234567a", "a")))
        #expect(PhoneNumber.parse("06+12345678") == .failure(.invalidCharacter("06+12345678", "+")))
        #expect(PhoneNumber.parse("+31 6 1234 5678 90123").isFailure)  // 16 digits
        #expect(PhoneNumber.InputError.wrongLength("06", digits: 2).message.nl.contains("2 cijfers"))
    }

    @Test func hoursAndCountsAsPeopleTypeThem() {
        #expect(NumberInput.hours("2,5") == .success(2.5))
        #expect(NumberInput.hours("2.5") == .success(2.5))
        #expect(NumberInput.hours(" 3 ") == .success(3))
        for bad in ["", "0", "25", "2,5 uur", "-1", "1e1"] { #expect(NumberInput.hours(bad).isFailure, "\(bad)") }
        #expect(NumberInput.count("6") == .success(6))
        for bad in ["", "0", "53", "4.5", "vier", "0004"] { #expect(NumberInput.count(bad).isFailure, "\(bad)") }
        #expect(NumberInput.hoursText(2.5, language: .nl) == "2,5")
        #expect(NumberInput.hoursText(2.5, language: .en) == "2.5")
        #expect(NumberInput.hoursText(2, language: .en) == "2")
    }

    @Test func newGroupsAndRenaming() throws {
        let existing = [Group(id: "chirurgen-utrecht", name: "Chirurgen Utrecht")]
        let group = try Group.new(named: "  Geïntensiveerde zorg  ", existing: existing)
        #expect(group.id == "geintensiveerde-zorg")
        #expect(group.name == "Geïntensiveerde zorg")
        #expect(throws: EditError.emptyName) { try Group.new(named: " ", existing: existing) }
        #expect(throws: EditError.duplicateGroup("Chirurgen Utrecht", id: "chirurgen-utrecht")) {
            try Group.new(named: "chirurgen utrecht", existing: existing)
        }
        var renamed = group
        #expect(throws: EditError.duplicateGroup("Chirurgen Utrecht", id: "chirurgen-utrecht")) {
            try renamed.rename(to: "CHIRURGEN UTRECHT", others: existing)
        }
        try renamed.rename(to: "IC Leiden", others: existing + [group])
        #expect(renamed.name == "IC Leiden" && renamed.id == "geintensiveerde-zorg")
    }

    @Test func theSupervisorFollowsTheProfileUntilItDiffers() throws {
        var group = healthyGroup()
        try group.setPlanSupervisor(phone: "06-87654321", profile: profile)
        #expect(group.supervisorName == "Marieke van den Berg" && group.supervisorPhone == "06-87654321")
        try group.setPlanSupervisor(phone: "06-12345678", profile: profile)
        #expect(group.supervisorName.isEmpty && group.supervisorPhone.isEmpty)  // equal to the profile again
        #expect(throws: EditError.invalidPhone(.wrongLength("123", digits: 3))) { try group.setPlanSupervisor(phone: "123", profile: profile) }
        try group.setPlanSupervisor(name: "Jan Coach", profile: nil)
        #expect(group.planSupervisor(profile: nil) == ("Jan Coach", ""))
        // Without a profile, a phone typed before the name is kept for the name to join it.
        var fresh = Group(id: "x", name: "X")
        try fresh.setPlanSupervisor(phone: "06-11112222", profile: nil)
        #expect(fresh.planSupervisorEntry(profile: nil) == ("", "06-11112222"))
        try fresh.setPlanSupervisor(name: "Jan Coach", profile: nil)
        #expect(fresh.planSupervisor(profile: nil) == ("Jan Coach", "06-11112222"))
    }

    @Test func contactPersonAndPhone() throws {
        var group = healthyGroup()
        try group.setContact("m2")
        #expect(group.contactPerson?.name == "Lid 2")
        #expect(throws: EditError.self) { try group.setContact("m99") }
        try group.markLeft("m3", on: d("2026-05-01"))
        #expect(throws: EditError.notACurrentMember("Lid 3")) { try group.setContact("m3") }
        try group.setPhone(of: "m2", to: "+31 6 0000 0000")
        #expect(group.member("m2")?.phone == "+31 6 0000 0000")
        #expect(throws: EditError.invalidPhone(.invalidCharacter("06-abc", "a"))) { try group.setPhone(of: "m2", to: "06-abc") }
        try group.setContact(nil)
        #expect(group.contactMemberID == nil)
    }

    @Test func removingAParticipantDeletesANewcomerAndMarksSomeoneWithHistoryAsLeft() throws {
        var group = healthyGroup(heldDates: ["2026-02-01"])
        let plan = group.plans[0]
        let newcomer = try group.addParticipant(name: "Nieuw Lid", specialism: "Urologie", plan: plan, today: d("2026-03-01"))
        #expect(newcomer.joined == d("2026-03-01"))  // meetings were held this year: a member from today
        #expect(try group.removeParticipant(newcomer.id, today: d("2026-03-02")) == .deleted(newcomer))
        #expect(group.member(newcomer.id) == nil)

        let before = group.member("m1")!
        #expect(try group.removeParticipant("m1", today: d("2026-03-02")) == .markedLeft(before, on: d("2026-03-02")))
        #expect(group.member("m1")?.left == d("2026-03-02"))
        #expect(group.contactMemberID == nil)
        #expect(throws: EditError.notACurrentMember("Lid 1")) { try group.removeParticipant("m1", today: d("2026-03-03")) }

        var fresh = healthyGroup()
        #expect(try fresh.addParticipant(name: "Vroeg", plan: fresh.plans[0], today: d("2025-12-01")).joined == nil)
    }

    @Test func periodCountsDurationAndPlannedRows() throws {
        var group = healthyGroup()
        _ = try group.planIndex(from: d("2027-01-01"), to: d("2027-12-31"))
        #expect(throws: EditError.periodOverlaps(from: d("2026-06-01"), to: d("2027-05-31"))) {
            try group.setPlanPeriod(at: 1, from: d("2026-06-01"), to: d("2027-05-31"))
        }
        #expect(throws: EditError.periodInvalid(from: d("2027-02-01"), to: d("2027-01-01"))) {
            try group.setPlanPeriod(at: 1, from: d("2027-02-01"), to: d("2027-01-01"))
        }
        try group.setPlanPeriod(at: 1, from: d("2027-02-01"), to: d("2028-01-31"))
        #expect(group.plans[1].from == d("2027-02-01"))
        try group.setPlanTotal(at: 1, 6)
        #expect(throws: EditError.invalidCount(60)) { try group.setPlanTotal(at: 1, 60) }
        try group.setPlanTotal(at: 1, nil)
        #expect(group.plans[1].totalMeetings == nil)
        try group.setPlanDuration(at: 1, 2.5)
        #expect(throws: EditError.invalidDuration(30)) { try group.setPlanDuration(at: 1, 30) }
        #expect(group.plans[1].durationHours == 2.5)

        group.setPlannedMeeting(plan: 1, row: 0, date: d("2027-05-01"), topic: " Later ")
        group.setPlannedMeeting(plan: 1, row: 1, date: d("2027-03-01"), topic: "Eerder")
        #expect(group.plans[1].planned.map(\.topic) == ["Later", "Eerder"])  // typed order kept
        group.setPlannedMeeting(plan: 1, row: 0, date: nil, topic: "Nog geen datum")
        group.removePlannedMeeting(plan: 1, row: 1)
        group.removePlannedMeeting(plan: 1, row: 7)
        #expect(group.plans[1].planned.map(\.topic) == ["Nog geen datum"])
        #expect(group.plans[1].planned[0].date == nil)
    }

    @Test func theWorkingPlanIsTheOneStillToHandIn() throws {
        var group = healthyGroup()  // 2026, submitted
        #expect(group.workingPlanIndex(today: d("2026-11-22")) == 0)
        #expect(group.nextPlanPeriod(today: d("2026-11-22")) == (d("2027-01-01"), d("2027-12-31")))
        _ = try group.planIndex(from: d("2027-01-01"), to: d("2027-12-31"))
        #expect(group.workingPlanIndex(today: d("2026-11-22")) == 1)  // next year's, not submitted yet
        group.plans[1].exported = d("2026-11-30")
        #expect(group.workingPlanIndex(today: d("2026-11-22")) == 1)  // exported is not submitted
        group.plans[1].submitted = d("2026-11-30")
        #expect(group.workingPlanIndex(today: d("2026-11-22")) == 0)  // both submitted: today's
        #expect(group.workingPlanIndex(today: d("2028-03-01")) == 1)  // all over: the latest
        #expect(Group(id: "x", name: "X").workingPlanIndex(today: d("2026-11-22")) == nil)
        #expect(Group(id: "x", name: "X").nextPlanPeriod(today: d("2026-11-22")) == (d("2026-12-01"), d("2027-11-30")))
        // A last plan long over: the new one starts next month, not in the past.
        #expect(group.nextPlanPeriod(today: d("2029-05-10")) == (d("2029-06-01"), d("2030-05-31")))
    }

    @Test func theLastMeetingBeforeAYearCountsForTheGap() throws {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])
        let next = YearPlan(from: d("2027-01-01"), to: d("2027-12-31"))
        #expect(group.lastMeeting(before: next) == d("2026-09-20"))  // planned last year
        group.plans[0].planned = []
        #expect(group.lastMeeting(before: next) == d("2026-04-15"))  // held
        let problems = PlannedDates.problems(in: YearPlan(from: next.from, to: next.to, planned: [PlannedMeeting(date: d("2027-08-01"))]),
                                             previousMeeting: group.lastMeeting(before: next))
        #expect(problems.contains { $0.rule == .meetingInterval && $0.index == 0 })
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { return true } else { return false } }
}
