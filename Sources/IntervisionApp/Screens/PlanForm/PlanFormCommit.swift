import IntervisionCore

/// Turning what was typed into a field of the plan form into an edit of the form's draft of the
/// group. Every check is the Core's (`Group` edits, `BIGNumber.parse`, `PhoneNumber.parse`,
/// `CivilDate.parse`, `NumberInput`); a refusal keeps the text as a draft with the reason, shown by
/// the field. Ctrl-S saves the draft (`PlanFormSave`).
extension PlanFormScreen {
    /// A refusal that is not an `EditError`: text that is not a date, a BIG number, a number.
    struct Refused: Error {
        let message: LocalizedText
    }

    /// Applies the focused field to the draft if its text changed.
    mutating func commitFocus(_ state: inout AppState) {
        let target = focus
        guard !target.isChoice, let content = PlanFormContent(screen: self, state: state) else { return }
        let text = editor.text
        guard text != content.committedText(target, language: state.language) || drafts[target] != nil else { return }
        commit(target, text, content, &state)
    }

    private mutating func commit(_ target: FormTarget, _ text: String, _ content: PlanFormContent, _ state: inout AppState) {
        // Too long, or a control character: refused here for every text (not all edits below check it).
        if let kind = target.textKind, let problem = FieldCheck.text(text, kind) { return refuse(target, text, problem) }
        var group = content.group
        do {
            switch target {
            case .groupName:
                try group.rename(to: text, others: state.catalog.groups)
            case .supervisorName:
                try group.setPlanSupervisor(name: text, profile: content.profile)
            case .supervisorPhone:
                try group.setPlanSupervisor(phone: text, profile: content.profile)
            case .contactPhone:
                guard let contact = group.contactMemberID else {
                    throw Refused(message: PlanFormTexts.chooseContactFirst)
                }
                try group.setPhone(of: contact, to: text)
            case .remarks:
                group.remarks = text.trimmingSpaces()
            case .participant(let row, let column):
                if row < content.participants.count {
                    var member = content.participants[row]
                    switch column {
                    case .name: member.name = text.trimmingSpaces()
                    case .specialism: member.specialism = text.trimmingSpaces()
                    case .big: member.big = try Self.big(text)
                    }
                    try group.updateMember(member)
                } else {
                    return try commitNewParticipant(row, column, text, content, &group, &state)
                }
            case .periodFrom, .periodTo:
                let date = try Self.date(text)
                var (from, to) = (content.plan.from, content.plan.to)
                if target == .periodFrom {
                    // A year of the usual length moves as a whole; a shorter or longer one keeps its end.
                    if to == YearPlan.defaultEnd(from: from) { to = YearPlan.defaultEnd(from: date) }
                    from = date
                } else {
                    to = date
                }
                if let index = content.planIndex {
                    try group.setPlanPeriod(at: index, from: from, to: to)
                } else {
                    _ = try group.planIndex(from: from, to: to)
                }
                planFrom = from
                proposedTo = to
            case .totalMeetings:
                let total: Int? = text.isBlank ? nil : try NumberInput.count(text).mapError { Refused(message: $0.message) }.get()
                try group.setPlanTotal(at: try planIndex(&group), total)
            case .duration:
                let hours: Double? = text.isBlank ? nil : try NumberInput.hours(text).mapError { Refused(message: $0.message) }.get()
                try group.setPlanDuration(at: try planIndex(&group), hours)
            case .meeting(let row, let column):
                if row >= content.plan.planned.count {
                    return try commitNewMeeting(row, column, text, content, &group, &state)
                }
                let index = try planIndex(&group)
                var meeting = group.plans[index].planned[row]
                try Self.set(column, text, of: &meeting)
                try group.setPlannedMeeting(plan: index, row: row, to: meeting)
            case .focusAreas, .methods, .contact:
                return
            }
        } catch let error as EditError {
            return refuse(target, text, error.message)
        } catch let refused as Refused {
            return refuse(target, text, refused.message)
        } catch {
            return
        }
        drafts[target] = nil
        errors[target] = nil
        edit(group, state)
    }

    /// A new participants row becomes a member once it has a name; what was typed in its other
    /// cells before comes along.
    private mutating func commitNewParticipant(_ row: Int, _ column: ParticipantColumn, _ text: String, _ content: PlanFormContent, _ group: inout Group, _ state: inout AppState) throws {
        guard column == .name else {
            if column == .big, !text.isBlank { _ = try Self.big(text) }
            drafts[.participant(row, column)] = text
            errors[.participant(row, column)] = text.isBlank ? nil : PlanFormTexts.nameFirst
            return
        }
        guard !text.isBlank else {
            drafts[.participant(row, .name)] = nil
            return
        }
        let specialism = drafts[.participant(row, .specialism)] ?? ""
        let bigText = drafts[.participant(row, .big)] ?? ""
        var number: BIGNumber?
        var bigRefused: LocalizedText?
        if !bigText.isBlank {
            switch BIGNumber.parse(bigText) {
            case .success(let parsed): number = parsed
            case .failure(let error): bigRefused = error.message
            }
        }
        try group.addParticipant(name: text, specialism: specialism, big: number, plan: content.plan, today: state.today)
        let newRow = content.participants.count
        forgetDrafts(of: .participant(row, .name))
        newParticipantRows = max(0, newParticipantRows - 1)
        focus = .participant(newRow, .name)
        if let bigRefused {
            // The BIG number did not do: kept on the new member's row with the reason.
            drafts[.participant(newRow, .big)] = bigText
            errors[.participant(newRow, .big)] = bigRefused
        }
        edit(group, state)
    }

    /// A new meetings row is added to the plan once something is typed in it. The cell being left
    /// must do; what was typed in its other cells before comes along, or stays on the new row,
    /// refused with its reason, where it does not.
    private mutating func commitNewMeeting(_ row: Int, _ column: MeetingColumn, _ text: String, _ content: PlanFormContent, _ group: inout Group, _ state: inout AppState) throws {
        var cells: [MeetingColumn: String] = [:]
        for cell in MeetingColumn.allCases { cells[cell] = cell == column ? text : drafts[.meeting(row, cell)] ?? "" }
        guard cells.values.contains(where: { !$0.isBlank }) else {
            drafts[.meeting(row, column)] = nil
            return
        }
        var meeting = PlannedMeeting()
        var refused: [MeetingColumn: LocalizedText] = [:]
        for cell in MeetingColumn.allCases {
            do {
                try Self.set(cell, cells[cell] ?? "", of: &meeting)
            } catch let refusal as Refused {
                if cell == column { throw refusal }
                refused[cell] = refusal.message
            }
        }
        let index = try planIndex(&group)
        let newRow = group.plans[index].planned.count
        try group.setPlannedMeeting(plan: index, row: newRow, to: meeting)
        forgetDrafts(of: .meeting(row, .date))
        newMeetingRows = max(0, newMeetingRows - 1)
        focus = .meeting(newRow, column)
        for (cell, message) in refused {
            drafts[.meeting(newRow, cell)] = cells[cell]
            errors[.meeting(newRow, cell)] = message
        }
        edit(group, state)
    }

    /// One cell of a planned meeting as typed; an empty date or time is none.
    private static func set(_ column: MeetingColumn, _ text: String, of meeting: inout PlannedMeeting) throws {
        if let kind = FormTarget.meeting(0, column).textKind, let problem = FieldCheck.text(text, kind) { throw Refused(message: problem) }
        switch column {
        case .date: meeting.date = text.isBlank ? nil : try date(text)
        case .topic: meeting.topic = text
        case .time: meeting.time = text.isBlank ? nil : try MeetingTime.parse(text).mapError { Refused(message: AppTexts.timeProblem($0)) }.get()
        case .location: meeting.location = text
        }
    }

    private mutating func refuse(_ target: FormTarget, _ text: String, _ message: LocalizedText) {
        drafts[target] = text
        errors[target] = message
    }

    /// The plan being edited; a proposed plan is made now (its first edit).
    func planIndex(_ group: inout Group) throws(EditError) -> Int {
        if let index = group.plans.firstIndex(where: { $0.from == planFrom }) { return index }
        return try group.planIndex(from: planFrom, to: proposedTo)
    }

    private static func big(_ text: String) throws -> BIGNumber? {
        guard !text.isBlank else { return nil }
        return try BIGNumber.parse(text).mapError { Refused(message: $0.message) }.get()
    }

    private static func date(_ text: String) throws -> CivilDate {
        try CivilDate.parse(text).mapError { Refused(message: $0.message) }.get()
    }

    /// Forgets a table row's drafts and errors and moves those of the rows below it up one.
    mutating func forgetDrafts(of target: FormTarget) {
        guard let removed = target.row else { return }
        func sameTable(_ other: FormTarget) -> Bool {
            switch (target, other) {
            case (.participant, .participant), (.meeting, .meeting): return true
            default: return false
            }
        }
        func shifted<Value>(_ values: [FormTarget: Value]) -> [FormTarget: Value] {
            var result: [FormTarget: Value] = [:]
            for (key, value) in values {
                guard sameTable(key), let row = key.row else { result[key] = value; continue }
                if row < removed { result[key] = value } else if row > removed { result[key.moved(toRow: row - 1)] = value }
            }
            return result
        }
        drafts = shifted(drafts)
        errors = shifted(errors)
    }
}
