import IntervisionCore
@testable import IntervisionTUI
import Testing

/// 100,000 seeded random events (keys, resizes down to 1×1, ticks, effect results) on the demo
/// data: the machine never crashes and its invariants hold after every event.
@Suite("Random events")
struct RandomEventTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace,
        .delete, .character("j"), .character("k"), .character("g"), .character("G"), .character("/"), .character("?"),
        .character("s"), .character("1"), .character("2"), .character("3"), .character("h"), .character("l"),
        .character("a"), .character("e"), .character("ë"), .character("日"), .character(" "), .control("u"),
        .function(1), .function(2), .character("q"), .control("c"),
        // MARK: - Yearly plan and exports (issue 5)
        .character("p"), .character("n"), .character("E"), .control("r"), .control("n"), .control("p"), .control("x"),
        .character("0"), .character("1"), .character("-"), .character("9"), .character("Z"), .enter, .tab, .down,
    ]

    @Test func hundredThousandEvents() {
        var random = SeededRandom(seed: 42)
        let demo = DemoData.generate(groups: 40, seed: 7, today: Fixture.today)
        var state = Fixture.state(groups: demo.groups)
        var views = 0
        for step in 0..<100_000 {
            let event: Event
            switch random.next(below: 100) {
            case 0..<3:
                event = .resize(Size(width: random.next(below: 160) + 1, height: random.next(below: 60) + 1))
            case 3:
                event = .tick
            case 4:
                event = .effectResult(.themeFailed(name: "x", message: LocalizedText(nl: "themes/x.json: fout", en: "themes/x.json: fault"), fallback: BuiltInThemes.fallbackDefault))
            default:
                event = .key(Self.keys[random.next(below: Self.keys.count)])
            }
            _ = App.update(&state, event)
            if !state.isRunning {
                // Quitting ends a session; start a new one from where the user was, keep going.
                state.isRunning = true
            }
            checkInvariants(state, step: step)
            if step % 50 == 0 {
                let canvas = App.view(state)
                #expect(canvas.cells.count == state.size.width * state.size.height)
                views += 1
            }
        }
        #expect(views == 2_000)
        // MARK: - Yearly plan and exports (issue 5): the random keys reach the plan form.
        #expect(PlanFormInvariants.checks.value > 1_000)
    }

    func checkInvariants(_ state: AppState, step: Int) {
        guard !state.stack.isEmpty else { Issue.record("empty stack at step \(step)"); return }
        for screen in state.stack {
            switch screen {
            case .firstStart:
                break
            case .overview(let overview):
                let count = overview.matches?.count ?? state.catalog.rows.count
                if !overview.cursor.isValid(count: count, height: Layout.overviewListHeight(state.size)) {
                    Issue.record("overview cursor \(overview.cursor) invalid for \(count) rows at step \(step)")
                }
                if let matches = overview.matches, matches.contains(where: { $0 >= state.catalog.rows.count }) {
                    Issue.record("filter match outside the rows at step \(step)")
                }
            case .group(let group):
                guard let content = state.content(of: group) else { Issue.record("group vanished at step \(step)"); continue }
                for tab in GroupTab.allCases where !group.cursors[tab.rawValue].isValid(count: content.count(of: tab), height: Layout.groupListHeight(state.size)) {
                    Issue.record("group cursor \(tab) invalid at step \(step)")
                }
                if let open = group.openFinding, open >= content.findings.count { Issue.record("dialog on a missing finding") }
            case .help(let help):
                if !help.cursor.isValid(count: HelpContent.lines.count, height: Layout.helpListHeight(state.size)) {
                    Issue.record("help cursor invalid at step \(step)")
                }
            case .settings(let settings):
                if !settings.cursor.isValid(count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size)) {
                    Issue.record("settings cursor invalid at step \(step)")
                }
            // MARK: - Yearly plan and exports (issue 5)
            case .planForm(let form):
                PlanFormInvariants.check(form, state, step: step)
            case .export(let export):
                if !export.rows.contains(export.row) { Issue.record("export dialog on a row it does not show at step \(step)") }
            case .newGroup:
                break
            }
        }
        // Help and Settings never stack on themselves more than a user could undo with Esc.
        if state.stack.count > 12 { Issue.record("stack grew to \(state.stack.count) at step \(step)") }
    }
}
