import IntervisionCore

/// Turning what was typed into a field of the plan form into an edit of the group. Every check is
/// the Core's (`Group` edits, `BIGNumber.parse`, `PhoneNumber.parse`, `CivilDate.parse`,
/// `NumberInput`); a refusal keeps the text as a draft with the reason, shown by the field.
extension App {
    /// A refusal that is not an `EditError`: text that is not a date, a BIG number, a number.
    struct Refused: Error {
        let message: LocalizedText
    }

    /// Commits the focused field if its text changed; returns the save to run.
    static func commitFocus(_ screen: inout PlanFormScreen, _ state: inout AppState) -> [Effect] {
        let target = screen.focus
        guard !target.isChoice, let content = PlanFormContent(screen: screen, state: state) else { return [] }
        let text = screen.editor.text
        guard text != content.committedText(target, language: state.language) || screen.drafts[target] != nil else { return [] }
        return commit(target, text, content, &screen, &state)
    }

    private static func commit(_ target: FormTarget, _ text: String, _ content: PlanFormContent,
                               _ screen: inout PlanFormScreen, _ state: inout AppState) -> [Effect] {
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
                    throw Refused(message: Texts.localized(.planChooseContactFirst))
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
                    case .big: member.big = try big(text)
                    }
                    try group.updateMember(member)
                } else {
                    return try commitNewParticipant(row, column, text, content, &group, &screen, &state)
                }
            case .periodFrom, .periodTo:
                let date = try self.date(text)
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
                screen.planFrom = from
                screen.proposedTo = to
            case .totalMeetings:
                let total: Int? = text.isBlank ? nil : try NumberInput.count(text).mapError { Refused(message: $0.message) }.get()
                try group.setPlanTotal(at: try planIndex(&group, screen), total)
            case .duration:
                let hours: Double? = text.isBlank ? nil : try NumberInput.hours(text).mapError { Refused(message: $0.message) }.get()
                try group.setPlanDuration(at: try planIndex(&group, screen), hours)
            case .meeting(let row, let column):
                if row >= content.plan.planned.count {
                    return try commitNewMeeting(row, column, text, content, &group, &screen, &state)
                }
                let index = try planIndex(&group, screen)
                var meeting = group.plans[index].planned[row]
                switch column {
                case .date: meeting.date = text.isBlank ? nil : try date(text)
                case .topic: meeting.topic = text
                }
                group.setPlannedMeeting(plan: index, row: row, date: meeting.date, topic: meeting.topic)
            case .focusAreas, .methods, .contact:
                return []
            }
        } catch let error as EditError {
            return refuse(target, text, error.message, &screen)
        } catch let refused as Refused {
            return refuse(target, text, refused.message, &screen)
        } catch {
            return []
        }
        screen.drafts[target] = nil
        screen.errors[target] = nil
        return save(group, &state)
    }

    /// A new participants row becomes a member once it has a name; what was typed in its other
    /// cells before comes along.
    private static func commitNewParticipant(_ row: Int, _ column: ParticipantColumn, _ text: String, _ content: PlanFormContent,
                                             _ group: inout Group, _ screen: inout PlanFormScreen, _ state: inout AppState) throws -> [Effect] {
        guard column == .name else {
            if column == .big, !text.isBlank { _ = try big(text) }
            screen.drafts[.participant(row, column)] = text
            screen.errors[.participant(row, column)] = text.isBlank ? nil : Texts.localized(.planNameFirst)
            return []
        }
        guard !text.isBlank else {
            screen.drafts[.participant(row, .name)] = nil
            return []
        }
        let specialism = screen.drafts[.participant(row, .specialism)] ?? ""
        let bigText = screen.drafts[.participant(row, .big)] ?? ""
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
        removeRow(.participant(row, .name), from: &screen)
        screen.newParticipantRows = max(0, screen.newParticipantRows - 1)
        screen.focus = .participant(newRow, .name)
        if let bigRefused {
            // The BIG number did not do: kept on the new member's row with the reason.
            screen.drafts[.participant(newRow, .big)] = bigText
            screen.errors[.participant(newRow, .big)] = bigRefused
        }
        return save(group, &state)
    }

    /// A new meetings row is added to the plan once it has a date or a topic.
    private static func commitNewMeeting(_ row: Int, _ column: MeetingColumn, _ text: String, _ content: PlanFormContent,
                                         _ group: inout Group, _ screen: inout PlanFormScreen, _ state: inout AppState) throws -> [Effect] {
        let other: MeetingColumn = column == .date ? .topic : .date
        let otherText = screen.drafts[.meeting(row, other)] ?? ""
        guard !text.isBlank || !otherText.isBlank else {
            screen.drafts[.meeting(row, column)] = nil
            return []
        }
        let dateText = column == .date ? text : otherText
        let topic = column == .topic ? text : otherText
        let day: CivilDate?
        if column == .date {
            day = text.isBlank ? nil : try date(text)
        } else {
            day = dateText.isBlank ? nil : try? date(dateText)
        }
        let index = try planIndex(&group, screen)
        let newRow = group.plans[index].planned.count
        group.setPlannedMeeting(plan: index, row: newRow, date: day, topic: topic)
        removeRow(.meeting(row, .date), from: &screen)
        screen.newMeetingRows = max(0, screen.newMeetingRows - 1)
        screen.focus = .meeting(newRow, column)
        if column == .topic, day == nil, !dateText.isBlank {
            screen.drafts[.meeting(newRow, .date)] = dateText
            if case .failure(let error) = CivilDate.parse(dateText) { screen.errors[.meeting(newRow, .date)] = error.message }
        }
        return save(group, &state)
    }

    private static func refuse(_ target: FormTarget, _ text: String, _ message: LocalizedText, _ screen: inout PlanFormScreen) -> [Effect] {
        screen.drafts[target] = text
        screen.errors[target] = message
        return []
    }

    /// The plan being edited; a proposed plan is made now (its first edit).
    static func planIndex(_ group: inout Group, _ screen: PlanFormScreen) throws(EditError) -> Int {
        if let index = group.plans.firstIndex(where: { $0.from == screen.planFrom }) { return index }
        return try group.planIndex(from: screen.planFrom, to: screen.proposedTo)
    }

    private static func big(_ text: String) throws -> BIGNumber? {
        guard !text.isBlank else { return nil }
        return try BIGNumber.parse(text).mapError { Refused(message: $0.message) }.get()
    }

    private static func date(_ text: String) throws -> CivilDate {
        try CivilDate.parse(text).mapError { Refused(message: $0.message) }.get()
    }

    /// Forgets a table row's drafts and errors and moves those of the rows below it up one.
    static func removeRow(_ target: FormTarget, from screen: inout PlanFormScreen) {
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
        screen.drafts = shifted(screen.drafts)
        screen.errors = shifted(screen.errors)
    }
}
