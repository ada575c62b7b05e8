import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

@Suite("State machine: key sequences")
struct StateMachineTests {
    @Test func firstStartInstallsDemoThroughAnEffect() {
        var state = Fixture.state(groups: [], firstStart: true)
        let effects = Fixture.press([.enter], &state, store: .hold)
        #expect(effects == [.installDemoData])
        #expect(state.top is FirstStartScreen)  // nothing changes until the effect's result comes back
        #expect(state.isBusy)
        let store = InMemoryDataStore()
        var runner = StoreEffectRunner(store: store, themes: ThemeLoader(dataFolder: nil), today: Fixture.today)
        for event in runner.run(.installDemoData) { _ = App.update(&state, event) }
        guard state.top is OverviewScreen else { Issue.record("expected the overview"); return }
        #expect(state.catalog.count == 8)
        #expect(store.data.groups.count == 8)
        #expect(state.message?.text.contains("8") == true)
    }

    @Test func firstStartAnyOtherKeyStartsEmptyAndQCanQuit() {
        var state = Fixture.state(groups: [], firstStart: true)
        let effects = Fixture.press([.character("x")], &state)
        #expect(effects == [.saveSettings(state.settings)])
        guard state.top is OverviewScreen else { Issue.record("expected the overview"); return }
        var quitting = Fixture.state(groups: [], firstStart: true)
        #expect(Fixture.press([.character("q")], &quitting) == [.quit])
        #expect(!quitting.isRunning)
    }

    /// By the date of each group's most urgent action (Core's `Agenda.overviewOrder`), a group
    /// with nothing to do last.
    @Test func overviewSortsTheMostUrgentActionFirst() {
        let state = Fixture.state()
        let dues = state.catalog.rows.map { state.catalog.agenda(of: $0).mostUrgent?.due }
        #expect(dues.compactMap { $0 } == dues.compactMap { $0 }.sorted())
        #expect(dues.firstIndex(of: nil).map { dues[$0...].allSatisfy { $0 == nil } } ?? true)
        #expect(state.catalog.agenda(of: state.catalog.rows[0]).overdue > 0)
    }

    @Test func movesOpensAndGoesBack() {
        var state = Fixture.state()
        Fixture.press([.down, .character("j"), .up], &state)
        guard let overview = state.top as? OverviewScreen else { Issue.record("overview"); return }
        #expect(overview.cursor.selected == 1)
        let expectedID = state.catalog.groups[state.catalog.rows[1].groupIndex].id
        Fixture.press([.enter], &state)
        guard let group = state.top as? GroupScreen else { Issue.record("expected a group screen"); return }
        #expect(group.groupID == expectedID)
        Fixture.press([.tab, .tab], &state)
        guard let onFindings = state.top as? GroupScreen else { return }
        #expect(onFindings.tab == .findings)
        Fixture.press([.escape], &state)
        guard let back = state.top as? OverviewScreen else { Issue.record("Esc should go back"); return }
        #expect(back.cursor.selected == 1)  // the overview kept its selection
        Fixture.press([.escape, .escape], &state)
        #expect(state.stack.count == 1)  // never pops the last screen
    }

    @Test func endHomeAndPagesStayInsideTheList() {
        var state = Fixture.state(Size(width: 80, height: 24), groups: DemoData.generate(groups: 100, seed: 3, today: Fixture.today).groups)
        Fixture.press([.end], &state)
        guard let atEnd = state.top as? OverviewScreen else { return }
        #expect(atEnd.cursor.selected == 99)
        #expect(atEnd.cursor.scroll == 100 - Layout.overviewListHeight(state.size))
        Fixture.press([.pageUp, .pageUp, .home], &state)
        guard let atHome = state.top as? OverviewScreen else { return }
        #expect(atHome.cursor == ListCursor())
    }

    @Test func filterNarrowsAndEscClearsIt() {
        var state = Fixture.state()
        Fixture.press([.character("/")], &state)
        #expect(state.top.keyScope == .filter)
        Fixture.type("geint", &state)  // finds "Geïntensiveerde zorg Leiden" without the diaeresis
        guard let filtered = state.top as? OverviewScreen else { return }
        #expect(filtered.matches?.count == 1)
        #expect(state.catalog.rows[filtered.matches![0]].name == "Geïntensiveerde zorg Leiden")
        // q is text while typing, not quit.
        #expect(Fixture.press([.character("q")], &state).isEmpty)
        #expect(state.isRunning)
        Fixture.press([.backspace, .enter], &state)
        #expect(state.top.keyScope == .overview)
        Fixture.press([.escape], &state)
        guard let cleared = state.top as? OverviewScreen else { return }
        #expect(cleared.matches == nil)
        #expect(cleared.filter.isEmpty)
    }

    @Test func helpAndSettingsOpenOverAnyScreen() {
        var state = Fixture.state()
        Fixture.press([.enter, .character("?")], &state)
        guard state.top is HelpScreen else { Issue.record("? opens help"); return }
        #expect(state.stack.count == 3)
        Fixture.press([.escape, .character("s")], &state)
        guard state.top is SettingsScreen else { Issue.record("s opens settings"); return }
        Fixture.press([.escape], &state)
        guard state.top is GroupScreen else { Issue.record("Esc returns to the group"); return }
    }

    @Test func settingsChangeAtOnceAndAreSaved() {
        var state = Fixture.state(language: .nl)
        Fixture.press([.character("s")], &state)
        var effects = Fixture.press([.right], &state)  // theme: default → light
        #expect(state.settings.theme == "light")
        #expect(effects == [.loadTheme(name: "light"), .saveSettings(state.settings)])
        effects = Fixture.press([.down, .right], &state)  // language: nl → en
        #expect(state.settings.language == .en)
        #expect(state.language == .en)
        #expect(effects == [.saveSettings(state.settings)])
        Fixture.press([.down, .right], &state)
        #expect(state.settings.role == .contactPerson)
        #expect(App.view(state).lines()[0].contains("contact person"))
    }

    @Test func settingsLanguageReplacesLangOverride() {
        var state = Fixture.state()
        state.settings.language = nil
        state.languageOverride = .nl
        Fixture.press([.character("s"), .down, .left], &state)  // automatic ← nl: goes to automatic
        #expect(state.languageOverride == nil)
    }

    @Test func qQuitsAndCtrlCQuitsFromAnywhere() {
        var state = Fixture.state()
        Fixture.press([.enter, .character("/")], &state)
        #expect(Fixture.press([.control("c")], &state) == [.quit])
        var other = Fixture.state()
        Fixture.press([.enter, .character("?")], &other)
        #expect(Fixture.press([.character("q")], &other) == [.quit])
        var signalled = Fixture.state()
        #expect(App.update(&signalled, .quitSignal) == [.quit])
        #expect(!signalled.isRunning)
        // Ctrl-C is an interrupt: the exit status says so, as a shell's would; q and SIGTERM end normally.
        #expect(state.exitStatus == 130)
        #expect(other.exitStatus == 0)
        #expect(signalled.exitStatus == 0)
    }

    /// Ctrl-Z hands the terminal to the shell from every screen, also while typing in a field or
    /// on a terminal that is too small, and changes nothing: after `fg` the app is as it was.
    @Test func ctrlZSuspendsFromAnywhereAndChangesNothing() {
        var overview = Fixture.state()
        overview.message = StatusMessage("a message the user has not read yet")
        var filtering = Fixture.state()
        Fixture.press([.character("/")], &filtering)
        Fixture.type("chir", &filtering)
        var meetingForm = Fixture.state()
        Fixture.press([.enter, .character("n")], &meetingForm)
        guard meetingForm.top is MeetingForm else { Issue.record("expected the meeting form"); return }
        let tooSmall = Fixture.state(Size(width: 40, height: 10))
        for var state in [overview, filtering, meetingForm, tooSmall] {
            let (stack, message) = (state.stack, state.message)
            #expect(Fixture.press([.control("z")], &state) == [.suspend])
            #expect(state.stack.count == stack.count && zip(state.stack, stack).allSatisfy { $0.isSame(as: $1) })
            #expect(state.message == message)
            #expect(state.isRunning)
        }
    }

    @Test func findingOpensInADialog() {
        var state = Fixture.state()
        Fixture.press([.enter, .character("3"), .enter], &state)
        guard let group = state.top as? GroupScreen else { return }
        #expect(group.openFinding == 0)
        #expect(state.top.keyScope == .dialog)
        Fixture.press([.escape], &state)
        guard let closed = state.top as? GroupScreen else { Issue.record("Esc closes only the dialog"); return }
        #expect(closed.openFinding == nil)
    }

    @Test func tooSmallShowsOnlyTheMessageAndResizeRestores() {
        var state = Fixture.state()
        _ = App.update(&state, .resize(Size(width: 50, height: 12)))
        let lines = App.view(state).lines().joined(separator: "\n")
        #expect(lines.contains("Terminal te klein"))
        #expect(lines.contains("nodig 60×16, nu 50×12"))
        #expect(Fixture.press([.enter], &state).isEmpty)
        guard state.top is OverviewScreen else { Issue.record("keys do nothing while too small"); return }
        _ = App.update(&state, .resize(Size(width: 100, height: 30)))
        #expect(App.view(state).lines()[2].contains("Groep"))
    }

    @Test func brokenThemeFallsBackWithAMessage() {
        var state = Fixture.state()
        let fallback = BuiltInThemes.fallbackDefault
        _ = App.update(&state, .effectResult(.themeFailed(name: "mine", message: LocalizedText(nl: "themes/mine.json: geen geldige JSON", en: "themes/mine.json: not valid JSON"), fallback: fallback)))
        #expect(state.theme == fallback)
        #expect(state.message?.isError == true)
        let status = App.view(state).lines().last!
        #expect(status.contains("themes/mine.json: geen geldige JSON — standaardthema gebruikt"))  // Dutch: the fixture's language
        Fixture.press([.down], &state)
        #expect(state.message == nil)  // the next key clears it
    }

    @Test func reportsAreNotRecomputedPerKey() {
        // The catalog is a value computed at load; keys only move cursors.
        var state = Fixture.state()
        let before = state.catalog.rows
        Fixture.press([.down, .down, .enter, .tab, .escape, .end], &state)
        #expect(state.catalog.rows == before)
    }

    @Test func changedGroupRecomputesOnlyItsReport() {
        var catalog = GroupCatalog(groups: Fixture.demo.groups, supervisor: Fixture.demo.supervisor, today: Fixture.today)
        var group = catalog.groups[0]
        group.name = "Hernoemd"
        catalog.update(group)
        #expect(catalog.groups[0].name == "Hernoemd")
        #expect(catalog.reports[0].groupName == "Hernoemd")
        #expect(catalog.rows.contains { $0.name == "Hernoemd" })
    }
}
