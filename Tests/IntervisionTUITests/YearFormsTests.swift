import IntervisionCore
@testable import IntervisionApp
import Testing

/// The forms where the regulation's year matters: the meeting form warns before a meeting makes
/// PLAN_BEFORE_FIRST an error, the evaluation form takes its year, the member form its join date,
/// the plan form checks the planned dates against the next year too.
@Suite("Forms and the regulation's year")
struct YearFormsTests {
    typealias World = YearKeysTests

    static func date(_ text: String) -> CivilDate { try! CivilDate.parse(text).get() }

    // MARK: The meeting form

    @Test func theMeetingFormWarnsBeforeSavingWhenThePlanIsNotSubmittedAndStillRecords() throws {
        var state = World.onGroup(World.notSubmitted())
        Fixture.press([.character("n")], &state)
        let form = try #require(state.meetingForm)
        let warning = try #require(form.planWarning)
        #expect(warning.nl.hasPrefix("Het jaarplan is geëxporteerd op 29-11-2026, nog niet als ingediend in GAIA gemarkeerd: deze bijeenkomst vastleggen maakt PLAN_BEFORE_FIRST een fout"))
        let text = World.text(state)
        #expect(text.contains("Het jaarplan is geëxporteerd op 29-11-2026"))
        #expect(text.contains("PLAN_BEFORE_FIRST"))
        #expect(World.group(state).meetings.count == World.internisten.meetings.count, "nothing saved yet")
        let planBefore = state.report(World.group(state).id)!.findings.filter { $0.rule == .planBeforeFirst && $0.severity == .error }
        #expect(planBefore.isEmpty)
        // The meeting happened: it may still be recorded, and the error is then there.
        Fixture.press([.control("s")], &state)
        #expect(state.top is MeetingResult)
        let report = try #require(state.report(World.group(state).id))
        #expect(report.findings.contains { $0.rule == .planBeforeFirst && $0.severity == .error })
    }

    @Test func theWarningFollowsTheDateTypedAndIsGoneOnceThePlanIsSubmitted() throws {
        var state = World.onGroup(World.notSubmitted())
        Fixture.press([.character("n")], &state)
        #expect(state.meetingForm?.planWarning != nil)
        // A date in the ended year, whose plan went in to GAIA before its first meeting: no warning.
        Fixture.press(Array(repeating: .backspace, count: 10), &state)
        Fixture.type("15-11-2026", &state)
        #expect(state.meetingForm?.planWarning == nil)
        #expect(!World.text(state).contains("PLAN_BEFORE_FIRST"))
        Fixture.press(Array(repeating: .backspace, count: 10), &state)
        Fixture.type("09-12-2026", &state)
        #expect(state.meetingForm?.planWarning != nil)
        // Marked as submitted on the group screen first: the form says nothing.
        Fixture.press([.escape, .character("j"), .character("i"), .enter, .character("n")], &state)
        #expect(World.running(World.group(state)).submitted == World.today)
        let form = try #require(state.meetingForm)
        #expect(form.planWarning == nil)
    }

    // MARK: The evaluation form

    @Test func theEvaluationFormShowsCoresYearAndRecordsTheOneChosen() throws {
        var state = World.onGroup()
        let group = World.group(state)
        Fixture.press([.character("v")], &state)
        var form = try #require(state.top as? EvaluationForm)
        let expected = try #require(group.defaultEvaluationYear(on: World.today))
        #expect(form.shownYear(group, today: World.today)?.from == expected.from)
        #expect(World.text(state).contains("Jaargang ‹ \(expected.period.label.nl) ›"))
        // ←→ on the year go through the judged years (the ended and the running one).
        let choices = form.yearChoices(group, report: state.report(group.id), today: World.today).map(\.from)
        #expect(choices == [Self.date("01-12-2025"), Self.date("01-12-2026")])
        Fixture.press([.tab], &state)
        #expect(state.top.keyScope == .formChoice)
        Fixture.press([expected.from == choices[0] ? .right : .left], &state)
        form = try #require(state.top as? EvaluationForm)
        let chosen = try #require(choices.first { $0 != expected.from })
        #expect(form.year == chosen)
        #expect(World.text(state).contains("‹ \(group.plans.first { $0.from == chosen }!.period.label.nl) ›"))
        Fixture.press([.control("s")], &state)
        let saved = try #require(World.group(state).evaluations.first { $0.date == World.today })
        #expect(saved.year == chosen)
        // Edited again, it keeps the year it has.
        Fixture.press([.character("5"), .home, .enter], &state)
        let editing = try #require(state.top as? EvaluationForm)
        #expect(editing.year == nil && editing.shownYear(World.group(state), today: World.today)?.from == chosen)
    }

    @Test func theYearFollowsTheDateUntilOneIsChosen() throws {
        var state = World.onGroup()
        Fixture.press([.character("v")], &state)
        Fixture.press(Array(repeating: .backspace, count: 10), &state)
        Fixture.type("15-06-2026", &state)
        let form = try #require(state.top as? EvaluationForm)
        #expect(form.year == nil)
        #expect(form.shownYear(World.group(state), today: World.today)?.from == Self.date("01-12-2025"))
    }

    // MARK: The member form

    @Test func aMemberAddedAfterMeetingsWereHeldJoinsTodayByDefault() throws {
        var state = World.onGroup()
        Fixture.press([.character("a")], &state)
        let form = try #require(state.top as? MemberForm)
        #expect(form.text(.joined) == "10-12-2026")
        Fixture.type("Nieuwe Collega", &state)
        Fixture.press([.control("s")], &state)
        let member = try #require(World.group(state).members.first { $0.name == "Nieuwe Collega" })
        #expect(member.joined == World.today)
        // Not counted absent at the meetings before: expected at none of them.
        let standing = state.report(World.group(state).id)?.members.first { $0.memberID == member.id }
        #expect(standing?.expected == 0)
    }

    @Test func aMemberAddedBeforeAnyMeetingIsAMemberFromTheStart() throws {
        var group = World.internisten
        group.meetings = []
        var state = World.onGroup(World.demo.groups.map { $0.name == World.name ? group : $0 })
        Fixture.press([.character("a")], &state)
        #expect((state.top as? MemberForm)?.text(.joined) == "")
    }

    @Test(arguments: ["123", "06-abc"])
    func aPhoneNumberIsRefusedUnderThePhoneField(_ phone: String) throws {
        var state = World.onGroup()
        Fixture.press([.character("a")], &state)
        Fixture.type("Nieuwe Collega", &state)
        Fixture.press([.tab, .tab, .tab], &state)
        #expect((state.top as? MemberForm)?.focus == .phone)
        Fixture.type(phone, &state)
        let before = World.group(state)
        #expect(Fixture.press([.control("s")], &state).isEmpty)
        let form = try #require(state.top as? MemberForm)
        #expect(form.focus == .phone)
        #expect(form.errors[.phone] != nil && form.errors[.name] == nil)
        #expect(World.group(state) == before)
        // The refusal is the line under the phone field.
        let lines = App.view(state).lines()
        let phoneRow = try #require(lines.firstIndex { $0.contains("Telefoon") && $0.contains(phone) })
        #expect(lines[phoneRow + 1].contains("telefoonnummer '\(phone)'"))
    }

    // MARK: The plan form's planning check

    /// A group with a plan for 2027 and one for 2028, both with planned dates.
    static func twoPlans(dates2027: [String], total2027: Int? = nil, dates2028: [String]) -> Group {
        var group = Group(id: "ic-leiden", name: "IC Leiden")
        group.members = (1...5).map { Member(id: MemberID(rawValue: "m\($0)"), name: "Lid \($0)") }
        group.plans = [
            YearPlan(from: date("01-01-2027"), to: date("31-12-2027"), totalMeetings: total2027, durationHours: 2,
                     planned: dates2027.map { PlannedMeeting(date: date($0), topic: "Casus") }),
            YearPlan(from: date("01-01-2028"), to: date("31-12-2028"), durationHours: 2,
                     planned: dates2028.map { PlannedMeeting(date: date($0), topic: "Casus") }),
        ]
        return group
    }

    static func planForm(_ group: Group, size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = AppState(size: size, today: Fixture.today, settings: Settings(language: .nl), groups: [group],
                             supervisor: Fixture.demo.supervisor, firstStart: false)
        Fixture.press([.character("p")], &state)
        return state
    }

    static func problems(_ state: AppState) throws -> [String] {
        let form = try #require(state.top as? PlanFormScreen)
        return try #require(PlanFormContent(screen: form, state: state)).problems.map(\.message.nl)
    }

    @Test func aPlannedGapIntoNextYearsPlanIsAWarningOnTheForm() throws {
        let state = Self.planForm(Self.twoPlans(dates2027: ["15-01-2027", "15-04-2027", "15-06-2027", "15-09-2027"],
                                                dates2028: ["15-02-2028", "15-05-2028"]))
        let problems = try Self.problems(state)
        #expect(problems.contains("15-02-2028 ligt meer dan 3 maanden na 15-09-2027 (uiterlijk 15-12-2027)"))
        #expect(World.text(state).contains("15-02-2028 ligt meer dan 3 maanden na 15-09-2027"))
    }

    @Test func theDateByWhichAMeetingIsStillDueIsNamedWhenItFallsInTheYear() throws {
        let late = Self.planForm(Self.twoPlans(dates2027: ["15-01-2027", "15-04-2027", "01-07-2027", "28-09-2027"], dates2028: []))
        #expect(try Self.problems(late) == ["Na 28-09-2027 moet er uiterlijk 28-12-2027 nog een bijeenkomst zijn"])
        #expect(World.text(late).contains("Na 28-09-2027 moet er uiterlijk 28-12-2027 nog een bijeenkomst zijn"))
        // Due after the year's end: next year's first planned date is what is checked.
        let next = Self.planForm(Self.twoPlans(dates2027: ["15-01-2027", "15-04-2027", "15-07-2027", "15-10-2027"],
                                               dates2028: ["10-01-2028", "01-04-2028"]))
        let problems = try Self.problems(next)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func moreDatesThanTheTotalIsAWarningAndATotalWithoutDatesIsNoTick() throws {
        let more = Self.planForm(Self.twoPlans(dates2027: ["15-01-2027", "15-03-2027", "15-05-2027", "15-07-2027", "15-09-2027", "01-12-2027"],
                                               total2027: 5, dates2028: []))
        #expect(try Self.problems(more).contains("6 data gepland, meer dan het totaal van 5 bijeenkomsten"))
        let fewer = Self.planForm(Self.twoPlans(dates2027: ["15-01-2027", "15-03-2027", "15-05-2027", "15-07-2027", "15-09-2027", "01-12-2027"],
                                                total2027: 8, dates2028: []))
        #expect(try Self.problems(fewer).isEmpty, "fewer dates than the total: 'voor zover bekend'")
        let none = Self.planForm(Self.twoPlans(dates2027: [], total2027: 6, dates2028: []))
        #expect(try Self.problems(none).contains { $0.hasPrefix("Nog geen data gepland") })
        #expect(!World.text(none).contains("✓ minstens 4"))
    }
}
