import IntervisionCore
@testable import IntervisionApp
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
        .character("p"), .character("n"), .character("E"), .control("r"), .control("n"), .control("p"), .control("x"),
        .character("0"), .character("1"), .character("-"), .character("9"), .character("Z"), .enter, .tab, .down,
        .character("n"), .character("v"), .character("x"), .character("d"), .character("u"), .character("m"), .character("4"),
        .character("5"), .character("r"), .character("y"), .character("j"), .character("2"), .control("w"), .control("e"),
        .control("s"), .control("s"), .control("s"), .control("n"), .function(3), .up, .down, .tab, .enter, .escape, .character(" "),
        .character("i"), .character("S"), .control("g"), .character("c"),
    ]

    @Test func hundredThousandEvents() {
        var random = SeededRandom(seed: 42)
        let demo = DemoData.generate(groups: 40, seed: 7, today: Fixture.today)
        var state = Fixture.state(groups: demo.groups)
        var views = 0
        var reached: Set<String> = []
        var profileSaves = 0
        for step in 0..<100_000 {
            let event: Event
            switch random.next(below: 100) {
            case 0..<3:
                event = .resize(Size(width: random.next(below: 160) + 1, height: random.next(below: 60) + 1))
            case 3:
                event = .tick
            case 4:
                event = .effectResult(.themeFailed(name: "x", message: LocalizedText(nl: "themes/x.json: fout", en: "themes/x.json: fault"), fallback: BuiltInThemes.fallbackDefault))
            case 5:
                event = .effectResult(.share(Self.sharedResults(demo.groups)[random.next(below: 8)]))
            default:
                event = .key(Self.keys[random.next(below: Self.keys.count)])
            }
            let effects = App.update(&state, event)
            // A save comes back saved, or refused (a read-only file).
            for case .saveSupervisor(let profile) in effects {
                let result: EffectResult = random.next(below: 4) == 0
                    ? .failed(LocalizedText(nl: "profile.json: alleen lezen", en: "profile.json: read-only")) : .supervisorSaved(profile)
                _ = App.update(&state, .effectResult(result))
                profileSaves += 1
            }
            if !state.isRunning {
                // Quitting ends a session; start a new one from where the user was, keep going.
                state.isRunning = true
            }
            checkInvariants(state, step: step)
            reached.insert(Self.kind(of: state.top))
            if step % 50 == 0 {
                let canvas = App.view(state)
                #expect(canvas.cells.count == state.size.width * state.size.height)
                views += 1
            }
        }
        #expect(views == 2_000)
        // The random keys reach the plan form.
        #expect(PlanFormInvariants.checks.value > 1_000)
        // The new screens are reached, not just compiled.
        for kind in ["meetingForm", "memberForm", "evaluationForm", "confirmDelete", "meetingResult", "methodSteps", "markLeft",
                     "discardChanges", "export", "profileForm", "import", "passphrase", "agenda"] {
            #expect(reached.contains(kind), "never reached \(kind)")
        }
        // Saved (and refused) from the form, not just opened.
        #expect(profileSaves > 10, "the profile was saved \(profileSaves) times")
    }

    /// What the runtime may answer the sharing screens, at any moment (also when nobody asked).
    static func sharedResults(_ groups: [Group]) -> [ShareResult] {
        var changed = groups[0]
        changed.remarks = "van het bestand"
        let synced = SyncState(remote: "r", lastSync: LocalMoment(date: Fixture.today, hour: 9, minute: 0), unpushedCommits: 1)
        return [
            .pathCompletions(typed: "~/", [PathCandidate(name: "Downloads", isFolder: true), PathCandidate(name: "groep.json", isFolder: false)]),
            .handoverNeedsPassphrase(path: "/x.age"),
            .handoverOpened(path: "/x.json", group: changed, usableID: true),
            .handoverFailed(LocalizedText(nl: "/x: verkeerde wachtzin", en: "/x: wrong passphrase"), wrongPassphrase: true),
            .passphraseProposed("een-twee-drie-vier-vijf-zes"),
            .syncStatus(synced),
            .syncProgress(.merging),
            .synced(SyncSummary(sent: 1, received: 0, status: synced)),
        ]
    }

    static func kind(of screen: any Screen) -> String {
        switch screen {
        case is MeetingForm: return "meetingForm"
        case is MemberForm: return "memberForm"
        case is EvaluationForm: return "evaluationForm"
        case is ConfirmDeletePrompt: return "confirmDelete"
        case is DiscardChangesPrompt: return "discardChanges"
        case is MarkLeftPrompt: return "markLeft"
        case is MeetingResult: return "meetingResult"
        case is MethodPanel: return "methodSteps"
        case is ExportScreen: return "export"
        case is ProfileForm: return "profileForm"
        case is ImportScreen: return "import"
        case is PassphraseScreen: return "passphrase"
        case is SyncConflictScreen: return "syncConflict"
        case is AgendaScreen: return "agenda"
        default: return "other"
        }
    }

    func checkInvariants(_ state: AppState, step: Int) {
        guard !state.stack.isEmpty else { Issue.record("empty stack at step \(step)"); return }
        for screen in state.stack {
            switch screen {
            case let overview as OverviewScreen:
                let count = overview.matches?.count ?? state.catalog.rows.count
                if !overview.cursor.isValid(count: count, height: Layout.overviewListHeight(state.size)) {
                    Issue.record("overview cursor \(overview.cursor) invalid for \(count) rows at step \(step)")
                }
                if let matches = overview.matches, matches.contains(where: { $0 >= state.catalog.rows.count }) {
                    Issue.record("filter match outside the rows at step \(step)")
                }
            case let agenda as AgendaScreen:
                let lines = state.catalog.agendaLines
                if !agenda.cursor.isValid(count: lines.count, height: Layout.agendaListHeight(state.size)) {
                    Issue.record("agenda cursor \(agenda.cursor) invalid for \(lines.count) lines at step \(step)")
                }
                if lines.indices.contains(agenda.cursor.selected), lines[agenda.cursor.selected].action == nil {
                    Issue.record("agenda cursor on a heading at step \(step)")
                }
            case let group as GroupScreen:
                guard let content = state.content(of: group) else { Issue.record("group vanished at step \(step)"); continue }
                for tab in GroupTab.allCases where !group.cursors[tab.rawValue].isValid(count: content.count(of: tab), height: Layout.groupListHeight(state.size)) {
                    Issue.record("group cursor \(tab) invalid at step \(step)")
                }
                if let open = group.openFinding, open >= content.findings.count { Issue.record("dialog on a missing finding") }
            case let help as HelpScreen:
                if !help.cursor.isValid(count: HelpContent.lines.count, height: Layout.helpListHeight(state.size)) {
                    Issue.record("help cursor invalid at step \(step)")
                }
            case let settings as SettingsScreen:
                if !settings.cursor.isValid(count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size)) {
                    Issue.record("settings cursor invalid at step \(step)")
                }
            case let form as MeetingForm:
                guard let group = state.group(form.groupID) else { Issue.record("meeting form without its group at step \(step)"); continue }
                let count = form.attendanceMembers(group, today: state.today).count
                let height = MeetingFormLayout(form: form, size: state.size, language: state.language).listHeight
                if !form.list.isValid(count: count, height: height) { Issue.record("attendance cursor invalid at step \(step)") }
                if form.reason != nil && form.focus != .attendance { Issue.record("reason typed outside the list at step \(step)") }
            case let form as MemberForm:
                if !form.visibleFields.contains(form.focus) { Issue.record("member form focus on a hidden field at step \(step)") }
                if state.group(form.groupID) == nil { Issue.record("member form without its group at step \(step)") }
            case let form as EvaluationForm:
                guard let layout = form.layout(state), let group = state.group(form.groupID) else {
                    Issue.record("evaluation form without its group at step \(step)"); continue
                }
                if form.scroll < 0 || form.scroll > max(0, layout.lines.count - layout.visibleHeight) {
                    Issue.record("evaluation scroll \(form.scroll) outside 0...\(layout.lines.count - layout.visibleHeight) at step \(step)")
                }
                let candidates = form.candidates(group, today: state.today).count
                if form.participantCursor < 0 || (candidates > 0 && form.participantCursor >= candidates) {
                    Issue.record("participant cursor outside the list at step \(step)")
                }
            case let form as PlanFormScreen:
                PlanFormInvariants.check(form, state, step: step)
            case let export as ExportScreen:
                if !export.rows.contains(export.row) { Issue.record("export dialog on a row it does not show at step \(step)") }
            case let screen as ImportScreen:
                let last = max(0, screen.reviewLineCount(state) - Layout.importReviewHeight(state.size))
                if screen.scroll < 0 || screen.scroll > last { Issue.record("import review scrolled to \(screen.scroll) of 0...\(last) at step \(step)") }
                if (screen.step == .review) != (screen.review != nil) { Issue.record("import review without changes at step \(step)") }
            case let screen as PassphraseScreen:
                if screen.isWriting && !(screen.first.isEmpty && screen.second.isEmpty) { Issue.record("a passphrase kept while writing at step \(step)") }
            case let form as ProfileForm:
                if !form.visibleFields.contains(form.focus) { Issue.record("profile form focus on a hidden field at step \(step)") }
                if form.visibleFields.contains(.hours) != (form.registration == .lvsc) { Issue.record("hours shown off the LVSC route at step \(step)") }
                if form.errors.keys.contains(where: { !form.visibleFields.contains($0) }) { Issue.record("a refusal by a hidden field at step \(step)") }
            default:
                break
            }
        }
        // Every report judged with the profile the catalog holds.
        if step % 50 == 0 {
            let expected = Supervisor.registrationShortfall(state.catalog.supervisor) != nil
            if state.catalog.reports.contains(where: { $0.findings.contains { $0.rule == .supervisorRegistration } != expected }) {
                Issue.record("SUPERVISOR_REGISTRATION out of step with the profile at step \(step)")
            }
        }
        // Every screen, a dialog too, has a name in the trail (help opened over it shows it).
        if App.trail(state).contains("") { Issue.record("an empty step in the trail \(App.trail(state)) at step \(step)") }
        // A dialog is always over another screen, never over a dialog.
        for index in state.stack.indices where state.stack[index] is any DialogScreen {
            if index == 0 { Issue.record("a dialog at the bottom of the stack at step \(step)") }
            if index > 0, state.stack[index - 1] is any DialogScreen { Issue.record("a dialog over a dialog at step \(step)") }
        }
        // Whatever happened, nothing of the catalog broke: every group still has its report.
        if state.catalog.reports.count != state.catalog.groups.count { Issue.record("reports out of step with groups at step \(step)") }
        // Help and Settings never stack on themselves more than a user could undo with Esc.
        if state.stack.count > 12 { Issue.record("stack grew to \(state.stack.count) at step \(step)") }
    }
}
