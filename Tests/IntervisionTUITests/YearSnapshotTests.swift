import IntervisionCore
@testable import IntervisionApp
import Testing

/// The screens of the regulation's year as text plus roles, at 80×24 and 120×40 in Dutch and
/// English, on 10 December 2026: Internisten Noord has an ended year with errors that is not closed,
/// and its running year's plan exported, changed since, not yet submitted in GAIA.
@Suite("Screen snapshots: the regulation's year")
struct YearSnapshotTests {
    typealias World = YearKeysTests

    struct Scene: Sendable, CustomStringConvertible {
        var name: String
        var keys: [Key]
        var description: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "year-group", keys: []),
        Scene(name: "year-findings", keys: [.character("3")]),
        Scene(name: "year-finding-dialog", keys: [.character("3"), .enter]),
        Scene(name: "year-mark-submitted", keys: [.character("i")]),
        Scene(name: "year-close", keys: [.character("c")]),
        Scene(name: "year-meeting-warning", keys: [.character("n")]),
        Scene(name: "year-plan-form", keys: [.character("p")]),
        Scene(name: "year-evaluation-form", keys: [.character("v"), .tab]),
    ]

    @Test("screens", arguments: scenes, [Language.nl, .en])
    func screen(_ scene: Scene, _ language: Language) {
        for size in SnapshotTests.sizes {
            var state = World.onGroup(World.notSubmitted(changedSinceExport: true), size: size, language: language)
            Fixture.press(scene.keys, &state)
            Snapshot.check(App.view(state), named: "\(scene.name)-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }
}

/// Findings from more than one year say which; the overview's counts follow the years judged.
@Suite("Findings with their year")
struct YearFindingsTests {
    typealias World = YearKeysTests

    @Test func theFindingsTabNamesEachFindingsYearWhenThereIsMoreThanOne() throws {
        var state = World.onGroup()
        Fixture.press([.character("3")], &state)
        let lines = App.view(state).lines()
        #expect(lines[6].contains("Jaargang"))
        let attendance = try #require(lines.first { $0.contains("Thijs Visser was aanwezig") })
        #expect(attendance.contains("2025–2026"))
        let content = try #require(state.groupScreen.flatMap { state.content(of: $0) })
        #expect(content.report.spansSeveralYears)
        #expect(Set(content.findings.compactMap(\.year)).count == 2)
    }

    @Test func oneYearsFindingsNeedNoYearColumn() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("3")], &state)
        let lines = App.view(state).lines()
        #expect(lines[6].contains("Bevinding") && !lines[6].contains("Jaargang"))
    }

    @Test func theFindingDialogNamesTheYearAndWhereItStands() throws {
        var state = World.onGroup(size: Size(width: 120, height: 40))
        Fixture.press([.character("3")], &state)
        let content = try #require(state.groupScreen.flatMap { state.content(of: $0) })
        let index = try #require(content.findings.firstIndex { $0.year?.from == CivilDate(year: 2025, month: 12, day: 1) })
        Fixture.press(Array(repeating: .down, count: index) + [.enter], &state)
        #expect(World.text(state).contains("Jaargang: 01-12-2025 – 30-11-2026 (afgelopen, niet afgesloten)"))
    }

    @Test func theOverviewCountsTheEndedYearUntilItIsClosed() throws {
        var state = World.onGroup()
        let id = World.group(state).id
        func row() -> OverviewRow { state.catalog.rows.first { state.catalog.groups[$0.groupIndex].id == id }! }
        let report = try #require(state.report(id))
        #expect(row().errors == report.errorCount && row().warnings == report.warningCount)
        #expect(row().errors == 2)
        let withErrors = state.catalog.groupsWithErrors
        Fixture.press([.character("c"), .character("j")], &state)
        #expect(row().errors == 0)
        #expect(state.catalog.groupsWithErrors == withErrors - 1)
        #expect(row().warnings == state.report(id)!.warningCount)
    }
}
