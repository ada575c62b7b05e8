import IntervisionCore
@testable import IntervisionApp
import Testing

/// The status bar's hints when room is short (80 columns, a synced folder's state at the right, the
/// reminder of what is due): the least important go first, in the key table's order, and the help
/// hint never goes, so help is always findable.
@Suite("Status bar: the hints that fit")
struct StatusBarTests {
    /// A synced folder, last synced a week ago, with commits to push and a conflict: its longest state.
    static let synced = SyncState(remote: "r", lastSync: LocalMoment(date: Fixture.today.adding(days: -7), hour: 9, minute: 5),
                                  unpushedCommits: 2)

    static func hintLine(_ scope: KeyScope, _ language: Language, width: Int = 80, synced: Bool = true) -> String {
        var state = Fixture.state(Size(width: width, height: 24), language: language, groups: ConflictFixture.groups)
        if synced {
            _ = App.update(&state, .effectResult(.share(.syncStatus(Self.synced))))
        } else {
            state.reminder = nil
        }
        var canvas = Canvas(size: state.size)
        Chrome.drawStatusBar(&canvas, scope: scope, state: state, withReminder: true)
        return canvas.lines()[23]
    }

    @Test("help stays in every scope's bar at 80×24 with the sync state", arguments: [Language.nl, .en])
    func helpIsNeverDropped(_ language: Language) {
        for scope in KeyScope.allCases {
            let hints = KeyTable.hints(for: scope)
            guard let help = hints.first(where: { $0.hint == .help }) else { continue }
            let line = Self.hintLine(scope, language)
            #expect(line.contains(" \(help.keys) \(help.hint.text.text(language)) "), "\(scope): |\(line)|")
            #expect(line.hasSuffix("S ⇅ 15-11-2026 ↑2 !1 ") || line.hasSuffix("S ⇅ 2026-11-15 ↑2 !1 "), "\(scope): |\(line)|")
        }
    }

    @Test("what goes is the least important", arguments: [Language.nl, .en])
    func theLeastImportantGoFirst(_ language: Language) {
        for scope in KeyScope.allCases {
            let hints = KeyTable.hints(for: scope)
            let line = Self.hintLine(scope, language)
            let shown = hints.map { line.contains(" \($0.keys) \($0.hint.text.text(language)) ") }
            // Apart from help: shown, shown, …, dropped, dropped (never a gap before a hint shown).
            let others = zip(hints, shown).filter { $0.0.hint != .help }.map(\.1)
            #expect(!others.drop { $0 }.contains(true), "\(scope): |\(line)|")
        }
    }

    /// The dialogs where the sync state used to push F1 out: two versions of a record, the export.
    @Test func theDialogsKeepF1BesideTheSyncState() throws {
        var state = try ConflictFixture.onFinding()
        _ = App.update(&state, .effectResult(.share(.syncStatus(Self.synced))))
        Fixture.press([.enter], &state)
        #expect(state.top is SyncConflictScreen)
        let bar = App.view(state).lines()[23]
        #expect(bar.contains("F1 help") && bar.contains("S ⇅ 15-11-2026 ↑2 !1"), "|\(bar)|")
    }

    /// From 100 columns the overview has room for `i` (the import) in both languages, once the
    /// reminder of what is due has made way; in English for every hint.
    @Test func theOverviewShowsTheImportFrom100Columns() {
        #expect(Self.hintLine(.overview, .nl, width: 100, synced: false).contains(" p jaarplan  i importeer "))
        #expect(Self.hintLine(.overview, .en, width: 100, synced: false)
            == " ↑↓ move  Enter open  a agenda  / filter  ? help  s settings  q quit  p plan  i import  n new group ")
    }
}
