import IntervisionCore
@testable import IntervisionApp
import Testing

/// The one key table: text fields' keys, help opening where it was asked for, the status bar's order.
@Suite("Key table: text keys, help, hints")
struct KeyTableDrivesTests {
    /// Screens where text is typed: a text key bound to a command there would never reach the field.
    static let typingScopes: [KeyScope] = [.form, .meetingFields, .answer, .inlineField, .planForm, .newGroupName, .filter]

    @Test func theTextFieldsKeysAreTheTables() {
        let editing = KeyTable.bindings(in: .textEditing)
        #expect(Set(editing.map(\.action)) == [.cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteBackward, .deleteForward,
                                                .deleteToStart, .deleteToEnd, .deleteWord])
        for scope in Self.typingScopes {
            for key in editing.flatMap(\.keys) {
                #expect(KeyTable.action(for: key, in: scope) == nil, "\(key) is a command in \(scope), so it cannot edit text there")
            }
        }
        // Help lists them, with Ctrl-W and the others the widgets used to know on their own.
        let lines = HelpContent.lines
        #expect(lines.contains(.heading(.textEditing)))
        #expect(lines.contains(.binding(keys: "Ctrl-W", help: ActionTexts.deleteWord)))
        #expect(lines.contains(.binding(keys: "Home Ctrl-A", help: ActionTexts.lineStart)))
        #expect(lines.contains(.binding(keys: "Ctrl-K", help: ActionTexts.deleteToEnd)))
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursorInAFieldAndAnAnswer() {
        var field = TextField("Complicatie na operatie")
        field.handle(.control("w"))
        #expect(field.text == "Complicatie na ")
        field.handle(.control("w"))
        #expect(field.text == "Complicatie ")
        field.handle(.control("a"))
        field.handle(.control("k"))
        #expect(field.isEmpty)

        var area = TextArea("eerste regel\ntweede woord")
        area.handle(.control("w"), width: 40)
        #expect(area.text == "eerste regel\ntweede ")
        area.handle(.control("w"), width: 40)
        area.handle(.control("w"), width: 40)
        #expect(area.text == "eerste regel\n")  // a line break stops it
        area.handle(.backspace, width: 40)
        area.handle(.left, width: 40)
        area.handle(.control("u"), width: 40)  // the line before the cursor
        #expect(area.text == "l")
        area.handle(.control("a"), width: 40)
        area.handle(.control("k"), width: 40)
        #expect(area.isEmpty)
    }

    @Test func ctrlWWorksInAFormField() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .tab, .tab], &state)  // the topic
        Fixture.type("Complicatie na operatie", &state)
        let before = try #require(state.meetingForm).topic.text
        Fixture.press([.control("w")], &state)
        let after = try #require(state.meetingForm).topic.text
        #expect(before == "Complicatie na operatie" && after == "Complicatie na ")
    }

    /// The first line under the help's column headings.
    static func helpTop(_ state: AppState) -> String { App.view(state).lines()[3].trimmingSpaces() }

    @Test("help opens at the section of the screen it was called from", arguments: [
        ([], [Key.character("?")], "Overzicht"),
        ([.character("/")], [.function(1)], "Filter typen"),
        ([.enter], [.character("?")], "Groep – tabblad leden"),
        ([.enter, .character("2")], [.function(1)], "Groep – tabblad bijeenkomsten"),
        ([.enter, .character("n")], [.function(1)], "Bijeenkomst – velden"),
        ([.enter, .character("n"), .backTab], [.function(1)], "Bijeenkomst – aanwezigheid"),
        ([.enter, .character("v"), .tab, .tab], [.function(1)], "Evaluatie – deelnemers"),
        ([.enter, .character("a")], [.function(1)], "Formulieren (bijeenkomst, lid, evaluatie, profiel)"),
        ([.enter, .character("p")], [.function(1)], "Jaarplan invullen (letters typen in het veld)"),
        ([.enter, .character("E")], [.function(1)], "Exporteren"),
        ([.enter, .character("2"), .character("d")], [.function(1)], "Vraag (ja/nee)"),
        ([.character("s")], [.character("?")], "Instellingen"),
    ] as [([Key], [Key], String)])
    func helpOpensWhereItWasAsked(path: [Key], help: [Key], heading: String) throws {
        var state = Fixture.state()
        Fixture.press(path, &state)
        let below = state.top
        Fixture.press(help, &state)
        #expect(state.top is HelpScreen)
        #expect(Self.helpTop(state) == heading)
        // Esc goes back to the screen as it was.
        Fixture.press([.escape], &state)
        #expect(state.top.isSame(as: below))
    }

    @Test func aSectionNearTheEndStillFillsTheScreen() {
        var state = Fixture.state()
        let screen = HelpScreen(at: .help, state)
        #expect(screen.cursor.isValid(count: HelpContent.lines.count, height: Layout.helpListHeight(state.size)))
        let height = Layout.helpListHeight(state.size)
        #expect(screen.cursor.scroll == min(HelpContent.line(of: .help), HelpContent.lines.count - height))
        let last = HelpScreen(at: .everywhere, state)
        #expect(last.cursor.scroll == 0)
        state.stack.append(screen)
        #expect(App.view(state).lines().contains { $0.contains("Help") })
    }

    @Test func theStatusBarShowsTheTablesOrderTheScopesOwnWithTheOnesAround() {
        let members = KeyTable.hints(for: .membersTab).map(\.keys)
        #expect(members == ["a", "e", "x", "n", "u", "?", "Esc", "q", "Tab", "p", "E", "↑↓", "Enter", "s", "i", "c"])
        #expect(KeyTable.hints(for: .meetingFields).map(\.keys) == ["Ctrl-S", "F3", "Tab", "Esc", "PgDn"])
        #expect(KeyTable.hints(for: .overview).map(\.keys) == ["↑↓", "Enter", "a", "/", "?", "s", "q", "p", "i", "n"])
        #expect(KeyTable.hints(for: .agenda).map(\.keys) == ["↑↓", "Enter", "u", "Esc", "?", "s", "q"])
    }
}

/// Findings are named in the user's language; the rule ids are for `check --json` and help.
@Suite("Findings by name")
struct FindingNameTests {
    @Test(arguments: [Language.nl, .en])
    func theFindingsTabAndItsDialogNameTheRuleNotItsID(language: Language) {
        var state = Fixture.groupScreen(language: language)
        Fixture.press([.character("3")], &state)
        let ids = RuleID.allCases.map(\.rawValue)
        var text = Fixture.text(state)
        #expect(text.contains(RuleID.attendance75.shortName.text(language)))
        #expect(!ids.contains { text.contains($0) })
        Fixture.press([.enter], &state)
        text = Fixture.text(state)
        #expect(text.contains(RuleID.attendance75.shortName.text(language) + " — " + RuleID.attendance75.summary.text(language)))
        #expect(!ids.contains { text.contains($0) })
    }

    @Test func helpListsEveryRulesIDWithItsName() {
        for rule in RuleID.allCases {
            #expect(HelpContent.lines.contains(.binding(keys: rule.rawValue, help: HelpTexts.rule(rule))))
        }
        let names = RuleID.allCases.map { $0.shortName.nl }
        #expect(Set(names).count == names.count, "two rules with one name")
        #expect(RuleID.allCases.allSatisfy { DisplayWidth.of($0.shortName.nl) <= 24 && DisplayWidth.of($0.shortName.en) <= 24 })
    }
}
