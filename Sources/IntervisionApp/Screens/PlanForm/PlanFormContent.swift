import IntervisionCore

/// One line of the plan form as drawn: the form is a column of these, scrolled as one list.
enum FormLine: Equatable {
    case blank
    case section(PlanField.Section)
    /// A field's label, as printed on the official form.
    case label(PlanField)
    /// One line of inputs (two for "name + phone").
    case fields([FormTarget])
    case participantsHeader
    case participantRow(Int)
    case meetingsHeader
    case meetingRow(Int)
    /// "↳ reason" under a field or row: a refusal, a live check, a planning problem.
    case message(LocalizedText, StyleRole)
    /// A footnote of the form, or a hint on using it.
    case note(LocalizedText)

    var targets: [FormTarget] {
        switch self {
        case .fields(let targets): return targets
        case .participantRow(let row): return ParticipantColumn.allCases.map { .participant(row, $0) }
        case .meetingRow(let row): return MeetingColumn.allCases.map { .meeting(row, $0) }
        default: return []
        }
    }
}

/// Everything the plan form shows, worked out from the group, the plan and the screen state. Built
/// per key press for one group only: a handful of members and rows.
struct PlanFormContent {
    let group: Group
    let groupIndex: Int
    /// The plan being edited; a plan not made yet is proposed (`planIndex` nil).
    let plan: YearPlan
    let planIndex: Int?
    let profile: Supervisor?
    /// The participants of the year, in the group's order (leavers of the year included).
    let participants: [Member]
    let participantRows: Int
    let meetingRows: Int
    /// The required fields still empty (PLAN_COMPLETE).
    let missing: [PlanField]
    /// Where a saved plan stands with GAIA: exported (changed since), submitted. nil: not saved yet.
    let application: PlanApplication?
    /// The planned dates checked against the rules, with the date being typed taken as it is typed.
    let problems: [PlannedDates.Problem]
    /// The input places in Tab order, the inactive ones left out (`isActive`).
    let targets: [FormTarget]
    /// Every input place in Tab order, inactive ones too: where a focus that lost its field goes on from.
    let tabOrder: [FormTarget]
    private(set) var lines: [FormLine] = []

    init?(screen: PlanFormScreen, state: AppState) {
        let groups = state.catalog.groups
        var index = screen.groupIndex
        if index >= groups.count || groups[index].id != screen.groupID {
            guard let found = groups.firstIndex(where: { $0.id == screen.groupID }) else { return nil }
            index = found
        }
        // The form's unsaved edits, else the group as saved.
        group = screen.draft ?? groups[index]
        groupIndex = index
        profile = state.catalog.supervisor
        let found = group.plans.firstIndex { $0.from == screen.planFrom }
        planIndex = found
        let plan = found.map { (screen.draft ?? groups[index]).plans[$0] } ?? YearPlan(from: screen.planFrom, to: screen.proposedTo)
        self.plan = plan
        participants = group.participants(of: plan)
        participantRows = participants.count + screen.newParticipantRows
        meetingRows = plan.planned.count + screen.newMeetingRows
        missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: profile)
        let profile = self.profile
        application = found.map { _ in groups[index].application(of: plan, supervisor: profile) }
        problems = group.planningProblems(of: PlanFormContent.planAsTyped(plan, screen: screen))

        // The contact person is one of the participants, so it is chosen after them (its line stays
        // in Basisgegevens, where the official form has it).
        var order: [FormTarget] = [.groupName, .focusAreas, .supervisorName, .supervisorPhone, .remarks, .methods]
        for row in 0..<participantRows { order += ParticipantColumn.allCases.map { .participant(row, $0) } }
        order += [.contact, .contactPhone, .periodFrom, .periodTo, .totalMeetings, .duration]
        for row in 0..<meetingRows { order += MeetingColumn.allCases.map { .meeting(row, $0) } }
        tabOrder = order
        let canChoose = participants.contains { $0.left == nil }, hasContact = group.contactMemberID != nil
        targets = order.filter { target in
            switch target {
            case .contact: return canChoose
            case .contactPhone: return hasContact
            default: return true
            }
        }
        lines = layout(screen: screen, language: state.language)
    }

    /// The plan with the date being typed in a meetings row (when it is a date already), so the
    /// rows are checked while typing.
    static func planAsTyped(_ plan: YearPlan, screen: PlanFormScreen) -> YearPlan {
        guard case .meeting(let row, .date) = screen.focus, case .success(let date) = CivilDate.parse(screen.editor.text) else { return plan }
        var typed = plan
        if row < typed.planned.count {
            typed.planned[row].date = date
        } else {
            typed.planned.append(PlannedMeeting(date: date))
        }
        return typed
    }

    private func layout(screen: PlanFormScreen, language: Language) -> [FormLine] {
        var lines: [FormLine] = [.section(.basisgegevens)]
        func field(_ label: PlanField, _ targets: [FormTarget]) {
            lines.append(.label(label))
            lines.append(.fields(targets))
            for target in targets { lines += messages(for: target, screen: screen, language: language) }
        }
        field(.groupName, [.groupName])
        field(.focusAreas, [.focusAreas])
        field(.supervisor, [.supervisorName, .supervisorPhone])
        field(.contactPerson, [.contact, .contactPhone])
        field(.remarks, [.remarks])
        field(.methods, [.methods])

        lines += [.blank, .section(.deelnemers), .participantsHeader]
        for row in 0..<participantRows {
            lines.append(.participantRow(row))
            if row < participants.count, let left = participants[row].left {
                // On this year's list because they were a member for part of it.
                lines.append(.message(PlanFormTexts.leftNote(participants[row].name, left: left), .muted))
            }
            for column in ParticipantColumn.allCases { lines += messages(for: .participant(row, column), screen: screen, language: language) }
        }
        lines += [.note(PlanFormTexts.footnoteBIG), .note(PlanFormTexts.tableHint)]

        lines += [.blank, .section(.planning)]
        field(.period, [.periodFrom, .periodTo])
        field(.totalMeetings, [.totalMeetings])
        for problem in problems where problem.index == nil { lines.append(.message(problem.message, .warning)) }
        field(.duration, [.duration])
        lines += [.label(.meetings), .meetingsHeader]
        for row in 0..<meetingRows {
            lines.append(.meetingRow(row))
            for column in MeetingColumn.allCases { lines += messages(for: .meeting(row, column), screen: screen, language: language) }
            for problem in problems where problem.index == row { lines.append(.message(problem.message, .warning)) }
        }
        lines += [.note(PlanFormTexts.footnoteNet), .note(PlanFormTexts.tableHint)]
        return lines
    }

    /// The line under a field: while it is being typed in, whether the text will do (and how it will
    /// be kept, for a BIG number); otherwise why the last input was refused.
    private func messages(for target: FormTarget, screen: PlanFormScreen, language: Language) -> [FormLine] {
        if target == screen.focus, !target.isChoice, screen.editor.text != committedText(target, language: language) || screen.drafts[target] != nil {
            if let live = PlanFormContent.liveCheck(target, screen.editor.text, isNewRow: isNewRow(target)) { return [.message(live.0, live.1)] }
            return []
        }
        if let error = screen.errors[target] { return [.message(error, .error)] }
        return []
    }

    /// What the text being typed will come to: a reason it will be refused (warning), or the way it
    /// will be kept (muted). nil: nothing to say.
    static func liveCheck(_ target: FormTarget, _ text: String, isNewRow: Bool) -> (LocalizedText, StyleRole)? {
        if let kind = target.textKind, let problem = FieldCheck.text(text, kind) { return (problem, .warning) }
        let blank = text.isBlank
        switch target {
        case .groupName:
            return blank ? (EditError.emptyName.message, .warning) : nil
        case .participant(_, .name):
            return blank && !isNewRow ? (EditError.emptyName.message, .warning) : nil
        case .participant(_, .big):
            guard !blank else { return nil }
            switch BIGNumber.parse(text) {
            case .success(let big): return big.digits == text ? nil : (LocalizedText(nl: "→ \(big.digits)", en: "→ \(big.digits)"), .muted)
            case .failure(let error): return (error.message, .warning)
            }
        case .supervisorPhone, .contactPhone:
            return FieldCheck.phone(text).map { ($0, .warning) }
        case .periodFrom, .periodTo, .meeting(_, .date):
            // The year's first and last day are required; a planned meeting's date is not.
            if blank, target.row == nil, case .failure(let error) = CivilDate.parse(text) { return (error.message, .warning) }
            return FieldCheck.date(text).map { ($0, .warning) }
        case .meeting(_, .time):
            guard !blank else { return nil }
            switch MeetingTime.parse(text) {
            case .success(let time): return (AppTexts.timeRead(time), .muted)
            case .failure(let error): return (AppTexts.timeProblem(error), .warning)
            }
        case .totalMeetings:
            return FieldCheck.count(text).map { ($0, .warning) }
        case .duration:
            return FieldCheck.hours(text).map { ($0, .warning) }
        default:
            return nil
        }
    }

    func isNewRow(_ target: FormTarget) -> Bool {
        switch target {
        case .participant(let row, _): return row >= participants.count
        case .meeting(let row, _): return row >= plan.planned.count
        default: return false
        }
    }

    /// The stored value of a field as text, as the form shows it.
    func committedText(_ target: FormTarget, language: Language) -> String {
        let supervisor = group.planSupervisorEntry(profile: profile)
        switch target {
        case .groupName: return group.name
        case .focusAreas: return group.focusAreas.filter { !$0.isBlank }.joined(separator: ", ")
        case .methods: return group.methods.filter { !$0.isBlank }.joined(separator: ", ")
        case .supervisorName: return supervisor.name
        case .supervisorPhone: return supervisor.phone
        case .contact: return group.contactPerson?.name ?? ""
        case .contactPhone: return group.contactPerson?.phone ?? ""
        case .remarks: return group.remarks
        case .participant(let row, let column):
            guard row < participants.count else { return "" }
            let member = participants[row]
            switch column {
            case .name: return member.name
            case .specialism: return member.specialism
            case .big: return member.big?.digits ?? ""
            }
        case .periodFrom: return Format.date(plan.from, language)
        case .periodTo: return Format.date(plan.to, language)
        case .totalMeetings: return plan.totalMeetings.map(String.init) ?? ""
        case .duration: return plan.durationHours.map { NumberInput.hoursText($0, language: language) } ?? ""
        case .meeting(let row, let column):
            guard row < plan.planned.count else { return "" }
            switch column {
            case .date: return plan.planned[row].date.map { Format.date($0, language) } ?? ""
            case .topic: return plan.planned[row].topic
            case .time: return plan.planned[row].time?.text ?? ""
            case .location: return plan.planned[row].location
            }
        }
    }

    /// The text a field shows (and starts editing from): what was typed and refused, else the value.
    func shownText(_ target: FormTarget, screen: PlanFormScreen, language: Language) -> String {
        screen.drafts[target] ?? committedText(target, language: language)
    }

    /// A field that takes input now: the contact person once there is a participant to choose, the
    /// contact's phone once one is chosen.
    func isActive(_ target: FormTarget) -> Bool { targets.contains(target) }

    /// The active field `delta` steps (±1) from `target` in Tab order, which need not be active itself.
    func target(_ delta: Int, from target: FormTarget) -> FormTarget? {
        if let position = targets.firstIndex(of: target) {
            let next = position + delta
            return targets.indices.contains(next) ? targets[next] : nil
        }
        guard let place = tabOrder.firstIndex(of: target) else { return nil }
        return delta > 0 ? tabOrder[(place + 1)...].first(where: isActive) : tabOrder[..<place].last(where: isActive)
    }

    func lineIndex(of target: FormTarget) -> Int? {
        lines.firstIndex { $0.targets.contains(target) }
    }

    /// The participants' row of a member who left during the year: shown, but no longer a member.
    func hasLeft(row: Int) -> CivilDate? {
        guard row < participants.count else { return nil }
        return participants[row].left
    }
}
