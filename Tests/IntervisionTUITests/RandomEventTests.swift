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

    /// Back to the overview from anywhere: Esc closes and goes back, a second Esc leaves a plan
    /// form whose field it reverted, `j` says yes to dropping changes (and moves a list elsewhere).
    static let home: [Key] = Array(repeating: [Key.escape, .escape, .character("j")], count: 6).flatMap { $0 }

    static func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    /// From the overview, on the n-th group, the keys that end in each kind of save (so every kind
    /// meets every refusal).
    static func macro(_ kind: String, _ n: Int) -> [Key] {
        Array(repeating: Key.down, count: n % 40) + macroKeys(kind, n)
    }

    private static func macroKeys(_ kind: String, _ n: Int) -> [Key] {
        switch kind {
        case "meeting":
            // A new meeting today, or (mostly: a group has one meeting a day) a change of a held one.
            if n % 4 == 0 { return [.enter, .character("n"), .control("s")] }
            return [.enter, .character("2")] + Array(repeating: .down, count: n % 5) + [.enter, .control("s")]
        case "member": return [.enter, .character("1"), .character("a")] + typing("Nieuw Lid \(n)") + [.control("s")]
        case "evaluation": return n % 4 == 0 ? [.enter, .character("v"), .control("s")] : [.enter, .character("5"), .enter, .control("s")]
        case "plan": return [.character("p")] + typing("Groep \(n)") + [.tab, .control("s")]
        case "newGroup": return [.character("n")] + typing("Nieuw \(n)") + [.enter]
        case "delete": return [.enter, .character("2"), .character("d"), .character("j")]
        case "markLeft": return [.enter, .character("1"), .character("x"), .enter]
        case "undo": return [.enter, .character("u")]
        case "profile": return [.character("s"), .end, .enter, .character("A"), .control("s")]
        case "settings": return [.character("s"), .right]
        case "planSubmitted": return [.enter, .character("i"), .enter]
        // The file is read by the runtime: its answers follow (`importAnswers`).
        case "imported": return [.character("i")] + typing("/x.json") + [.enter]
        // The export date of a final plan; now and then the encrypted group file's passphrase instead.
        default: return n % 3 == 0 ? [.enter, .character("E"), .right, .right, .right, .enter] : [.character("p"), .control("x"), .enter]
        }
    }

    /// (Closing a year needs a year that ended and is not closed, which the demo at this date has
    /// not: `SaveRefusalTests` refuses that save.)
    static let saveKinds = ["meeting", "member", "evaluation", "plan", "newGroup", "delete", "markLeft", "undo", "profile", "settings",
                            "planSubmitted", "imported"]

    /// What the runtime answers an import macro: the file holds a group (the n-th, changed), once
    /// in two after asking for its passphrase; then Enter takes it in.
    static func importAnswers(_ groups: [Group], _ n: Int) -> [Event] {
        var incoming = groups[n % groups.count]
        incoming.remarks = "Uit het bestand \(n)"
        var events: [Event] = []
        if n % 2 == 0 {
            events.append(.effectResult(.share(.handoverNeedsPassphrase(path: "/x.age"))))
            events += (typing("geheim") + [.enter]).map { .key($0) }
        }
        events.append(.effectResult(.share(.handoverOpened(path: "/x.json", group: incoming, usableID: true))))
        events.append(.key(.enter))
        return events
    }

    /// 100,000 seeded random steps (keys, resizes down to 1×1, ticks, effect results, and now and
    /// then the keys of one kind of save) on 40 demo groups, with a data folder that refuses two
    /// saves in five in every way the store can. After every event the machine's invariants hold,
    /// and the save contract: the screens show exactly what the store holds (nothing shown as saved
    /// that was not), a refusal is shown over the screen that asked with everything typed in it
    /// kept, an undo step exists only for a confirmed save, and a group changed elsewhere saves
    /// again once it is read again.
    @Test func hundredThousandEvents() {
        var random = SeededRandom(seed: 42)
        let demo = DemoData.generate(groups: 40, seed: 7, today: Fixture.today)
        var state = Fixture.state(groups: demo.groups)
        var store = RefusingStore(state, seed: 9)
        var views = 0
        var reached: Set<String> = []
        var reloads = 0
        var savedAfterReload = 0
        var reloadedIDs: Set<GroupID> = []
        var macros = 0
        var step = 0

        /// One event, its answers, and the checks.
        func feed(_ event: Event) {
            let undoBefore = state.undo
            let messageBefore = state.message
            let effects = App.update(&state, event)
            // What the screen that asked holds once it has asked (before the store answers).
            let asker = state.isBusy ? Self.typed(state.top) : nil
            let askerKind = state.isBusy ? Self.kind(of: state.top) : ""
            if effects.contains(where: { if case .reload(.group) = $0 { return true } else { return false } }) { reloads += 1 }
            let saving = effects.compactMap { effect -> GroupID? in if case .saveGroup(let group) = effect { return group.id } else { return nil } }
            let answers = store.answer(effects, &state)
            if answers.confirmedGroupSave, saving.contains(where: reloadedIDs.contains) { savedAfterReload += 1 }
            if case .effectResult(.reloaded(.group(let id, _, _))) = event { reloadedIDs.insert(id) }
            for case .reload(.group(let id)) in effects { reloadedIDs.insert(id) }
            if !state.isRunning {
                // Quitting ends a session; start a new one from where the user was, keep going.
                state.isRunning = true
            }
            checkInvariants(state, step: step)
            checkSaves(state, store: store, step: step, full: step % 100 == 0)
            if answers.refused {
                // The refusal is shown over the screen that asked, which keeps everything typed.
                if let dialog = state.top as? SaveRefusedDialog {
                    let below = dialog.covered?.screen ?? state.stack[state.stack.count - 2]
                    if let asker, Self.typed(below) != asker {
                        Issue.record("\(askerKind) lost what was typed on a refusal at step \(step)")
                    }
                } else {
                    Issue.record("a refusal not shown (top: \(Self.kind(of: state.top))) at step \(step)")
                }
            }
            if state.undo != undoBefore, state.undo != nil, !answers.confirmedGroupSave {
                Issue.record("an undo step for a save the store did not confirm at step \(step)")
            }
            if let message = state.message, message != messageBefore, !answers.confirmedGroupSave,
               ["Bewaard:", "Saved:", "Ongedaan gemaakt", "Undone", "Verwijderd:", "Deleted:"].contains(where: message.text.hasPrefix) {
                Issue.record("'\(message.text)' without a confirmed save at step \(step)")
            }
            reached.insert(Self.kind(of: state.top))
            step += 1
        }

        while step < 100_000 {
            switch random.next(below: 100) {
            case 0..<3:
                feed(.resize(Size(width: random.next(below: 160) + 1, height: random.next(below: 60) + 1)))
            case 3:
                feed(.tick)
            case 4:
                feed(.effectResult(.themeFailed(name: "x", message: LocalizedText(nl: "themes/x.json: fout", en: "themes/x.json: fault"), fallback: BuiltInThemes.fallbackDefault)))
            case 5:
                // What the runtime may answer the sharing screens, at any moment.
                feed(.effectResult(.share(Self.sharedResults(demo.groups)[random.next(below: 8)])))
            case 6, 7, 8:
                // The keys of one kind of save, from the overview, at a size that shows the screens.
                macros += 1
                if state.isTooSmall { feed(.resize(Size(width: 100, height: 30))) }
                // Random keys in Settings may have made the user a contact person, whose Enter opens plans.
                state.settings.role = .supervisor
                let kinds = Self.saveKinds + ["exportDate"]
                // Half the time the kind of save refused least so far, so that every kind meets every refusal.
                let least = kinds.min { store.fewestRefusals($0) < store.fewestRefusals($1) }!
                let chosen = random.next(below: 2) == 0 ? least : kinds[random.next(below: kinds.count)]
                for key in Self.home + Self.macro(chosen, macros) { feed(.key(key)) }
                if chosen == "imported" { for event in Self.importAnswers(demo.groups, macros) { feed(event) } }
                // Refused: read the file again when offered (r), or go back to what was typed and try again.
                if state.top is SaveRefusedDialog {
                    let again = KeyTable.action(for: .control("s"), in: state.stack[state.stack.count - 2].keyScope) == .save
                    let keys: [[Key]] = [[.character("r")], [.character("r"), .control("s")], [.escape] + (again ? [.control("s")] : [])]
                    for key in keys[random.next(below: keys.count)] { feed(.key(key)) }
                }
            default:
                feed(.key(Self.keys[random.next(below: Self.keys.count)]))
            }
            if step % 50 == 0 {
                let canvas = App.view(state)
                #expect(canvas.cells.count == state.size.width * state.size.height)
                views += 1
            }
        }
        #expect(views > 800)
        // The random keys reach the plan form.
        #expect(PlanFormInvariants.checks.value > 1_000)
        // The new screens are reached, not just compiled.
        for kind in ["meetingForm", "memberForm", "evaluationForm", "confirmDelete", "meetingResult", "methodSteps", "markLeft",
                     "discardChanges", "export", "profileForm", "saveRefused", "import", "passphrase", "agenda"] {
            #expect(reached.contains(kind), "never reached \(kind)")
        }
        // Every kind of save met every kind of refusal, and groups read again saved again.
        for kind in Self.saveKinds {
            for refusal in RefusingStore.Kind.allCases {
                #expect((store.fed[kind]?[refusal] ?? 0) > 0, "\(kind) never refused as \(refusal)")
            }
        }
        #expect(reloads > 20, "read again \(reloads) times")
        #expect(savedAfterReload > 5, "saved after a reload \(savedAfterReload) times")
        let table = store.fed.sorted { $0.key < $1.key }.map { kind, counts in
            kind + ": " + RefusingStore.Kind.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        }
        print("Confirmed: \(store.confirmed.sorted { $0.key < $1.key })")
        print("Refusals fed (\(macros) save sequences, \(reloads) reloads, \(savedAfterReload) saves after a reload):\n" + table.joined(separator: "\n"))
    }

    /// What the user typed into a screen that saves (nil for other screens): it must survive a refusal.
    static func typed(_ screen: any Screen) -> String? {
        switch screen {
        case let form as MeetingForm:
            let absences = form.absences.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key):\($0.value.reason):\($0.value.excused)" }
            return ([form.date.text, form.duration.text, form.topic.text, form.method.text] + absences).joined(separator: "|")
        case let form as MemberForm:
            return form.fields.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value.text).joined(separator: "|") + "|\(form.contact)"
        case let form as EvaluationForm:
            return ([form.date.text, "\(form.participants)"] + EvaluationQuestion.allCases.map { form.answers[$0]?.text ?? "" }).joined(separator: "|")
        case let form as PlanFormScreen:
            return "\(String(describing: form.draft))|\(form.drafts.sorted { "\($0.key)" < "\($1.key)" })"
        case let form as ProfileForm:
            return form.fields.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value.text).joined(separator: "|") + "|\(String(describing: form.registration))"
        case let prompt as MarkLeftPrompt:
            return prompt.date.text
        case let dialog as NewGroupScreen:
            return dialog.name.text
        default:
            return nil
        }
    }

    /// The screens show what the store holds: every group, the profile.
    func checkSaves(_ state: AppState, store: RefusingStore, step: Int, full: Bool) {
        guard !state.isBusy else { Issue.record("the store left a question unanswered at step \(step)"); return }
        if !state.pendingSaves.isEmpty { Issue.record("a save pending with the store idle at step \(step)") }
        if state.catalog.supervisor != store.profile { Issue.record("profile shown differs from the store's at step \(step)") }
        let groups = full ? state.catalog.groups : state.catalog.groups.filter { store.stale.contains($0.id) }
        for group in groups where store.known[group.id] != group {
            Issue.record("\(group.id) shown as the store does not hold it at step \(step)")
        }
        if full, let undo = state.undo, store.known[undo.after.id] != undo.after, state.group(undo.after.id) == undo.after {
            Issue.record("an undo step for a version the store never took at step \(step)")
        }
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
        case is SaveRefusedDialog: return "saveRefused"
        case is PlanFormScreen: return "planForm"
        case is NewGroupScreen: return "newGroup"
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
