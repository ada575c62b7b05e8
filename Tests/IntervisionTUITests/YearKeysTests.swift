import Foundation
import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

/// The regulation's year in the app: the plan marked as submitted in GAIA (`i` on a group, Ctrl-G on
/// the plan form), and an ended year closed (`c`), each with its dialog and its refusals.
@Suite("The plan submitted in GAIA, a year closed")
struct YearKeysTests {
    /// 10 December 2026: Internisten Noord's year 01-12-2025 – 30-11-2026 has ended with two
    /// ATTENDANCE_75 errors and is not closed; its year from 01-12-2026 runs.
    static let today = CivilDate(year: 2026, month: 12, day: 10)!
    static let demo = DemoData.generate(groups: 8, seed: 1, today: today)
    static let name = "Internisten Noord"

    static func state(_ groups: [Group]? = nil, size: Size = Size(width: 80, height: 24), language: Language = .nl) -> AppState {
        AppState(size: size, today: today, settings: Settings(language: language), environmentLanguage: .en,
                 groups: groups ?? demo.groups, supervisor: demo.supervisor, firstStart: false, methods: Fixture.methods)
    }

    /// The group's screen, opened from the overview.
    static func onGroup(_ groups: [Group]? = nil, size: Size = Size(width: 80, height: 24), language: Language = .nl) -> AppState {
        var state = state(groups, size: size, language: language)
        let id = state.catalog.groups.first { $0.name == name }!.id
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter], &state)
        return state
    }

    static var internisten: Group { demo.groups.first { $0.name == name }! }

    /// Internisten Noord with its running plan (from 01-12-2026) exported but not submitted.
    static func notSubmitted(changedSinceExport: Bool = false) -> [Group] {
        demo.groups.map { group in
            guard group.name == name else { return group }
            var changed = group
            let index = changed.plans.firstIndex { $0.from == CivilDate(year: 2026, month: 12, day: 1) }!
            changed.plans[index].submitted = nil
            changed.plans[index].exported = nil
            changed.recordPlanExport(from: changed.plans[index].from, on: CivilDate(year: 2026, month: 11, day: 29)!, supervisor: demo.supervisor)
            if changedSinceExport { changed.remarks = "Gewijzigd na de export" }
            return changed
        }
    }

    static func group(_ state: AppState) -> Group { state.catalog.groups.first { $0.name == name }! }
    static func running(_ group: Group) -> YearPlan { group.plans.first { $0.from == CivilDate(year: 2026, month: 12, day: 1) }! }
    static func ended(_ group: Group) -> YearPlan { group.plans.first { $0.from == CivilDate(year: 2025, month: 12, day: 1) }! }
    static func text(_ state: AppState) -> String { App.view(state).lines().joined(separator: "\n") }

    // MARK: Submitted in GAIA

    @Test func iMarksThePlanStillToHandInAsSubmittedTodayAndUUndoesIt() throws {
        var state = Self.onGroup(Self.notSubmitted())
        // The header's most urgent action: the plan to submit, overdue.
        #expect(App.view(state).lines()[3].hasPrefix(" 13-11-2026  Jaarplan 2026/2027 indienen in GAIA, uiterlijk 13-11-2026"))
        Fixture.press([.character("i")], &state)
        let prompt = try #require(state.top as? MarkSubmittedPrompt)
        #expect(prompt.planFrom == CivilDate(year: 2026, month: 12, day: 1))
        #expect(prompt.date.text == "10-12-2026")
        #expect(Self.text(state).contains("Jaarplan 01-12-2026 – 30-11-2027 is ingediend in GAIA op:"))
        let before = Self.group(state)
        let effects = Fixture.press([.enter], &state)
        let after = Self.group(state)
        #expect(Self.running(after).submitted == Self.today)
        #expect(effects == [.saveGroup(after)])
        #expect(state.top is GroupScreen)
        #expect(state.message?.text.contains("ingediend in GAIA op 10-12-2026") == true)
        #expect(!Self.text(state).contains("indienen in GAIA, uiterlijk 13-11-2026"))
        Fixture.press([.character("u")], &state)
        #expect(Self.group(state) == before)
    }

    @Test func aDateTypedInThePromptIsTheDateMarkedAndOneAfterTodayIsRefused() throws {
        var state = Self.onGroup(Self.notSubmitted())
        Fixture.press([.character("i")], &state)
        let before = Self.group(state)
        Fixture.press(Array(repeating: .backspace, count: 10), &state)
        Fixture.type("11-12-2026", &state)
        #expect(Fixture.press([.enter], &state).isEmpty)
        let prompt = try #require(state.top as? MarkSubmittedPrompt, "the prompt stays, with the refusal")
        #expect(prompt.error == EditError.dateInFuture(CivilDate(year: 2026, month: 12, day: 11)!, today: Self.today).message)
        #expect(Self.text(state).contains("11-12-2026"))
        #expect(Self.group(state) == before)
        // A date that does not exist is refused too; a day before today is marked.
        Fixture.press(Array(repeating: .backspace, count: 10), &state)
        Fixture.type("31-11-2026", &state)
        Fixture.press([.enter], &state)
        #expect((state.top as? MarkSubmittedPrompt)?.error != nil)
        Fixture.press(Array(repeating: .backspace, count: 10), &state)
        Fixture.type("2026-12-02", &state)
        Fixture.press([.enter], &state)
        #expect(Self.running(Self.group(state)).submitted == CivilDate(year: 2026, month: 12, day: 2))
        // Esc closes the dialog without marking.
        Fixture.press([.character("i"), .escape], &state)
        #expect(state.top is GroupScreen)
        #expect(Self.running(Self.group(state)).submitted == CivilDate(year: 2026, month: 12, day: 2))
    }

    @Test func aPlanChangedAfterItsExportSaysSoOnTheGroupTheDialogAndThePlanForm() throws {
        var state = Self.onGroup(Self.notSubmitted(changedSinceExport: true), size: Size(width: 120, height: 40))
        #expect(Self.text(state).contains("Jaarplan: gewijzigd na export op 29-11-2026"))
        Fixture.press([.character("i")], &state)
        #expect(Self.text(state).contains("gewijzigd na export op 29-11-2026"))
        #expect(Self.text(state).contains("exporteer opnieuw"))
        Fixture.press([.escape, .character("p")], &state)
        let form = try #require(state.top as? PlanFormScreen)
        #expect(form.planFrom == CivilDate(year: 2026, month: 12, day: 1))
        #expect(Self.text(state).contains("gewijzigd na export op 29-11-2026"))
        Fixture.press([.escape, .character("E")], &state)
        #expect(state.top is ExportScreen)
        #expect(Self.text(state).contains("gewijzigd na export op 29-11-2026"))
    }

    @Test func exportingAgainEndsChangedAfterExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-year-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Self.onGroup(Self.notSubmitted(changedSinceExport: true))
        state.exportFolder = folder.path
        #expect(state.catalog.reports.contains { $0.planStatus == .changedSinceExport(CivilDate(year: 2026, month: 11, day: 29)!) })
        Fixture.press([.character("E")], &state)
        let effects = Fixture.press([.enter], &state)
        guard case .export = effects.first else { Issue.record("Enter asks to write: \(effects)"); return }
        var runner = StoreEffectRunner(store: InMemoryDataStore(), themes: ThemeLoader(dataFolder: nil), today: Self.today)
        // The export date is recorded once the store has it.
        for event in runner.run(effects[0]) { Fixture.answer(App.update(&state, event), &state) }
        #expect(state.top is GroupScreen)
        let text = Self.text(state)
        #expect(!text.contains("gewijzigd na export"))
        #expect(state.report(Self.group(state).id)?.planStatus == .exported(Self.today))
    }

    @Test func ctrlGOnThePlanFormMarksTheFormsPlan() throws {
        var state = Self.onGroup(Self.notSubmitted())
        Fixture.press([.character("p")], &state)
        #expect(Self.text(state).contains("geëxporteerd op 29-11-2026"))
        // Ctrl-G on an earlier year marks that one: the prompt names the form's plan.
        Fixture.press([.control("p"), .control("g")], &state)
        let earlier = try #require(state.top as? MarkSubmittedPrompt)
        #expect(earlier.planFrom == CivilDate(year: 2025, month: 12, day: 1))
        Fixture.press([.escape, .control("n"), .control("g")], &state)
        let prompt = try #require(state.top as? MarkSubmittedPrompt)
        #expect(prompt.planFrom == CivilDate(year: 2026, month: 12, day: 1))
        Fixture.press([.enter], &state)
        #expect(state.top is PlanFormScreen)
        #expect(Self.running(Self.group(state)).submitted == Self.today)
        #expect(Self.text(state).contains("ingediend in GAIA op 10-12-2026"))
    }

    @Test func ctrlGOnAPlanNotSavedYetIsRefusedWithAMessage() throws {
        var state = Self.onGroup()
        Fixture.press([.character("p"), .control("n")], &state)  // after the last plan: a new one, not saved yet
        let form = try #require(state.top as? PlanFormScreen)
        #expect(PlanFormContent(screen: form, state: state)?.planIndex == nil)
        #expect(Fixture.press([.control("g")], &state).isEmpty)
        #expect(state.top is PlanFormScreen)
        #expect(state.message == StatusMessage(YearPromptTexts.planNotSaved.nl, isError: true))
    }

    @Test func aGroupWithoutAPlanHasNothingToMark() {
        var group = Self.internisten
        group.plans = []
        group.meetings = []
        var state = Self.onGroup(Self.demo.groups.map { $0.name == Self.name ? group : $0 })
        #expect(Fixture.press([.character("i")], &state).isEmpty)
        #expect(state.top is GroupScreen)
        #expect(state.message?.isError == true)
    }

    // MARK: Closing a year

    @Test func cListsTheErrorsThatStayOpenAndClosesOnlyAfterYes() throws {
        var state = Self.onGroup()
        #expect(Self.text(state).contains("30-12-2026  Jaargang 2025/2026 afsluiten, uiterlijk 30-12-2026 (toets c)"))
        let before = Self.group(state)
        let errors = before.closingErrors(from: CivilDate(year: 2025, month: 12, day: 1)!, supervisor: Self.demo.supervisor, today: Self.today)
        #expect(errors.count == 2)
        Fixture.press([.character("c")], &state)
        let prompt = try #require(state.top as? CloseYearPrompt)
        #expect(prompt.year == Self.ended(before).period)
        #expect(prompt.errors == errors)
        let text = Self.text(state)
        #expect(text.contains("Jaargang 01-12-2025 – 30-11-2026 is afgelopen. Afsluiten?"))
        #expect(text.contains("Deze 2 fouten blijven open:"))
        #expect(text.contains("!! Thijs Visser was aanwezig bij 4 van de 6"))
        // No: nothing changes.
        #expect(Fixture.press([.character("n")], &state).isEmpty)
        #expect(state.top is GroupScreen && Self.group(state) == before)
        // Yes: closed today; the year's findings leave the screen.
        Fixture.press([.character("c")], &state)
        let effects = Fixture.press([.character("j")], &state)
        let after = Self.group(state)
        #expect(Self.ended(after).closed == Self.today)
        #expect(effects == [.saveGroup(after)])
        let report = try #require(state.report(after.id))
        #expect(!report.years.contains { $0.period == Self.ended(after).period })
        #expect(!report.findings.contains { $0.year == Self.ended(after).period })
        #expect(!Self.text(state).contains("afsluiten (toets c)"))
        #expect(state.message?.text.contains("jaargang 01-12-2025 – 30-11-2026 afgesloten") == true)
        Fixture.press([.character("u")], &state)
        #expect(Self.group(state) == before)
    }

    @Test func cWithoutAnEndedYearSaysWhenTheRunningOneEnds() {
        var state = Self.onGroup()
        Fixture.press([.character("c"), .character("y")], &state)
        #expect(Self.ended(Self.group(state)).closed == Self.today)
        #expect(Fixture.press([.character("c")], &state).isEmpty)
        #expect(state.top is GroupScreen)
        #expect(state.message?.text == "Geen afgelopen jaargang om af te sluiten; jaargang 01-12-2026 – 30-11-2027 loopt tot en met 30-11-2027.")
    }

    @Test func aYearWithoutErrorsIsClosedAfterAQuestionToo() throws {
        var group = Self.internisten
        let index = group.plans.firstIndex { $0.from == CivilDate(year: 2025, month: 12, day: 1) }!
        for meeting in group.meetings.indices where group.plans[index].contains(group.meetings[meeting].date) {
            for entry in group.meetings[meeting].attendance.indices { group.meetings[meeting].attendance[entry].present = true }
        }
        var state = Self.onGroup(Self.demo.groups.map { $0.name == Self.name ? group : $0 })
        Fixture.press([.character("c")], &state)
        let prompt = try #require(state.top as? CloseYearPrompt)
        #expect(prompt.errors.isEmpty)
        #expect(Self.text(state).contains("Deze jaargang heeft geen fouten."))
        Fixture.press([.escape], &state)
        #expect(Self.ended(Self.group(state)).closed == nil)
    }

    @Test func manyErrorsAreListedAsFarAsTheyFitAndTheRestCounted() {
        let errors = (1...30).map { index in
            Finding(rule: .attendance75, severity: .error, groupID: "g", groupName: "G",
                    message: LocalizedText(nl: "Fout nummer \(index)", en: "Error number \(index)"))
        }
        let lines = CloseYearPrompt.errorLines(errors, room: 6, width: 60, language: .nl)
        #expect(lines.map(\.text) == ["!! Fout nummer 1", "!! Fout nummer 2", "!! Fout nummer 3", "!! Fout nummer 4", "!! Fout nummer 5", "… en nog 25"])
        #expect(CloseYearPrompt.errorLines(Array(errors.prefix(6)), room: 6, width: 60, language: .nl).count == 6)
    }
}
