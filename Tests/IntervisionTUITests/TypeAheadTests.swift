import IntervisionCore
@testable import IntervisionApp
import Testing

/// Lists whose letters are not commands: a letter jumps to the next row that starts with it.
@Suite("Type-ahead in lists")
struct TypeAheadTests {
    static let names = ["Ruben Hendriks", "Petra Dijkstra", "Ümit van Leeuwen", "Thijs de Wit", "Fatima de Boer", "Karin Smit",
                        "Lotte Visser", "Lotte Müller"]

    @Test func theNextRowStartingWithTheLetterCaseAndDiacriticsIgnoredRoundPastTheEnd() {
        #expect(ListCursor.row(startingWith: "t", in: Self.names, after: 0) == 3)
        #expect(ListCursor.row(startingWith: "T", in: Self.names, after: 0) == 3)
        #expect(ListCursor.row(startingWith: "u", in: Self.names, after: 0) == 2)  // Ümit
        #expect(ListCursor.row(startingWith: "ü", in: Self.names, after: 0) == 2)
        #expect(ListCursor.row(startingWith: "l", in: Self.names, after: 0) == 6)
        #expect(ListCursor.row(startingWith: "l", in: Self.names, after: 6) == 7)  // again: the next Lotte
        #expect(ListCursor.row(startingWith: "l", in: Self.names, after: 7) == 6)  // round past the end
        #expect(ListCursor.row(startingWith: "r", in: Self.names, after: 0) == 0)  // the only one: itself
        #expect(ListCursor.row(startingWith: "z", in: Self.names, after: 0) == nil)
        #expect(ListCursor.row(startingWith: " ", in: Self.names, after: 0) == nil)
        #expect(ListCursor.row(startingWith: "a", in: [], after: 0) == nil)

        var cursor = ListCursor()
        let found = cursor.jump(to: "k", labels: Self.names, height: 3)
        #expect(found && cursor.selected == 5 && cursor.isValid(count: 8, height: 3))
        let none = cursor.jump(to: "q", labels: Self.names, height: 3)
        #expect(!none)
        #expect(cursor.selected == 5)
    }

    /// From the overview, on the group's row, to the absence saved and back on the group:
    /// Enter, n, Shift-Tab (round to the attendance list), t (Thijs, the 4th), Space, Ctrl-S, Esc.
    /// Before: Enter, n, Tab Tab Tab Tab, ↓ ↓ ↓, Space, Ctrl-S, Esc = 12 keys.
    @Test func oneAbsenceAtTheFourthMemberTakesSevenKeys() throws {
        var state = Fixture.state()
        let id = state.catalog.groups.first { $0.name == "Chirurgen Utrecht" }!.id
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!), &state)
        let keys: [Key] = [.enter, .character("n"), .backTab, .character("t"), .character(" "), .control("s"), .escape]
        let effects = Fixture.press(keys, &state)
        #expect(keys.count <= 8)
        let group = state.current()
        #expect(effects.contains(.saveGroup(group)))
        let meeting = try #require(group.meetings.first { $0.date == Fixture.today })
        #expect(meeting.attendance.filter { !$0.present }.map { group.member($0.memberID)!.name } == ["Thijs de Wit"])
        #expect(group.members[3].name == "Thijs de Wit")
        #expect(state.groupScreen != nil)
    }

    @Test func inTheAttendanceListLettersJumpAndCtrlEMarksTheNotice() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .backTab, .character("l")], &state)
        #expect(try #require(state.meetingForm).list.selected == 6)
        Fixture.press([.character("L")], &state)
        #expect(try #require(state.meetingForm).list.selected == 7)
        Fixture.press([.character("ü"), .control("e")], &state)
        let form = try #require(state.meetingForm)
        #expect(form.list.selected == 2)
        let umit = Fixture.chirurgen.members[2].id
        #expect(form.absences[umit] == AbsenceEntry(excused: true))
        // e and r are letters now: no notice, no reason, nobody else absent.
        Fixture.press([.character("e"), .character("r")], &state)
        #expect(try #require(state.meetingForm).absences.count == 1)
        #expect(try #require(state.meetingForm).reason == nil)
        #expect(Fixture.text(state).contains("Ctrl-E met bericht"))
    }

    @Test func inTheEvaluationsParticipantsLettersJump() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("v"), .tab, .tab, .character("k")], &state)  // past the date and the year
        let form = try #require(state.top as? EvaluationForm)
        #expect(form.focus == .participants)
        let listed = form.candidates(Fixture.chirurgen, today: Fixture.today)
        #expect(listed[form.participantCursor].name == "Karin Smit")
        let before = form.participants
        Fixture.press([.character(" ")], &state)
        #expect(try #require(state.top as? EvaluationForm).participants.count == before.count - 1)
    }

    @Test func theContactPersonIsFoundByTheFirstLetterOfTheName() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("p")], &state)
        try PlanFormTests.tab(to: .contact, &state)
        Fixture.press([.enter, .character("k")], &state)
        let list = try #require((state.top as? PlanFormScreen)?.choice)
        #expect(list.options[list.cursor.selected] == "Karin Smit")
        Fixture.press([.enter, .control("s")], &state)  // chosen, and saved like every edit on the form
        #expect(state.current().contactPerson?.name == "Karin Smit")
    }

    @Test func helpSaysWhatLettersDoWhereTheyJump() {
        let lines = HelpContent.lines
        let start = HelpContent.line(of: .attendanceList)
        let section = lines[start...].prefix { $0 != .blank }
        #expect(section.contains(.binding(keys: "a–z", help: ActionTexts.jumpToName)))
        #expect(section.contains(.binding(keys: "Ctrl-E", help: ActionTexts.toggleExcused)))
    }
}
