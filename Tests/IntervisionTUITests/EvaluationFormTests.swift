import Foundation
import IntervisionCore
import IntervisionExport
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

extension AppState {
    var evaluationForm: EvaluationForm? { top as? EvaluationForm }
}

@Suite("The annual evaluation")
struct EvaluationFormTests {
    @Test func recordWhoTookPartAndTheAnswersTypedInPlace() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("v")], &state)
        var form = try #require(state.evaluationForm)
        #expect(form.date.text == "22-11-2026")
        #expect(form.participants == Fixture.chirurgen.members(on: Fixture.today).map(\.id))
        var screen = Fixture.text(state)
        #expect(screen.contains("Deelnemers: 8 van 8 (Spatie: doet mee)"))
        #expect(screen.contains(EvaluationQuestion.wentWell.text.nl))
        #expect(screen.contains("Noem bijvoorbeeld drie dingen"))

        // Petra (the second name) did not take part (the year comes between the date and the names).
        Fixture.press([.tab, .tab, .right, .character(" ")], &state)
        #expect(Fixture.text(state).contains("Deelnemers: 7 van 8"))
        // A long answer wraps; Enter starts a new line; Backspace removes the last character.
        Fixture.press([.tab], &state)
        #expect(state.top.keyScope == .answer)
        Fixture.type("Veilige sfeer, iedereen bracht een casus in en de begeleiding was scherp maar warm; dat houden we zo.", &state)
        Fixture.press([.enter], &state)
        Fixture.type("Tweede regelx", &state)
        Fixture.press([.backspace], &state)
        form = try #require(state.evaluationForm)
        let area = try #require(form.answers[.wentWell])
        #expect(area.text.hasSuffix("dat houden we zo.\nTweede regel"))
        #expect(area.lines(width: 76).count == 3)
        screen = Fixture.text(state)
        #expect(screen.contains("  Veilige sfeer, iedereen bracht een casus in en de begeleiding was scherp"))
        #expect(screen.contains("  maar warm; dat houden we zo."))
        #expect(screen.contains("  Tweede regel"))
        // ↑ moves up a line inside the answer, Home to its start: typing lands there.
        Fixture.press([.up, .home], &state)
        Fixture.type("» ", &state)
        #expect(state.evaluationForm?.answers[.wentWell]?.text.contains("\n") == true)
        #expect(state.evaluationForm?.answers[.wentWell]?.lines(width: 76).count == 3)
        // Down past the last line goes to the next question.
        Fixture.press([.down, .down], &state)
        #expect(state.evaluationForm?.focus == .answer(.toImprove))
        Fixture.type("Strakker op tijd eindigen: een wekker op tafel.", &state)

        let effects = Fixture.press([.control("s")], &state)
        let group = state.current()
        #expect(effects == [.saveGroup(group)])
        let saved = try #require(group.evaluations.first { $0.date == Fixture.today })
        #expect(saved.participants.count == 7)
        #expect(!saved.participants.contains { group.member($0)?.name == "Petra Dijkstra" })
        #expect(saved.answers[.toImprove] == "Strakker op tijd eindigen: een wekker op tafel.")
        #expect(saved.answers[.wentWell]?.contains("» ") == true)
        #expect(saved.answers[.agreements] == nil)
        #expect(state.groupScreen?.tab == .evaluations)
        #expect(Fixture.text(state).contains("22-11-2026 2025–2026          7      2/6"))
    }

    @Test func theParticipantsAreWhoAttendedTheMeetingOfThatDate() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("v")], &state)
        // No meeting today: every member of the day.
        #expect(try #require(state.top as? EvaluationForm).participants.count == 8)
        // The meeting of 18-11-2026: those who were there.
        Fixture.press([.control("u")], &state)
        Fixture.type("18-11-2026", &state)
        let form = try #require(state.top as? EvaluationForm)
        let meeting = try #require(Fixture.chirurgen.meetings.first { $0.date == CivilDate(year: 2026, month: 11, day: 18) })
        let present = meeting.attendance.filter(\.present).map(\.memberID)
        #expect(present.count == 4)
        #expect(form.participants == present)
        #expect(Fixture.text(state).contains("4 van 8"))
    }

    @Test func theFormScrollsToWhatIsBeingTyped() throws {
        var state = Fixture.groupScreen(size: Size(width: 60, height: 16))
        Fixture.press([.character("v")], &state)
        Fixture.press(Array(repeating: .tab, count: 8), &state)  // the last question: other remarks
        let form = try #require(state.evaluationForm)
        #expect(form.focus == .answer(.notes))
        #expect(form.scroll > 0)
        let screen = Fixture.text(state)
        #expect(screen.contains(EvaluationQuestion.notes.text.nl))
        #expect(App.view(state).cursor != nil, "the cursor is in view")
    }

    @Test func editInPlaceAndARefusedDateKeepsTheAnswers() throws {
        var state = Fixture.groupScreen(language: .en)
        Fixture.press([.character("5"), .enter], &state)  // the newest: 2026-11-18
        var form = try #require(state.evaluationForm)
        let original = try #require(Fixture.chirurgen.evaluations.first { $0.date == CivilDate(year: 2026, month: 11, day: 18) })
        #expect(form.editing == original.id)
        #expect(form.date.text == "2026-11-18")
        #expect(form.answers[.wentWell]?.text == original.answers[.wentWell])
        Fixture.press([.control("u")], &state)
        Fixture.type("2027-06-01", &state)
        Fixture.press(Array(repeating: .tab, count: 7), &state)
        Fixture.type("Zes keer, data vooraf.", &state)
        #expect(Fixture.press([.control("s")], &state).isEmpty)
        form = try #require(state.evaluationForm)
        #expect(form.focus == .date)
        #expect(form.dateError?.en == "2027-06-01 is outside the year 2025-12-01 – 2026-11-30")
        #expect(Fixture.text(state).contains("2027-06-01 is outside the year"))
        #expect(form.answers[.agreements]?.text.hasSuffix("Zes keer, data vooraf.") == true)
        Fixture.press([.control("u")], &state)
        Fixture.type("2026-11-19", &state)
        Fixture.press([.control("s")], &state)
        let group = state.current()
        #expect(group.evaluations.count == Fixture.chirurgen.evaluations.count)
        let edited = try #require(group.evaluations.first { $0.id == original.id })
        #expect(edited.date == CivilDate(year: 2026, month: 11, day: 19))
        #expect(edited.answers[.agreements]?.hasSuffix("Zes keer, data vooraf.") == true)
    }

    @Test func deleteAnEvaluationAsksFirst() {
        var state = Fixture.groupScreen()
        Fixture.press([.character("5"), .character("d")], &state)
        #expect(Fixture.text(state).contains("Wilt u de evaluatie van 18-11-2026 verwijderen?"))
        Fixture.press([.character("j")], &state)
        #expect(state.current().evaluations.count == Fixture.chirurgen.evaluations.count - 1)
        Fixture.press([.character("u")], &state)
        #expect(state.current() == Fixture.chirurgen)
    }

    @Test func exportGoesThroughTheExportDialogNamedSafelyNeverOverwritingUnasked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.groupScreen()
        state.exportFolder = folder.path
        var runner = StoreEffectRunner(store: InMemoryDataStore(), themes: ThemeLoader(dataFolder: nil), today: Fixture.today)
        func run(_ effects: [Effect]) { for effect in effects { for event in runner.run(effect) { Fixture.answer(App.update(&state, event), &state) } } }

        // x on the newest evaluation: the export dialog on that evaluation, as Markdown.
        Fixture.press([.character("5"), .character("x")], &state)
        guard let export = state.top as? ExportScreen else { Issue.record("x opens the export dialog"); return }
        let evaluation = Fixture.chirurgen.evaluations.first { $0.date == CivilDate(year: 2026, month: 11, day: 18) }!
        #expect(export.choice == .evaluation)
        #expect(export.evaluation == evaluation)
        let expectedPath = folder.path + "/jaarevaluatie-2026-11-18-Chirurgen-Utrecht.md"
        var screen = Fixture.text(state)
        #expect(screen.contains("Jaarevaluatie van 18-11-2026"))
        #expect(screen.contains("‹ jaarevaluatie ›"))
        #expect(screen.contains("‹ Markdown ›"))
        // ↓ to the format, → HTML and back.
        Fixture.press([.down, .right], &state)
        guard let html = state.top as? ExportScreen else { return }
        #expect(html.request(state)?.fileName == "jaarevaluatie-2026-11-18-Chirurgen-Utrecht.html")
        #expect(Fixture.text(state).contains("‹ HTML ›"))
        Fixture.press([.left], &state)

        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = try #require(effects.first) else { Issue.record("Enter writes"); return }
        #expect(order.request.kind == .evaluation(.md) && order.request.evaluation == evaluation)
        #expect(order.force == false)
        run(effects)
        #expect(state.groupScreen != nil)
        #expect(state.message?.text == "Geschreven: \(expectedPath)")
        let data = EvaluationExport.render(.md, group: Fixture.chirurgen, evaluation: evaluation, supervisor: Fixture.demo.supervisor,
                                              today: state.today)
        #expect(try Data(contentsOf: URL(fileURLWithPath: expectedPath)) == data)

        // Again: the file exists, so the dialog asks; only a second Enter overwrites.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: expectedPath))
        Fixture.press([.character("x")], &state)
        run(Fixture.press([.enter], &state))
        screen = Fixture.text(state)
        #expect(screen.contains("bestaat al. Enter overschrijft het"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: expectedPath)) == Data("mine".utf8))
        let overwrite = Fixture.press([.enter], &state)
        guard case .export(let forced) = try #require(overwrite.first) else { return }
        #expect(forced.force)
        run(overwrite)
        #expect(try Data(contentsOf: URL(fileURLWithPath: expectedPath)) == data)
    }

    @Test func aGroupWithoutEvaluationSaysSoInTheDialog() throws {
        var group = Fixture.chirurgen
        group.evaluations = []
        var state = Fixture.groupScreen(groups: [group])
        Fixture.press([.character("E")], &state)  // the export dialog; choose the evaluation
        guard state.top is ExportScreen else { Issue.record("E opens the export dialog"); return }
        for _ in 0..<ExportChoice.allCases.count {
            if let export = state.top as? ExportScreen, export.choice == .evaluation { break }
            Fixture.press([.right], &state)
        }
        #expect(Fixture.text(state).contains("Deze groep heeft nog geen evaluatie; v legt haar vast."))
        #expect(Fixture.press([.enter], &state).isEmpty)
    }
}

@Suite("Text area")
struct TextAreaTests {
    @Test func wrapsAtSpacesAndBreaksLongWords() {
        let area = TextArea("een twee drie vier")
        #expect(area.lines(width: 9).map { String(area.characters[$0]) } == ["een twee ", "drie vier"])
        #expect(area.lines(width: 8).map { String(area.characters[$0]) } == ["een twee ", "drie ", "vier"])
        let long = TextArea("abcdefghijkl")
        #expect(long.lines(width: 5).map { String(long.characters[$0]) } == ["abcde", "fghij", "kl"])
        let breaks = TextArea("a\n\nb")
        #expect(breaks.lines(width: 5).map { String(breaks.characters[$0]) } == ["a", "", "b"])
        #expect(TextArea().lines(width: 5).count == 1)
    }

    @Test func cursorMovesByScreenLinesAndKeepsItsColumn() {
        var area = TextArea("een twee drie vier")
        #expect(area.location(width: 8) == (line: 2, column: 4))
        var moved = area.moveLine(-1, width: 8)
        #expect(moved && area.location(width: 8) == (line: 1, column: 4))
        moved = area.moveLine(-1, width: 8)
        #expect(moved && area.location(width: 8) == (line: 0, column: 4))
        moved = area.moveLine(-1, width: 8)
        #expect(!moved)
        area.handle(.end, width: 8)
        #expect(area.cursor == 8)  // before the space the line wraps at, shown in the last column
        #expect(area.location(width: 8) == (line: 0, column: 7))
        area.handle(.home, width: 8)
        area.insert("X")
        #expect(area.text == "Xeen twee drie vier")
    }

    @Test func editsByGrapheme() {
        var area = TextArea("Zoë 👍")
        area.handle(.backspace, width: 20)
        #expect(area.text == "Zoë ")
        area.handle(.left, width: 20)
        area.handle(.left, width: 20)
        area.handle(.delete, width: 20)
        #expect(area.text == "Zo ")
        area.insertNewline()
        #expect(area.text == "Zo\n ")
        #expect(area.location(width: 20) == (line: 1, column: 0))
    }
}
