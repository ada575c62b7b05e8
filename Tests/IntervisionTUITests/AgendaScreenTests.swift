import IntervisionCore
@testable import IntervisionApp
import Testing

/// The agenda screen: Core's actions of every group by date in sections, and Enter on each kind of
/// action landing where that action is done, with Esc back to the same line.
@Suite("Agenda screen")
struct AgendaScreenTests {
    typealias Year = YearKeysTests

    /// The worlds the actions are taken from: the demo on 22-11-2026, and on 10-12-2026 with an
    /// ended year to close and a running plan not submitted in GAIA; and on 22-11-2026 with a
    /// meeting's attendance not yet entered in GAIA and a group of three.
    static func worlds(language: Language = .nl) -> [AppState] {
        [Fixture.state(language: language), Year.state(Year.notSubmitted(), language: language),
         Fixture.state(language: language, groups: unreportedAndSmall)]
    }

    static let unreportedAndSmall: [Group] = Fixture.demo.groups.map { group in
        var changed = group
        if group.name == "Kinderartsen Twente", let last = group.meetings.indices.max(by: { group.meetings[$0].date < group.meetings[$1].date }) {
            changed.meetings[last].reported = nil
        }
        if group.name == "Longartsen Brabant" { changed.members = Array(group.members.prefix(3)) }
        return changed
    }

    /// The agenda opened (`a`) in the first world that has an action of `kind` (and `matching`),
    /// with that action selected by moving down to it.
    static func onAction(_ kind: ActionKind, matching: (AgendaAction) -> Bool = { _ in true },
                         sourceLocation: SourceLocation = #_sourceLocation) throws -> (state: AppState, action: AgendaAction) {
        for var state in worlds() {
            let lines = state.catalog.agendaLines
            guard let line = lines.firstIndex(where: { $0.action.map { $0.kind == kind && matching($0) } ?? false }),
                  let action = lines[line].action else { continue }
            Fixture.press([.character("a")], &state)
            for _ in lines.indices where agenda(state)?.cursor.selected != line { Fixture.press([.down], &state) }
            try #require(agenda(state)?.cursor.selected == line, sourceLocation: sourceLocation)
            return (state, action)
        }
        throw Missing(kind: kind)
    }

    struct Missing: Error { var kind: ActionKind }

    static func agenda(_ state: AppState) -> AgendaScreen? { state.top as? AgendaScreen }

    /// Esc (twice at most: a form first undoes its field) comes back to the agenda on the same line.
    static func expectBackOnTheSameLine(_ state: inout AppState, line: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<3 where agenda(state) == nil { Fixture.press([.escape], &state) }
        #expect(agenda(state)?.cursor.selected == line, sourceLocation: sourceLocation)
    }

    // MARK: The list

    @Test func aOnTheOverviewOpensEveryActionOfEveryGroupInCoresSections() throws {
        var state = Fixture.state()
        Fixture.press([.character("a")], &state)
        let screen = try #require(Self.agenda(state))
        let catalog = state.catalog
        let expected = Agenda.buckets(Agenda.actions(of: Agenda.groups(catalog.groups, reports: catalog.reports)), today: Fixture.today)
        #expect(catalog.agendaLines.compactMap(\.action) == expected.flatMap(\.actions))
        #expect(catalog.agendaLines.compactMap { line -> AgendaBucket? in
            if case let .heading(bucket, _) = line { return bucket }
            return nil
        } == expected.map(\.bucket))
        // On the first action, under its heading.
        #expect(screen.cursor.selected == 1 && catalog.agendaLines[0].action == nil)
        let text = App.view(state).lines()
        #expect(text[0].contains("Overzicht › Agenda"))
        #expect(text[3].hasPrefix(" " + expected[0].bucket.title.nl))
    }

    @Test func movingSkipsTheHeadingsBothWays() throws {
        var state = Fixture.state(Size(width: 120, height: 40))
        Fixture.press([.character("a")], &state)
        let lines = state.catalog.agendaLines
        let second = try #require(lines.indices.dropFirst().first { lines[$0].action == nil }, "a second section")
        Fixture.press(Array(repeating: .down, count: second - 1), &state)
        #expect(Self.agenda(state)?.cursor.selected == second + 1)
        Fixture.press([.up], &state)
        #expect(Self.agenda(state)?.cursor.selected == second - 1)
        Fixture.press([.home], &state)
        #expect(Self.agenda(state)?.cursor == ListCursor(selected: 1, scroll: 0))
        Fixture.press([.up], &state)
        #expect(Self.agenda(state)?.cursor == ListCursor(selected: 1, scroll: 0))
        Fixture.press([.end], &state)
        #expect(Self.agenda(state)?.cursor.selected == lines.count - 1)
    }

    @Test func noActionsSaysSo() {
        var state = Fixture.state(groups: [])
        Fixture.press([.character("a")], &state)
        #expect(App.view(state).lines().contains { $0.contains("Niets te doen") })
        Fixture.press([.enter, .down, .up], &state)
        #expect(Self.agenda(state) != nil)
    }

    // MARK: Enter, per kind

    @Test func submitPlanOpensThatYearsPlanForm() throws {
        var (state, action) = try Self.onAction(.submitPlan)
        let line = Self.agenda(state)!.cursor.selected
        Fixture.press([.enter], &state)
        let form = try #require(state.top as? PlanFormScreen)
        #expect(form.groupID == action.groupID && form.planFrom == action.year?.from)
        Self.expectBackOnTheSameLine(&state, line: line)
    }

    @Test func planNextYearOpensANewPlanFromTheDayAfterTheLast() throws {
        var (state, action) = try Self.onAction(.planNextYear) { $0.year != nil }
        Fixture.press([.enter], &state)
        let form = try #require(state.top as? PlanFormScreen)
        #expect(form.groupID == action.groupID && form.planFrom == action.year?.to.adding(days: 1))
        #expect(state.group(action.groupID)?.plans.contains { $0.from == form.planFrom } == false)
    }

    @Test func holdMeetingOpensANewMeetingOfThatGroup() throws {
        var (state, action) = try Self.onAction(.holdMeeting)
        let line = Self.agenda(state)!.cursor.selected
        Fixture.press([.enter], &state)
        let form = try #require(state.top as? MeetingForm)
        #expect(form.groupID == action.groupID && form.editing == nil)
        #expect(form.title(state) == "\(action.groupName) › Nieuwe bijeenkomst", "the trail names the group")
        Self.expectBackOnTheSameLine(&state, line: line)
    }

    @Test func reportAttendanceOpensTheMeetingsTabOnThatMeeting() throws {
        var (state, action) = try Self.onAction(.reportAttendance)
        let line = Self.agenda(state)!.cursor.selected
        Fixture.press([.enter], &state)
        let screen = try #require(state.top as? GroupScreen)
        let content = try #require(state.content(of: screen))
        #expect(screen.groupID == action.groupID && screen.tab == .meetings)
        #expect(content.meetings[screen.cursors[GroupTab.meetings.rawValue].selected].id == action.meetingID)
        Self.expectBackOnTheSameLine(&state, line: line)
    }

    /// On 10-12-2026 Internisten Noord's last meeting of the year that ended on 30-11-2026 is not
    /// entered in GAIA; the group screen opens on the year from 01-12-2026. Enter goes to that
    /// meeting in its own year, and the header names the year shown.
    @Test func reportAttendanceOfAnotherYearSwitchesTheGroupScreenToThatYear() throws {
        let ended = Year.ended(Year.internisten)
        let meeting = try #require(Year.internisten.meetings.filter { ended.contains($0.date) }.max { $0.date < $1.date })
        let groups = Year.demo.groups.map { group in
            var changed = group
            if let index = group.meetings.firstIndex(where: { $0.id == meeting.id }) { changed.meetings[index].reported = nil }
            return changed
        }
        var state = Year.state(groups)
        let group = Year.group(state)
        let meetingYear = try #require(group.plan(containing: meeting.date))
        let opened = try #require(state.content(of: GroupScreen(groupID: group.id, groupIndex: 0)))
        try #require(opened.year != meetingYear, "the group screen opens on another year than the meeting's")
        let lines = state.catalog.agendaLines
        let line = try #require(lines.firstIndex { $0.action?.kind == .reportAttendance && $0.action?.meetingID == meeting.id })
        Fixture.press([.character("a")], &state)
        for _ in lines.indices where Self.agenda(state)?.cursor.selected != line { Fixture.press([.down], &state) }
        Fixture.press([.enter], &state)
        let screen = try #require(state.top as? GroupScreen)
        let content = try #require(state.content(of: screen))
        #expect(screen.tab == .meetings && content.year == meetingYear)
        #expect(content.meetings[screen.cursors[GroupTab.meetings.rawValue].selected].id == meeting.id)
        let held = group.meetings.filter { meetingYear.contains($0.date) }.count
        let text = Year.text(state)
        #expect(text.contains(GroupTexts.year(from: meetingYear.from, to: meetingYear.to).nl))
        #expect(text.contains(GroupTexts.heldOfPlanned(held: held, planned: meetingYear.meetingCount).nl))
        // `r` there shows that meeting's BIG list; Esc back to the same line of the agenda.
        Fixture.press([.character("r")], &state)
        #expect((state.top as? GAIADialog)?.meetingID == meeting.id)
        Fixture.press([.escape], &state)
        Self.expectBackOnTheSameLine(&state, line: line)
    }

    @Test func evaluateOpensTheEvaluationFormOnThatYear() throws {
        var (state, action) = try Self.onAction(.evaluate)
        let line = Self.agenda(state)!.cursor.selected
        Fixture.press([.enter], &state)
        let form = try #require(state.top as? EvaluationForm)
        #expect(form.groupID == action.groupID && form.editing == nil && form.year == action.year?.from)
        Self.expectBackOnTheSameLine(&state, line: line)
    }

    @Test func closeYearAsksToCloseThatYearAndUUndoesItOnTheAgenda() throws {
        var (state, action) = try Self.onAction(.closeYear)
        let before = try #require(state.group(action.groupID))
        Fixture.press([.enter], &state)
        let prompt = try #require(state.top as? CloseYearPrompt)
        #expect(prompt.groupID == action.groupID && prompt.year == action.year)
        Fixture.press([.character("j")], &state)
        #expect(Self.agenda(state) != nil)
        #expect(state.group(action.groupID)?.plans.first { $0.from == action.year?.from }?.closed == state.today)
        #expect(!state.catalog.agendaLines.contains { $0.action.map { $0.kind == .closeYear && $0.groupID == action.groupID } ?? false })
        Fixture.press([.character("u")], &state)
        #expect(state.group(action.groupID) == before)
        #expect(state.catalog.agendaLines.contains { $0.action == action })
    }

    @Test func fixOpensTheGroupsFindingsOnThatFinding() throws {
        var (state, action) = try Self.onAction(.fix) { $0.memberID == nil && $0.rule != .supervisorRegistration }
        let line = Self.agenda(state)!.cursor.selected
        Fixture.press([.enter], &state)
        let screen = try #require(state.top as? GroupScreen)
        let content = try #require(state.content(of: screen))
        #expect(screen.groupID == action.groupID && screen.tab == .findings)
        #expect(content.findings[screen.cursors[GroupTab.findings.rawValue].selected] == action.findings.first)
        Self.expectBackOnTheSameLine(&state, line: line)
    }

    @Test func fixAboutAMemberOpensTheMembersTabOnThatMember() throws {
        var (state, action) = try Self.onAction(.fix) { $0.memberID != nil }
        Fixture.press([.enter], &state)
        let screen = try #require(state.top as? GroupScreen)
        let content = try #require(state.content(of: screen))
        #expect(screen.tab == .members)
        #expect(content.members[screen.cursors[GroupTab.members.rawValue].selected].member.id == action.memberID)
    }

    // MARK: The status line

    @Test func theFirstFrameNamesWhatIsOverdueAndDueThisWeekUntilAMessageReplacesIt() throws {
        var state = Fixture.state()
        let summary = try #require(state.catalog.summary.text)
        #expect(state.catalog.summary == Agenda.summary(Agenda.groups(state.catalog.groups, reports: state.catalog.reports)))
        func statusLine() -> String { App.view(state).lines().last ?? "" }
        #expect(statusLine().hasSuffix(summary.nl + " "))
        Fixture.press([.down, .enter, .escape, .character("a")], &state)
        #expect(statusLine().hasSuffix(summary.nl + " "), "keys leave it")
        Fixture.press([.escape, .enter, .character("u")], &state)
        #expect(state.message != nil && !statusLine().contains(summary.nl))
        Fixture.press([.escape], &state)
        #expect(state.message == nil && !statusLine().contains(summary.nl), "gone once a message replaced it")
    }

    @Test func theFirstStartHasNoReminder() {
        let state = Fixture.state(groups: [], firstStart: true)
        #expect(state.reminder == nil)
    }
}

/// The overview: one row per group in Core's overview order, with its most urgent action.
@Suite("Overview rows from the agenda")
struct OverviewAgendaTests {
    @Test func theRowsAreCoresOverviewOrderOfTheSameAgendas() {
        for state in [Fixture.state(), YearKeysTests.state()] {
            let catalog = state.catalog
            let core = Agenda.groups(catalog.groups, reports: catalog.reports)
            #expect(catalog.rows.map { catalog.groups[$0.groupIndex].id } == core.map(\.groupID))
            #expect(catalog.rows.map { catalog.agenda(of: $0) } == core)
        }
    }

    @Test func eachRowShowsItsMostUrgentActionAndItsDate() throws {
        let state = Fixture.state(Size(width: 120, height: 40))
        let lines = App.view(state).lines()
        let first = try #require(state.catalog.rows.first.map { state.catalog.agenda(of: $0) })
        let action = try #require(first.mostUrgent)
        #expect(lines[3].contains(first.groupName) && lines[3].contains(action.due.dutch))
        #expect(lines[3].contains(String(action.text.nl.prefix(30))))
    }

    /// On 05-01-2027 Internisten Noord's year to 30-11-2026 is overdue to be closed, with its two
    /// errors: the group stands with the overdue ones. Once closed, those errors are history and
    /// the group goes down to its next action.
    @Test func aGroupWhoseProblemsAreInAClosedYearIsNotOnTop() throws {
        let today = CivilDate(year: 2027, month: 1, day: 5)!
        var state = AppState(size: Size(width: 80, height: 24), today: today, settings: Settings(language: .nl), environmentLanguage: .en,
                             groups: YearKeysTests.demo.groups, supervisor: YearKeysTests.demo.supervisor, firstStart: false)
        var group = YearKeysTests.group(state)
        let before = try #require(state.catalog.rowIndex(of: group.id))
        let urgent = try #require(state.catalog.agenda(of: state.catalog.rows[before]).mostUrgent)
        #expect(urgent.kind == .closeYear && urgent.isOverdue && urgent.severity == .error)
        #expect(state.catalog.rows[before...].allSatisfy { state.catalog.agenda(of: $0).mostUrgent.map { $0.due >= urgent.due } ?? true })
        try group.closeYear(from: YearKeysTests.ended(group).from, on: today)
        state.catalog.update(group)
        let after = try #require(state.catalog.rowIndex(of: group.id))
        let agenda = state.catalog.agenda(of: state.catalog.rows[after])
        #expect(after > before && agenda.overdue == 0 && agenda.errors == 0)
    }

    /// A contact person's rows and agenda hold what that person can do: not the supervisor's
    /// registration, the evaluation or closing a year.
    @Test func aContactPersonSeesTheActionsTheyCanDo() throws {
        var settings = Settings(language: .nl)
        settings.role = .contactPerson
        let state = AppState(size: Size(width: 80, height: 24), today: YearKeysTests.today, settings: settings, environmentLanguage: .en,
                             groups: YearKeysTests.demo.groups, supervisor: nil, firstStart: false)
        let actions = state.catalog.agendaLines.compactMap(\.action)
        #expect(!actions.isEmpty && actions.allSatisfy { Role.contactPerson.acts(on: $0) })
        #expect(!actions.contains { $0.rule == .supervisorRegistration || $0.kind == .evaluate || $0.kind == .closeYear })
        var supervisor = state
        supervisor.settings.role = .supervisor
        #expect(supervisor.catalog.agendaLines.compactMap(\.action).contains { $0.rule == .supervisorRegistration })
    }
}

