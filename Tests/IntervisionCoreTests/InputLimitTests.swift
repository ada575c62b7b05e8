import Testing
@testable import IntervisionCore

@Suite("Input limits: text lengths, control characters, values and dates")
struct InputLimitTests {
    @Test("each kind of text has its limit, counted in characters as the user sees them")
    func limits() {
        #expect(TextKind.name.limit == 200)
        #expect(TextKind.topic.limit == 500)
        #expect(TextKind.longText.limit == 10_000)
        // 200 emoji are 800 bytes, still 200 characters.
        #expect(TextKind.name.lengthProblem(String(repeating: "👩🏽‍⚕️", count: 200)) == nil)
        #expect(TextKind.name.lengthProblem(String(repeating: "e\u{301}", count: 201)) == .tooLong(limit: 200, length: 201))
        #expect(TextKind.topic.inputProblem(String(repeating: "a", count: 501)) == .tooLong(limit: 500, length: 501))
    }

    @Test("control characters are refused as typed; line breaks and tabs only in a multi-line text")
    func controlCharacters() {
        #expect(TextKind.name.inputProblem("Anna\u{1B}[2J") == .controlCharacter("\u{241B}"))
        #expect(TextKind.name.inputProblem("Anna\nBram") == .controlCharacter("\u{240A}"))
        #expect(TextKind.name.inputProblem("x\u{9B}y") == .controlCharacter("<9B>"))
        #expect(TextKind.name.inputProblem("x\u{202E}y") == .controlCharacter("<202E>"))
        #expect(TextKind.longText.inputProblem("Regel één\nRegel twee\tmet tab\r\n") == nil)
        #expect(TextKind.longText.inputProblem("bel\u{7}") == .controlCharacter("\u{2407}"))
        #expect(TextKind.name.inputProblem("Zoë Müller-Çelik 😀") == nil)
        // A loaded text keeps its control characters (shown as pictures); only its length counts.
        #expect(TextKind.name.lengthProblem("Anna\u{1B}[2J") == nil)
    }

    @Test("control pictures: C0 and DEL as pictures, C1 and bidi controls as their code; other text as it is")
    func pictures() {
        #expect(ControlPictures.visible("a\u{1B}]52;c;x\u{7}b\u{7F}\u{85}\u{2066}") == "a\u{241B}]52;c;x\u{2407}b\u{2421}<85><2066>")
        #expect(ControlPictures.visible("Zoë 日本 👩🏽‍⚕️") == "Zoë 日本 👩🏽‍⚕️")
    }

    @Test("the edits refuse a text that is too long or holds a control character, naming the field; nothing changes")
    func edits() throws {
        var group = Group(id: "g", name: "G")
        #expect(throws: EditError.textRefused(field: FieldLabel.name, .controlCharacter("\u{241B}"))) {
            try group.addMember(name: "Anna\u{1B}[31m")
        }
        #expect(throws: EditError.textRefused(field: FieldLabel.specialism, .tooLong(limit: 200, length: 201))) {
            try group.addMember(name: "Anna", specialism: String(repeating: "s", count: 201))
        }
        #expect(group.members.isEmpty)
        #expect(throws: EditError.self) { try Group.new(named: "G\u{7}", existing: []) }
        #expect(throws: EditError.self) { try Supervisor.checked(name: "S\u{1B}", phone: "06-12345678", registration: .coachesVoorMedici, registrationNumber: "", lvscHours: nil) }
        #expect(throws: EditError.invalidDuration(1e18)) {
            try Supervisor.checked(name: "S", phone: "06-12345678", registration: .lvsc, registrationNumber: "", lvscHours: 1e18)
        }
        let message = EditError.textRefused(field: FieldLabel.name, .tooLong(limit: 200, length: 250)).message
        #expect(message.nl == "naam: te lang: 250 tekens, hoogstens 200")
        #expect(message.en == "name: too long: 250 characters, at most 200")
    }

    @Test("dates typed outside 1900-2199 are refused; the bounds themselves are fine")
    func dates() {
        #expect(CivilDate.parse("0001-01-01") == .failure(.outOfRange("0001-01-01")))
        #expect(CivilDate.parse("31-12-9999") == .failure(.outOfRange("31-12-9999")))
        #expect(CivilDate.parse("1900-01-01") == .success(CivilDate(year: 1900, month: 1, day: 1)!))
        #expect(CivilDate.parse("31-12-2199") == .success(CivilDate(year: 2199, month: 12, day: 31)!))
        #expect(NumberInput.totalHours("99999999") == .failure(.notTotalHours("99999999")))
    }

    @Test("a group's records hold together: each break is found, and where")
    func integrity() {
        let members = [Member(id: "m1", name: "A"), Member(id: "m2", name: "B")]
        let day = CivilDate(year: 2026, month: 2, day: 1)!
        var group = Group(id: "g", name: "G", members: members)
        #expect(group.firstDefect == nil)
        group.meetings = [Meeting(id: "a", date: day, attendance: [Attendance(memberID: "m2", present: true), Attendance(memberID: "m1", present: true),
                                                                    Attendance(memberID: "m9", present: false)])]
        #expect(group.firstDefect == .unknownAttendee(meeting: 0, entry: 2))
        group.meetings = []
        group.evaluations = [Evaluation(id: "e", date: day, participants: ["m1", "x"])]
        #expect(group.firstDefect == .unknownParticipant(evaluation: 0, entry: 1))
        group.evaluations = []
        group.contactMemberID = "zz"
        #expect(group.firstDefect == .unknownContact)
        group.contactMemberID = nil
        group.plans = [YearPlan(from: day, to: day.adding(days: -1))]
        #expect(group.firstDefect == .planEndsBeforeStart(plan: 0))
        group.plans = []
        group.members.append(Member(id: "m1", name: "C"))
        #expect(group.firstDefect == .duplicateMemberID(member: 2))
    }

    @Test("a planned meeting's revision stops at the bound a file may hold, so a saved group reads back (found by the fuzzer)")
    func revisionBound() throws {
        let day = CivilDate(year: 2026, month: 2, day: 1)!
        var group = Group(id: "g", name: "G", plans: [YearPlan(from: day, to: day.adding(days: 300), planned: [
            PlannedMeeting(id: "p", date: day, revision: ValueLimits.revisions.upperBound)])])
        try group.movePlannedMeeting(from: day, to: day.adding(days: 7))
        try group.planMeeting(on: day.adding(days: 7), topic: "Nieuw")
        #expect(group.plans[0].planned[0].revision == ValueLimits.revisions.upperBound)
    }

    @Test("a meeting's place, held or planned, is refused when too long or holding a control character; a planned topic too")
    func places() throws {
        let day = CivilDate(year: 2026, month: 2, day: 1)!
        var group = Group(id: "g", name: "G", members: [Member(id: "m1", name: "A")],
                          plans: [YearPlan(from: day, to: day.adding(days: 300))])
        let before = group
        #expect(throws: EditError.textRefused(field: FieldLabel.location, .controlCharacter("\u{241B}"))) {
            try group.planMeeting(on: day, topic: "", location: "Zaal\u{1B}]52;c;SGVsbG8=\u{7}")
        }
        #expect(throws: EditError.textRefused(field: FieldLabel.location, .tooLong(limit: 200, length: 201))) {
            try group.recordMeeting(on: day, today: day, location: String(repeating: "z", count: 201))
        }
        #expect(throws: EditError.textRefused(field: FieldLabel.topic, .controlCharacter("\u{2407}"))) {
            try group.planMeeting(on: day, topic: "Casus\u{7}")
        }
        #expect(group == before)
        try group.planMeeting(on: day, topic: "", location: String(repeating: "z", count: 200))
        #expect(group.plans[0].planned[0].location.count == 200)
    }
}
