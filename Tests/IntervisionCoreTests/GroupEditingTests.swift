import Testing
@testable import IntervisionCore

@Suite("Editing a group")
struct GroupEditingTests {
    @Test func addAndFindMembers() throws {
        var group = Group(id: "g", name: "G")
        let anna = try group.addMember(name: "  Anna Müller ", specialism: "Chirurgie", big: BIGNumber("123456789"), contact: true)
        #expect(anna.id == "m1")
        #expect(anna.name == "Anna Müller")
        #expect(group.contactMemberID == "m1")
        #expect(try group.findMember("anna müller").id == "m1")
        #expect(try group.findMember("m1").name == "Anna Müller")
        #expect(throws: EditError.duplicateMember("ANNA MÜLLER")) { try group.addMember(name: "ANNA MÜLLER") }
        #expect(throws: EditError.emptyName) { try group.addMember(name: "  ") }
        #expect(throws: EditError.unknownMember("Bob", known: ["Anna Müller"])) { try group.findMember("Bob") }
    }

    @Test func aBIGNumberBelongsToOneMember() throws {
        var group = Group(id: "g", name: "G")
        try group.addMember(name: "A", big: BIGNumber("123456789"))
        #expect(throws: EditError.duplicateBIG("00123456789", owner: "A")) { try group.addMember(name: "B", big: BIGNumber("00123456789")) }
        var b = try group.addMember(name: "B")
        b.big = BIGNumber("123456789")
        #expect(throws: EditError.duplicateBIG("00123456789", owner: "A")) { try group.updateMember(b) }
        var a = try group.findMember("A")
        a.phone = "06-12345678"
        try group.updateMember(a)  // its own number is no conflict
    }

    @Test func idsAreNeverReused() throws {
        var group = Group(id: "g", name: "G")
        try group.addMember(name: "A")
        try group.addMember(name: "B")
        group.members.remove(at: 0)
        #expect(try group.addMember(name: "C").id == "m3")
    }

    @Test func leavingKeepsTheRecordAndDropsTheContact() throws {
        var group = Group(id: "g", name: "G")
        try group.addMember(name: "A", joined: d("2026-03-01"), contact: true)
        #expect(throws: EditError.leftBeforeJoined("A", d("2026-02-01"))) { try group.markLeft("A", on: d("2026-02-01")) }
        try group.markLeft("A", on: d("2026-06-01"))
        #expect(group.members.count == 1)
        #expect(group.members[0].left == d("2026-06-01"))
        #expect(group.contactMemberID == nil)
    }

    @Test func plansDoNotOverlap() throws {
        var group = Group(id: "g", name: "G")
        let first = try group.planIndex(from: d("2026-01-01"), to: d("2026-12-31"))
        #expect(try group.planIndex(from: d("2026-01-01"), to: d("2026-12-31")) == first)
        #expect(throws: EditError.periodOverlaps(from: d("2026-06-01"), to: d("2027-05-31"))) {
            try group.planIndex(from: d("2026-06-01"), to: d("2027-05-31"))
        }
        #expect(throws: EditError.periodInvalid(from: d("2026-06-01"), to: d("2026-05-31"))) {
            try group.planIndex(from: d("2026-06-01"), to: d("2026-05-31"))
        }
        _ = try group.planIndex(from: d("2025-01-01"), to: d("2025-12-31"))
        #expect(group.plans.map(\.from) == [d("2025-01-01"), d("2026-01-01")])
    }

    @Test func plannedMeetingsStayInTheYearAndInOrder() throws {
        var group = healthyGroup(plannedDates: [])
        try group.planMeeting(on: d("2026-05-01"), topic: "B")
        try group.planMeeting(on: d("2026-02-01"), topic: "A")
        try group.planMeeting(on: d("2026-05-01"), topic: "B2")
        #expect(group.plans[0].planned == [PlannedMeeting(id: "pm-20260201", date: d("2026-02-01"), topic: "A"),
                                           PlannedMeeting(id: "pm-20260501", date: d("2026-05-01"), topic: "B2", revision: 1)])
        #expect(throws: EditError.noPlanFor(d("2027-02-01"))) { try group.planMeeting(on: d("2027-02-01"), topic: "") }
        #expect(throws: EditError.invalidCount(0)) { try group.setPlanCounts(at: 0, totalMeetings: 0, durationHours: nil) }
        #expect(throws: EditError.invalidDuration(-1)) { try group.setPlanCounts(at: 0, totalMeetings: nil, durationHours: -1) }
    }

    @Test func recordingAMeetingMarksEveryonePresentButTheAbsent() throws {
        var group = healthyGroup()
        group.members[4].left = d("2026-01-15")
        let meeting = try group.recordMeeting(on: d("2026-02-01"), today: d("2026-02-01"), topic: "Casus",
                                              absent: ["m2": ("Dienst", true)])
        #expect(meeting.attendance.count == 4)  // m5 left before
        #expect(meeting.attendance.filter(\.present).map(\.memberID) == ["m1", "m3", "m4"])
        #expect(meeting.attendance[1] == Attendance(memberID: "m2", present: false, reason: "Dienst", excused: true))
    }

    @Test func recordingRefusesWhatCannotBe() throws {
        var group = healthyGroup(heldDates: ["2026-02-01"])
        let before = group
        #expect(throws: EditError.meetingExists(d("2026-02-01"))) { try group.recordMeeting(on: d("2026-02-01"), today: d("2026-03-01")) }
        #expect(throws: EditError.meetingInFuture(d("2026-03-02"), today: d("2026-03-01"))) { try group.recordMeeting(on: d("2026-03-02"), today: d("2026-03-01")) }
        // Outside every year: the refusal names the nearest year; without any plan it says so.
        #expect(throws: EditError.outsidePlan(d("2025-12-01"), from: d("2026-01-01"), to: d("2026-12-31"))) {
            try group.recordMeeting(on: d("2025-12-01"), today: d("2026-03-01"))
        }
        var planless = group
        planless.plans = []
        #expect(throws: EditError.noPlanFor(d("2026-02-20"))) { try planless.recordMeeting(on: d("2026-02-20"), today: d("2026-03-01")) }
        #expect(group == before)
        // Editing a meeting may keep its own date.
        let id = group.meetings[0].id
        try group.recordMeeting(on: d("2026-02-01"), today: d("2026-03-01"), topic: "Nieuw", replacing: id)
        #expect(group.meetings.count == 1)
        #expect(group.meetings[0].topic == "Nieuw")
        try group.deleteMeeting(id: id)
        #expect(group.meetings.isEmpty)
        #expect(throws: EditError.unknownMeeting(id)) { try group.deleteMeeting(id: id) }
    }

    @Test func aNewMeetingOnAnEditedMeetingsOldDateGetsItsOwnId() throws {
        var group = healthyGroup()
        let first = try group.recordMeeting(on: d("2026-02-01"), today: d("2026-03-01"))
        try group.recordMeeting(on: d("2026-02-02"), today: d("2026-03-01"), replacing: first.id)
        let second = try group.recordMeeting(on: d("2026-02-01"), today: d("2026-03-01"))
        #expect(second.id != first.id)
        try group.deleteMeeting(id: second.id)
        #expect(group.meetings.map(\.date) == [d("2026-02-02")])
    }

    @Test func evaluationDefaultsToTheMembersOfTheDay() throws {
        var group = healthyGroup()
        let evaluation = try group.recordEvaluation(on: d("2026-11-01"), answers: [.wentWell: " Veilig ", .notes: "  "])
        #expect(evaluation.participants == ["m1", "m2", "m3", "m4", "m5"])
        #expect(evaluation.answers == [.wentWell: "Veilig"])
        let second = try group.recordEvaluation(on: d("2026-11-01"), participants: ["m1"], answers: [:])
        #expect(second.id != evaluation.id)
    }
}

@Suite("Group ids and lookup")
struct GroupIdentityTests {
    @Test func idsAreReadableAndSafe() {
        #expect(Group.makeID(from: "Geïntensiveerde zorg Leiden", taken: []) == "geintensiveerde-zorg-leiden")
        #expect(Group.makeID(from: "Chirurgen Utrecht", taken: ["chirurgen-utrecht"]) == "chirurgen-utrecht-2")
        #expect(Group.makeID(from: "../../etc/passwd", taken: []) == "etc-passwd")
        #expect(Group.makeID(from: "日本", taken: []) == "groep")
        #expect(Group.makeID(from: "  ", taken: ["groep"]) == "groep-2")
    }

    @Test func lookupByIdOrName() {
        let groups = [Group(id: "a", name: "Chirurgen Utrecht"), Group(id: "b", name: "Internisten"), Group(id: "c", name: "internisten")]
        #expect(GroupLookup.find("a", in: groups) == .success(0))
        #expect(GroupLookup.find(" chirurgen utrecht ", in: groups) == .success(0))
        #expect(GroupLookup.find("Internisten", in: groups) == .failure(.ambiguous("Internisten", ids: ["b", "c"])))
        #expect(GroupLookup.find("x", in: groups) == .failure(.unknown("x", known: ["Chirurgen Utrecht", "Internisten", "internisten"])))
    }
}
