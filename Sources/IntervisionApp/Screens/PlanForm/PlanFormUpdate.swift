import IntervisionCore

/// The plan form's keys. Typing goes into the focused field; Tab/Enter, Shift-Tab, ↑/↓ and PgUp/PgDn
/// leave it (applying what was typed to the form's draft); Tab on the last row of a table adds a
/// row; Ctrl-R removes a row; Ctrl-N/Ctrl-P go to the next/previous plan year; Ctrl-S saves; Ctrl-X
/// exports (saving first); Esc undoes the typing in the field, and a second Esc goes back (asking
/// first when there are unsaved edits).
extension PlanFormScreen {
    /// The form for a group, on the plan of `period` (an existing plan, or a new one of those dates),
    /// by default the plan to work on now, or a new plan after the last one.
    static func make(for groupID: GroupID, period chosen: (from: CivilDate, to: CivilDate)? = nil, _ state: AppState) -> PlanFormScreen? {
        guard let index = state.catalog.groups.firstIndex(where: { $0.id == groupID }) else { return nil }
        let group = state.catalog.groups[index]
        let period = chosen
            ?? group.workingPlanIndex(today: state.today).map { (group.plans[$0].from, group.plans[$0].to) }
            ?? group.nextPlanPeriod(today: state.today)
        var screen = PlanFormScreen(groupID: groupID, groupIndex: index, planFrom: period.0, proposedTo: period.1)
        screen.settle(state)
        screen.focus(on: .groupName, state)
        return screen
    }

    /// `p` on the overview or a group, Enter on the overview for a contact person.
    /// With a `period`: that year's plan (from the agenda).
    static func open(_ groupID: GroupID, period: (from: CivilDate, to: CivilDate)? = nil, _ state: AppState) -> Outcome {
        guard let form = make(for: groupID, period: period, state) else { return Outcome() }
        return Outcome([], .push(form))
    }

    /// Where the app opens: a contact person with one group goes straight to its plan form; with
    /// several, to the overview, whose plan column shows where each plan stands.
    static func atStart(_ state: AppState) -> [any Screen] {
        guard state.settings.role == .contactPerson, state.catalog.count == 1,
              let form = make(for: state.catalog.groups[0].id, state) else { return state.stack }
        return state.stack + [form]
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        guard PlanFormContent(screen: self, state: state) != nil else { return Outcome([], .pop) }
        if choice != nil {
            let effects = choiceKey(key, action, &state)
            settle(state)
            return Outcome(effects)
        }
        let armed = removalArmed
        removalArmed = nil
        var outcome = Outcome()
        switch action {
        case .nextPlanField where focus.isChoice && key == .enter:
            openChoice(&state, typed: nil)
        case .nextPlanField:
            commitFocus(&state)
            moveField(by: 1, addingRows: true, state)
        case .previousPlanField:
            commitFocus(&state)
            moveField(by: -1, addingRows: false, state)
        case .moveDown, .moveUp, .pageDown, .pageUp:
            commitFocus(&state)
            let page = max(1, Layout.planFormBodyHeight(state.size) - 2)
            let lines = [Action.moveDown: 1, .moveUp: -1, .pageDown: page, .pageUp: -page][action!]!
            moveLine(by: lines, state)
        case .removeRow:
            removeRow(armed: armed, &state)
        case .nextPlanYear, .previousPlanYear:
            commitFocus(&state)
            switchYear(forward: action == .nextPlanYear, &state)
        case .save:
            commitFocus(&state)
            outcome = save(&state)
        case .openExport:
            commitFocus(&state)
            if draft != nil {
                // The export is of the plan as saved: save first, the dialog opens once the store has it.
                exportsAfterSave = true
                outcome = save(&state)
            } else if let export = ExportScreen.make(for: groupID, planFrom: planFrom, state) {
                outcome.navigation = .push(export)
            }
        case .markSubmitted:
            commitFocus(&state)
            // The date goes on the plan as saved; the form's edits stay in its draft meanwhile.
            guard state.group(groupID)?.plans.contains(where: { $0.from == planFrom }) == true else {
                state.message = StatusMessage(YearPromptTexts.planNotSaved.text(state.language), isError: true)
                break
            }
            outcome.navigation = .push(MarkSubmittedPrompt(groupID: groupID, planFrom: planFrom, state))
        case .back:
            if !revertField(state) { return App.cancelForm(isDirty: isDirty) }
        case .settings:
            return App.common(action, &state) ?? Outcome()
        default:
            if focus.isChoice {
                if case .character(let character) = key { openChoice(&state, typed: character == " " ? nil : character) }
            } else {
                editor.handle(key)
            }
        }
        settle(state)
        return outcome
    }

    /// Puts the focus on `target` and its text in the editor.
    mutating func focus(on target: FormTarget, _ state: AppState) {
        focus = target
        guard let content = PlanFormContent(screen: self, state: state) else { return }
        editor = TextField(target.isChoice ? "" : content.shownText(target, screen: self, language: state.language))
        editor.select()
    }

    /// Tab order. Tab on the last cell of a table's last row adds a row, unless that row is still
    /// empty; Tab on the name of an empty new last participant row leaves the table (and the row
    /// goes), so empty rows never pile up and the table is done with one key.
    mutating func moveField(by delta: Int, addingRows: Bool, _ state: AppState) {
        guard let content = PlanFormContent(screen: self, state: state) else { return }
        if addingRows, delta > 0 {
            switch focus {
            case .participant(let row, .name) where row == content.participantRows - 1 && row > 0 && !rowHasContent(focus, content):
                newParticipantRows -= 1
                // On past the table: the contact person when there is one to choose, else the year.
                return focus(on: content.isActive(.contact) ? .contact : .periodFrom, state)
            case .participant(let row, .big) where row == content.participantRows - 1 && rowHasContent(focus, content):
                newParticipantRows += 1
                return focus(on: .participant(row + 1, .name), state)
            case .meeting(let row, .location) where row == content.meetingRows - 1 && rowHasContent(focus, content):
                newMeetingRows += 1
                return focus(on: .meeting(row + 1, .date), state)
            default:
                break
            }
        }
        // At either end the focus stays; an inactive field is passed over.
        if let next = content.target(delta, from: focus) { focus(on: next, state) }
    }

    private func rowHasContent(_ target: FormTarget, _ content: PlanFormContent) -> Bool {
        guard content.isNewRow(target), let row = target.row else { return true }
        let cells = target.isParticipant ? ParticipantColumn.allCases.map { FormTarget.participant(row, $0) }
                                         : MeetingColumn.allCases.map { FormTarget.meeting(row, $0) }
        return cells.contains { !(drafts[$0] ?? "").isBlank }
    }

    /// ↑/↓ (and pages): to the input line `delta` lines away, in the same column where it has one.
    mutating func moveLine(by delta: Int, _ state: AppState) {
        guard let content = PlanFormContent(screen: self, state: state),
              let current = content.lineIndex(of: focus) else { return }
        // Lines with a field that takes input now (not the contact person before there is one).
        let inputLines = content.lines.indices.filter { content.lines[$0].targets.contains(where: content.isActive) }
        let column = content.lines[current].targets.firstIndex(of: focus) ?? 0
        let wanted = current + delta
        let line = delta > 0 ? (inputLines.first { $0 >= wanted } ?? inputLines.last!) : (inputLines.last { $0 <= wanted } ?? inputLines.first!)
        let targets = content.lines[line].targets.filter(content.isActive)
        focus(on: targets[min(column, targets.count - 1)], state)
    }

    /// After every key: a table always shows at least one row (as the paper form does), the focus is
    /// on something that exists, and the focused field with its label and messages is in view.
    mutating func settle(_ state: AppState) {
        guard var content = PlanFormContent(screen: self, state: state) else { return }
        groupIndex = content.groupIndex
        if content.participants.isEmpty && newParticipantRows == 0 || content.plan.planned.isEmpty && newMeetingRows == 0 {
            if content.participants.isEmpty { newParticipantRows = max(1, newParticipantRows) }
            if content.plan.planned.isEmpty { newMeetingRows = max(1, newMeetingRows) }
            content = PlanFormContent(screen: self, state: state)!
        }
        if !content.targets.contains(focus) {
            let fallback: FormTarget
            switch focus {
            case .participant(_, let column): fallback = .participant(max(0, content.participantRows - 1), column)
            case .meeting(_, let column): fallback = .meeting(max(0, content.meetingRows - 1), column)
            default: fallback = content.target(1, from: focus) ?? .groupName  // the contact's phone, once none is chosen
            }
            focus(on: fallback, state)
            content = PlanFormContent(screen: self, state: state)!
        }
        let height = Layout.planFormBodyHeight(state.size)
        let lines = content.lines
        let line = content.lineIndex(of: focus) ?? 0
        var top = line
        while top > 0, top > line - 2 {
            if case .label = lines[top - 1] { top -= 1 } else if case .section = lines[top - 1] { top -= 1 } else { break }
        }
        var bottom = line
        while bottom + 1 < lines.count, case .message = lines[bottom + 1] { bottom += 1 }
        var scroll = min(self.scroll, top)
        if bottom >= scroll + height { scroll = bottom - height + 1 }
        if line < scroll { scroll = line }
        self.scroll = max(0, min(scroll, max(0, lines.count - height)))
        if line < self.scroll { self.scroll = line }
    }

    /// Esc: a changed or refused field goes back to its stored value; true when there was one.
    private mutating func revertField(_ state: AppState) -> Bool {
        guard !focus.isChoice, let content = PlanFormContent(screen: self, state: state) else { return false }
        let committed = content.committedText(focus, language: state.language)
        let shown = content.shownText(focus, screen: self, language: state.language)
        if editor.text != shown {
            editor = TextField(shown)
            editor.select()
            return true
        }
        if drafts[focus] != nil {
            drafts[focus] = nil
            errors[focus] = nil
            editor = TextField(committed)
            editor.select()
            return true
        }
        return false
    }

    /// Ctrl-R on a row. A new row goes at once; a planned meeting too. A participant is a person:
    /// the first Ctrl-R says what will happen (deleted, or marked as left because of meeting
    /// records), the second does it.
    private mutating func removeRow(armed: FormTarget?, _ state: inout AppState) {
        let language = state.language
        guard let content = PlanFormContent(screen: self, state: state), let row = focus.row else {
            state.message = StatusMessage(PlanFormTexts.removeOnlyRows.text(language))
            return
        }
        let first = focus.isParticipant ? FormTarget.participant(row, .name) : .meeting(row, .date)
        if content.isNewRow(first) {
            forgetDrafts(of: first)
            if first.isParticipant { newParticipantRows -= 1 } else { newMeetingRows -= 1 }
            focus(on: focus, state)
            return
        }
        var group = content.group
        if !first.isParticipant {
            guard let index = content.planIndex else { return }
            group.removePlannedMeeting(plan: index, row: row)
            forgetDrafts(of: first)
            state.message = StatusMessage(PlanFormTexts.meetingRemoved.text(language))
            edit(group, state)
            focus(on: focus, state)
            return
        }
        let member = content.participants[row]
        if member.left != nil {
            state.message = StatusMessage(EditError.notACurrentMember(member.name).message.text(language), isError: true)
            return
        }
        guard armed == first else {
            removalArmed = first
            let question = group.hasRecords(member.id)
                ? PlanFormTexts.confirmMarkLeft(member.name, on: state.today) : PlanFormTexts.confirmDelete(member.name)
            state.message = StatusMessage(question.text(language))
            return
        }
        do throws(EditError) {
            switch try group.removeParticipant(member.id, today: state.today) {
            case .deleted:
                state.message = StatusMessage(PlanFormTexts.memberDeleted(member.name).text(language))
            case .markedLeft(_, let date):
                state.message = StatusMessage(PlanFormTexts.memberMarkedLeft(member.name, on: date).text(language))
            }
        } catch {
            state.message = StatusMessage(error.message.text(language), isError: true)
            return
        }
        // Someone who left during this year stays on this year's list (marked so): the rows stay put.
        if !group.participants(of: content.plan).contains(where: { $0.id == member.id }) { forgetDrafts(of: first) }
        edit(group, state)
        focus(on: focus, state)
    }

    /// Ctrl-N / Ctrl-P: the next or previous plan of the group; after the last one, a new plan.
    private mutating func switchYear(forward: Bool, _ state: inout AppState) {
        guard let content = PlanFormContent(screen: self, state: state) else { return }
        let plans = content.group.plans.sorted { $0.from < $1.from }
        let position = content.planIndex.flatMap { _ in plans.firstIndex { $0.from == planFrom } } ?? plans.count
        let period: (CivilDate, CivilDate)
        if forward {
            if position + 1 < plans.count {
                period = (plans[position + 1].from, plans[position + 1].to)
            } else if position < plans.count {
                period = content.group.nextPlanPeriod(today: state.today)
                if plans.contains(where: { $0.from == period.0 }) { return }
            } else {
                state.message = StatusMessage(PlanFormTexts.noLaterYear.text(state.language))
                return
            }
        } else {
            guard position > 0 else {
                state.message = StatusMessage(PlanFormTexts.noEarlierYear.text(state.language))
                return
            }
            period = (plans[position - 1].from, plans[position - 1].to)
        }
        let target = focus
        // The edits of the other year stay in the draft: one save keeps them all.
        var next = PlanFormScreen(groupID: self.groupID, groupIndex: groupIndex, planFrom: period.0, proposedTo: period.1)
        (next.draft, next.base) = (draft, base)
        self = next
        settle(state)
        focus(on: target, state)
    }
}

extension FormTarget {
    var isParticipant: Bool {
        if case .participant = self { return true }
        return false
    }
}

