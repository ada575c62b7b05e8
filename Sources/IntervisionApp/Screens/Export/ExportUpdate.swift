import IntervisionCore

/// The export dialog: ↑/↓ rows, ←/→ change a value, the folder is typed in place, Enter writes,
/// Esc closes. Writing is an effect; its result comes back as `exported` or `exportFailed`.
extension ExportScreen {
    static func make(for groupID: GroupID, planFrom: CivilDate?, _ state: AppState) -> ExportScreen? {
        guard let group = state.catalog.groups.first(where: { $0.id == groupID }) else { return nil }
        let from = planFrom ?? group.workingPlanIndex(today: state.today).map { group.plans[$0].from }
        let plan = group.plans.first { $0.from == from }
        // The contact person hands the group's file to the supervisor; the supervisor hands the plan to GAIA.
        let choice: ExportChoice = state.settings.role == .contactPerson ? .groupFile : .plan
        var screen = ExportScreen(groupID: groupID, planFrom: plan?.from, choice: choice, folder: state.exportFolder)
        // An incomplete plan starts as a draft (Core's refusal of the final one decides).
        if let plan { screen.draft = ExportRequest(.plan(screen.planFormat), group: group, plan: plan, supervisor: state.catalog.supervisor,
                                                     today: state.today).refusal != nil }
        // The evaluation on offer is the latest.
        screen.evaluation = group.evaluations.max { $0.date < $1.date }
        return screen
    }

    /// The export dialog on one meeting's export (`E` on the meetings tab): the list of the meeting
    /// selected (its blank sign-in sheet when it is still to come), or `gaia`, its BIG list.
    static func make(for groupID: GroupID, meeting date: CivilDate, gaia: Bool = false, _ state: AppState) -> ExportScreen? {
        guard var screen = make(for: groupID, planFrom: nil, state) else { return nil }
        screen.choice = gaia ? .gaiaList : .meetingList
        screen.meetingDate = date
        screen.draft = false
        return screen
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        let rows = self.rows
        let position = rows.firstIndex(of: row) ?? 0
        switch action {
        case .moveUp, .moveDown:
            row = rows[action == .moveUp ? max(0, position - 1) : min(rows.count - 1, position + 1)]
            // Arriving in the folder selects it: a folder typed replaces it (as in every form).
            if row == .folder { folder.select() }
            return Outcome()
        case .back:
            return Outcome([], .pop)
        case .runExport:
            return run(&state)
        case .nextValue where row != .folder, .previousValue where row != .folder:
            change(by: action == .nextValue ? 1 : -1, state)
        default:
            guard row == .folder, folder.handle(key) else { return Outcome() }
        }
        overwrite = nil
        failure = nil
        missingFolder = nil
        return Outcome()
    }

    private mutating func change(by step: Int, _ state: AppState) {
        func cycle<T: CaseIterable & Equatable>(_ value: T) -> T {
            let all = Array(T.allCases)
            return all[(all.firstIndex(of: value)! + step + all.count) % all.count]
        }
        switch row {
        case .what: self.choice = cycle(self.choice)
        case .format:
            switch self.choice {
            case .plan: planFormat = cycle(planFormat)
            case .evaluation: evaluationFormat = cycle(evaluationFormat)
            default: attendanceFormat = cycle(attendanceFormat)
            }
        case .meeting:
            let dates = meetingDates(state)
            if let index = meetingDate.flatMap(dates.firstIndex(of:)) {
                meetingDate = dates[(index + step + dates.count) % dates.count]
            } else {
                meetingDate = step > 0 ? dates.first : dates.last
            }
        case .draft: self.draft.toggle()
        case .encryption: encrypted.toggle()
        case .folder: break
        }
        if !self.rows.contains(row) { row = .what }
        if row == .what { chooseMeeting(state) }
    }

    /// The meetings a meeting's export can be of: every held one (GAIA takes only those), and for
    /// the list also those planned from today on (their blank sign-in sheet); in date order.
    func meetingDates(_ state: AppState) -> [CivilDate] {
        guard let group = state.group(groupID) else { return [] }
        let held = group.meetings.map(\.date)
        guard choice == .meetingList else { return held.sorted() }
        let planned = group.plans.flatMap(\.planned).compactMap(\.date).filter { $0 >= state.today && !held.contains($0) }
        return Set(held + planned).sorted()
    }

    /// A meeting for the chosen export when the one chosen does not fit it: for the list the next
    /// planned (the sign-in sheet to print), else the last held; for GAIA the oldest waiting to be
    /// entered, else the last held.
    mutating func chooseMeeting(_ state: AppState) {
        guard choice == .meetingList || choice == .gaiaList, let group = state.group(groupID) else { return }
        let dates = meetingDates(state)
        if let date = meetingDate, dates.contains(date) { return }
        let held = Set(group.meetings.map(\.date))
        let waiting = group.meetings.filter { $0.reported == nil }.map(\.date).min()
        let next = dates.first { $0 >= state.today && !held.contains($0) }
        meetingDate = (choice == .gaiaList ? waiting : next) ?? group.meetings.map(\.date).max()
    }

    /// The plan the chosen export is about: the yearly plan and calendar the dialog's plan; the
    /// attendance list the year the rules judge (the meetings held).
    func plan(of group: Group, _ state: AppState) -> YearPlan? {
        if choice == .meetingList { return meetingDate.flatMap { group.plan(containing: $0) } }
        let plan = planFrom.flatMap { from in group.plans.first { $0.from == from } }
        if choice == .attendance, let index = state.catalog.groups.firstIndex(where: { $0.id == group.id }) {
            return state.catalog.reports[index].year ?? plan
        }
        return plan
    }

    /// What the dialog would write, or why it cannot (Core's refusal, in the dialog's words).
    func order(_ state: AppState) -> Result<ExportOrder, ExportRefusalText> {
        guard state.group(groupID) != nil else { return .failure(.init(ExportTexts.noGroup)) }
        guard let request = request(state) else { return .failure(.init(ExportTexts.noMeeting)) }
        if let refusal = request.refusal { return .failure(.init(ExportTexts.refusal(refusal))) }
        if let problem = FieldCheck.text(folder.text, .path) { return .failure(.init(ExportTexts.folderRefused(problem))) }
        return .success(ExportOrder(request, folder: folder.text, force: overwrite != nil, createFolder: missingFolder != nil,
                                    passphrase: isEncrypted ? passphrase : nil))
    }

    /// What the dialog's choices ask for, as the command line asks for it.
    func request(_ state: AppState) -> ExportRequest? {
        guard let group = state.catalog.groups.first(where: { $0.id == groupID }), let kind else { return nil }
        return ExportRequest(kind, group: group, plan: kind.needsPlan ? plan(of: group, state) : nil,
                             evaluation: choice == .evaluation ? evaluation : nil, supervisor: state.catalog.supervisor,
                             draft: choice == .plan && draft, today: state.today)
    }

    /// The kind the dialog's choices make; nil: a meeting's export without a meeting to choose.
    var kind: ExportKind? {
        switch choice {
        case .plan: return .plan(planFormat)
        case .attendance: return .attendance(attendanceFormat)
        case .calendar: return .calendar
        case .groupFile: return .groupFile(encrypted: encrypted)
        case .evaluation: return .evaluation(evaluationFormat)
        case .meetingList: return meetingDate.map { .meetingAttendance(attendanceFormat, date: $0) }
        case .gaiaList: return meetingDate.map { .gaiaList(date: $0) }
        }
    }

    /// The group file is written encrypted.
    var isEncrypted: Bool { choice == .groupFile && encrypted }

    /// Writes; an encrypted group file first asks its passphrase (once per dialog).
    mutating func run(_ state: inout AppState) -> Outcome {
        switch order(state) {
        case .failure(let refusal):
            failure = refusal.message
            return Outcome()
        case .success(let order):
            if isEncrypted { return PassphraseScreen.ask(for: self, order: passphrase == nil ? nil : order) }
            return Outcome([.export(order)])
        }
    }

    /// The outcome of writing an export file.
    static func exported(_ result: EffectResult, _ state: inout AppState) -> [Effect] {
        let language = state.language
        switch result {
        case .exported(let order, let path):
            if state.top is ExportScreen { state.stack.removeLast() }
            var effects: [Effect] = []
            // The next export starts in this folder, also after a restart.
            state.exportFolder = order.folder
            if state.settings.exportFolder != order.folder {
                state.settings.exportFolder = order.folder
                effects.append(.saveSettings(state.settings))
            }
            if order.request.recordsExport, let plan = order.request.plan,
               var group = state.catalog.groups.first(where: { $0.id == order.request.group.id }) {
                let before = group
                group.recordPlanExport(from: plan.from, on: state.today, supervisor: state.catalog.supervisor)
                if group != before {
                    // Said to be recorded once the store has it (`exportDateAnswered`).
                    effects += App.save(group, .exportDate, replacing: before, what: ExportTexts.exportDate(state.today), &state)
                }
            }
            state.message = StatusMessage(ExportTexts.written(path).text(language))
            App.clampAll(&state)
            return effects
        case .exportFailed(_, let message, let existing):
            guard var screen = state.top as? ExportScreen else {
                state.message = StatusMessage(message.text(language), isError: true)
                return []
            }
            screen.overwrite = existing
            screen.failure = message
            screen.missingFolder = nil
            state.stack[state.stack.count - 1] = screen
            return []
        case .exportFolderMissing(_, let folder):
            guard var screen = state.top as? ExportScreen else { return [] }
            screen.missingFolder = folder
            screen.overwrite = nil
            screen.failure = nil
            state.stack[state.stack.count - 1] = screen
            return []
        default:
            return []
        }
    }
}

extension ExportScreen {
    /// The export date of a final plan is in the group file: the status bar adds it to the path written.
    static func exportDateAnswered(_ answer: SaveAnswer, _ state: inout AppState) {
        guard answer.isConfirmed else { return }
        let written = state.message?.text ?? ""
        state.message = StatusMessage((written.isEmpty ? "" : written + " · ") + ExportTexts.recorded(state.today).text(state.language))
    }
}

/// A reason the export dialog gives for not writing.
struct ExportRefusalText: Error {
    let message: LocalizedText
    init(_ message: LocalizedText) { self.message = message }
}
