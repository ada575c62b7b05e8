import IntervisionCore
import IntervisionExport

/// The export dialog: ↑/↓ rows, ←/→ change a value, the folder is typed in place, Enter writes,
/// Esc closes. Writing is an effect; its result comes back as `exported` or `exportFailed`.
extension App {
    static func exportScreen(for groupID: GroupID, planFrom: CivilDate?, _ state: AppState) -> ExportScreen? {
        guard let group = state.catalog.groups.first(where: { $0.id == groupID }) else { return nil }
        let from = planFrom ?? group.workingPlanIndex(today: state.today).map { group.plans[$0].from }
        let plan = group.plans.first { $0.from == from }
        // The contact person hands the group's file to the supervisor; the supervisor hands the plan to GAIA.
        let choice: ExportChoice = state.settings.role == .contactPerson ? .groupFile : .plan
        var screen = ExportScreen(groupID: groupID, planFrom: plan?.from, choice: choice, folder: state.exportFolder)
        if let plan { screen.draft = !PlanCompleteness.missingFields(group: group, plan: plan, supervisor: state.catalog.supervisor).isEmpty }
        // MARK: - Meetings and evaluation (issue 4): the evaluation on offer is the latest.
        screen.evaluation = group.evaluations.max { $0.date < $1.date }
        return screen
    }

    static func export(_ key: Key, _ action: Action?, _ screen: inout ExportScreen, _ state: inout AppState) -> Outcome {
        let rows = screen.rows
        let position = rows.firstIndex(of: screen.row) ?? 0
        switch action {
        case .moveUp:
            screen.row = rows[max(0, position - 1)]
            return Outcome()
        case .moveDown:
            screen.row = rows[min(rows.count - 1, position + 1)]
            return Outcome()
        case .back:
            return Outcome([], .pop)
        case .runExport:
            return Outcome(run(&screen, &state))
        case .help:
            return common(action, &state) ?? Outcome()
        case .nextValue where screen.row != .folder, .previousValue where screen.row != .folder:
            change(&screen, by: action == .nextValue ? 1 : -1, state)
        default:
            guard screen.row == .folder, screen.folder.handle(key) else { return Outcome() }
        }
        screen.overwrite = nil
        screen.failure = nil
        return Outcome()
    }

    private static func change(_ screen: inout ExportScreen, by step: Int, _ state: AppState) {
        func cycle<T: CaseIterable & Equatable>(_ value: T) -> T {
            let all = Array(T.allCases)
            return all[(all.firstIndex(of: value)! + step + all.count) % all.count]
        }
        switch screen.row {
        case .what: screen.choice = cycle(screen.choice)
        case .format:
            switch screen.choice {
            case .plan: screen.planFormat = cycle(screen.planFormat)
            // MARK: - Meetings and evaluation (issue 4)
            case .evaluation: screen.evaluationFormat = cycle(screen.evaluationFormat)
            default: screen.attendanceFormat = cycle(screen.attendanceFormat)
            }
        case .draft: screen.draft.toggle()
        case .folder: break
        }
        if !screen.rows.contains(screen.row) { screen.row = .what }
    }

    /// The plan the chosen export is about: the yearly plan and calendar the dialog's plan; the
    /// attendance list the year the rules judge (the meetings held).
    static func exportPlan(_ screen: ExportScreen, _ group: Group, _ state: AppState) -> YearPlan? {
        let plan = screen.planFrom.flatMap { from in group.plans.first { $0.from == from } }
        if screen.choice == .attendance, let index = state.catalog.groups.firstIndex(where: { $0.id == group.id }) {
            return state.catalog.reports[index].year ?? plan
        }
        return plan
    }

    /// What the dialog would write, or why it cannot.
    static func exportOrder(_ screen: ExportScreen, _ state: AppState) -> Result<ExportOrder, ExportRefusalText> {
        guard let group = state.catalog.groups.first(where: { $0.id == screen.groupID }) else { return .failure(.init(.planNoGroup)) }
        let plan = exportPlan(screen, group, state)
        let supervisor = state.catalog.supervisor
        let content = exportContent(screen)
        // MARK: - Meetings and evaluation (issue 4): an evaluation needs no plan, but must exist.
        if case .evaluation(nil, _) = content { return .failure(.init(.exportNoEvaluation)) }
        if case .document(let kind, let draft) = content {
            guard let plan else { return .failure(.init(.exportNoPlan)) }
            if case .plan = kind, !draft {
                let missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: supervisor)
                if !missing.isEmpty { return .failure(ExportRefusalText(ExportRefusal.incompletePlan(missing: missing).message)) }
            }
        }
        return .success(ExportOrder(content: content, group: group, plan: plan, supervisor: supervisor, folder: screen.folder.text,
                                    fileName: exportFileName(content, groupName: group.name), force: screen.overwrite != nil))
    }

    static func exportContent(_ screen: ExportScreen) -> ExportOrder.Content {
        switch screen.choice {
        case .plan: return .document(.plan(screen.planFormat), draft: screen.draft)
        case .attendance: return .document(.attendance(screen.attendanceFormat), draft: false)
        case .calendar: return .document(.calendar, draft: false)
        case .groupFile: return .groupFile
        // MARK: - Meetings and evaluation (issue 4)
        case .evaluation: return .evaluation(screen.evaluation, screen.evaluationFormat)
        }
    }

    /// `jaarplan-<group>.docx`, …, `groep-<group>.json`: safe for any group name (`ExportFile`).
    static func exportFileName(_ content: ExportOrder.Content, groupName: String) -> String {
        switch content {
        case .document(let kind, _): return ExportJob.fileName(kind, groupName: groupName)
        case .groupFile: return ExportFile.safeName(for: groupName, kind: "groep", ext: "json")
        // MARK: - Meetings and evaluation (issue 4)
        case .evaluation(let evaluation, let format):
            guard let evaluation else { return ExportFile.safeName(for: groupName, kind: "jaarevaluatie", ext: format.fileExtension) }
            return EvaluationExport.fileName(groupName: groupName, evaluation: evaluation, format: format)
        }
    }

    private static func run(_ screen: inout ExportScreen, _ state: inout AppState) -> [Effect] {
        switch exportOrder(screen, state) {
        case .failure(let refusal):
            screen.failure = refusal.message
            return []
        case .success(let order):
            state.exportFolder = screen.folder.text
            return [.export(order)]
        }
    }

    /// The outcome of writing an export file.
    static func handleExport(_ result: EffectResult, _ state: inout AppState) -> [Effect] {
        let language = state.language
        switch result {
        case .exported(let order, let path):
            if case .export = state.top { state.stack.removeLast() }
            var text = Texts.format(.exportWritten, language, path)
            var effects: [Effect] = []
            if case .document(let kind, let draft) = order.content, ExportJob.recordsExport(kind, draft: draft), let plan = order.plan,
               var group = state.catalog.groups.first(where: { $0.id == order.group.id }) {
                let before = group
                group.recordPlanExport(from: plan.from, on: state.today, supervisor: state.catalog.supervisor)
                if group != before {
                    effects = save(group, &state)
                    text += " · " + Texts.format(.exportRecorded, language, Format.date(state.today, language))
                }
            }
            state.message = StatusMessage(text)
            clampAll(&state)
            return effects
        case .exportFailed(_, let message, let existing):
            guard case .export(var screen) = state.top else {
                state.message = StatusMessage(message.text(language), isError: true)
                return []
            }
            screen.overwrite = existing
            screen.failure = message
            state.stack[state.stack.count - 1] = .export(screen)
            return []
        default:
            return []
        }
    }
}

/// A reason the export dialog gives for not writing.
struct ExportRefusalText: Error {
    let message: LocalizedText
    init(_ message: LocalizedText) { self.message = message }
    init(_ key: TextKey) { message = Texts.localized(key) }
}
