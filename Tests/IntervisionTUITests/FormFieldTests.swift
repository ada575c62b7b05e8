import IntervisionCore
@testable import IntervisionApp
import Testing

/// One way for every text field: arriving selects its text so typing replaces it, an arrow first
/// edits it instead; input is checked as typed with the refusal under the field.
@Suite("Form fields: selected on arrival, checked as typed")
struct FormFieldTests {
    @Test func typingADateReplacesTheDateShownInEveryDateField() throws {
        // The meeting form opens on today's date: a date typed replaces it ("28-12-202731-02-2027" no more).
        var state = Fixture.groupScreen()
        Fixture.press([.character("n")], &state)
        #expect(state.meetingForm?.date.isSelected == true)
        Fixture.type("18-11-2026", &state)
        #expect(state.meetingForm?.date.text == "18-11-2026")
        // The topic, arrived at with Tab: replaced too.
        Fixture.press([.tab, .tab], &state)
        Fixture.type("Eigen onderwerp", &state)
        #expect(state.meetingForm?.topic.text == "Eigen onderwerp")
        // Back to the date: selected again; an arrow edits it instead.
        Fixture.press([.backTab, .backTab, .end, .backspace], &state)
        Fixture.type("5", &state)
        #expect(state.meetingForm?.date.text == "18-11-2025")

        // The evaluation's date.
        state = Fixture.groupScreen()
        Fixture.press([.character("v")], &state)
        Fixture.type("18-11-2026", &state)
        #expect(state.evaluationForm?.date.text == "18-11-2026")

        // The date someone left.
        state = Fixture.groupScreen()
        Fixture.press([.character("1"), .character("x")], &state)
        Fixture.type("01-11-2026", &state)
        #expect((state.top as? MarkLeftPrompt)?.date.text == "01-11-2026")

        // The export folder, arrived at with ↓.
        state = Fixture.groupScreen()
        state.exportFolder = "/home/anna/Documents"
        Fixture.press([.character("E"), .down, .down, .down], &state)
        let export = try #require(state.top as? ExportScreen)
        #expect(export.row == .folder && export.folder.isSelected)
        Fixture.type("/tmp", &state)
        #expect((state.top as? ExportScreen)?.folder.text == "/tmp")
    }

    @Test func leavingAFieldEndsItsSelection() throws {
        // Tab through the meeting form's fields: only the one with the focus stays selected.
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .tab, .tab, .tab], &state)
        var form = try #require(state.meetingForm)
        #expect(form.focus == .method && form.method.isSelected)
        #expect(!form.date.isSelected && !form.duration.isSelected)
        // A refusal of Ctrl-S puts the focus on its field unselected, and the field left is unselected too:
        // a character typed then goes where the cursor is, into the text to be corrected.
        Fixture.press([.backTab, .backTab, .backTab, .end, .backspace], &state)
        Fixture.type("7", &state)  // 22-11-2027: after today
        Fixture.press([.tab, .control("s")], &state)
        form = try #require(state.meetingForm)
        #expect(form.focus == .date && !form.date.isSelected && !form.duration.isSelected)
        Fixture.press([.backspace], &state)
        Fixture.type("6", &state)
        #expect(state.meetingForm?.date.text == "22-11-2026")

        // The member form (its fields in a dictionary): the same.
        state = Fixture.groupScreen()
        Fixture.press([.character("1"), .down, .character("e"), .tab, .tab], &state)
        let member = try #require(state.memberForm)
        #expect(member.fields[.big]?.isSelected == true)
        #expect(member.fields[.name]?.isSelected == false && member.fields[.specialism]?.isSelected == false)
    }

    @Test func backspaceOnASelectedTextClearsIt() {
        var field = TextField("22-11-2026")
        field.select()
        field.handle(.backspace)
        #expect(field.text.isEmpty && !field.isSelected)
        field = TextField("abc")
        field.select()
        field.handle(.left)
        field.handle(.character("x"))
        #expect(field.text == "abxc")
    }

    @Test func inputIsCheckedAsTypedUnderTheFieldInEveryForm() {
        // Meeting: the date and the hours, before any Ctrl-S.
        var state = Fixture.groupScreen()
        Fixture.press([.character("n")], &state)
        Fixture.type("31-02-2027", &state)
        var screen = Fixture.text(state)
        #expect(screen.contains("'31-02-2027' bestaat niet"))
        Fixture.press([.tab], &state)
        Fixture.type("twee", &state)
        #expect(state.meetingForm?.refusal(.duration)?.isFinal == false)
        #expect(Fixture.text(state).contains("'twee'"))

        // Member: the phone and a date.
        state = Fixture.groupScreen()
        Fixture.press([.character("1"), .character("a"), .tab, .tab, .tab], &state)
        Fixture.type("06-1", &state)
        #expect(Fixture.text(state).contains("telefoonnummer '06-1' heeft 3 cijfers"))
        Fixture.press([.tab], &state)
        Fixture.type("32-01-2026", &state)
        screen = Fixture.text(state)
        #expect(state.memberForm?.refusal(.joined) != nil)
        #expect(screen.contains("'32-01-2026'"))

        // Evaluation: the date.
        state = Fixture.groupScreen()
        Fixture.press([.character("v")], &state)
        Fixture.type("1-13-2026", &state)
        #expect(state.evaluationForm?.dateRefusal?.isFinal == false)

        // Member left: the date.
        state = Fixture.groupScreen()
        Fixture.press([.character("1"), .character("x")], &state)
        Fixture.type("morgen", &state)
        #expect(Fixture.text(state).contains("'morgen'"))

        // New group: a name another group has.
        state = Fixture.state()
        Fixture.press([.character("n")], &state)
        Fixture.type("chirurgen utrecht", &state)
        #expect((state.top as? NewGroupScreen)?.refusal(state)?.isFinal == false)
        #expect(Fixture.text(state).contains("Chirurgen Utrecht"))
        Fixture.type(" 2", &state)
        #expect((state.top as? NewGroupScreen)?.refusal(state) == nil)
    }
}
