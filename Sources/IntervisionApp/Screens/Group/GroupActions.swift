import IntervisionCore

/// What Enter, `e` and `d` do on the line selected in each tab.
extension GroupScreen {
    /// Enter or `e` on a line: the member, the meeting (a planned one is recorded), the evaluation.
    static func edit(_ tab: GroupTab, _ selected: Int, _ content: GroupContent, _ state: AppState) -> Outcome {
        let group = content.group
        switch tab {
        case .members, .attendance:
            let members = content.members.map(\.member)  // the grid lists them in the same order
            guard members.indices.contains(selected) else { return Outcome() }
            return Outcome([], .push(MemberForm.changing(members[selected], of: group, state)))
        case .meetings:
            guard content.meetings.indices.contains(selected) else { return Outcome() }
            let row = content.meetings[selected]
            if let id = row.id, let meeting = group.meetings.first(where: { $0.id == id }) {
                return Outcome([], .push(MeetingForm.changing(meeting, of: group, state)))
            }
            // A planned meeting: record it, with its date when that has come and its topic.
            let date = row.date.map { min($0, state.today) } ?? state.today
            return Outcome([], .push(MeetingForm.recording(group, on: date, topic: row.topic, state)))
        case .evaluations:
            guard content.evaluations.indices.contains(selected) else { return Outcome() }
            return Outcome([], .push(EvaluationForm.changing(content.evaluations[selected], of: group, state)))
        case .findings:
            return Outcome()
        }
    }

    /// `d` on a meeting or an evaluation: asks first.
    static func deleteRequest(_ tab: GroupTab, _ selected: Int, _ content: GroupContent, _ state: inout AppState) -> Outcome {
        let group = content.group
        switch tab {
        case .meetings:
            guard content.meetings.indices.contains(selected) else { return Outcome() }
            let row = content.meetings[selected]
            guard let id = row.id, let date = row.date else {
                state.message = StatusMessage(GroupTexts.plannedNotDeleted.text(state.language))
                return Outcome()
            }
            let label = GroupTexts.deleteMeetingLabel(date: date, topic: row.topic, present: row.present, expected: row.expected)
            return Outcome([], .push(ConfirmDeletePrompt(groupID: group.id, target: .meeting(id), label: label)))
        case .evaluations:
            guard content.evaluations.indices.contains(selected) else { return Outcome() }
            let evaluation = content.evaluations[selected]
            let label = GroupTexts.deleteEvaluationLabel(evaluation.date)
            return Outcome([], .push(ConfirmDeletePrompt(groupID: group.id, target: .evaluation(evaluation.id), label: label)))
        default:
            return Outcome()
        }
    }
}

extension GroupScreen {
    /// Shows a tab of the group's screen below the top one with the line `row` picks selected
    /// (after a save: the record just saved).
    static func show(_ groupID: GroupID, tab: GroupTab, row: (GroupContent) -> Int?, _ state: inout AppState) {
        guard let index = state.stack.lastIndex(where: { ($0 as? GroupScreen)?.groupID == groupID }),
              var screen = state.stack[index] as? GroupScreen, let content = state.content(of: screen) else { return }
        screen.tab = tab
        if let row = row(content) {
            screen.cursors[tab.rawValue].apply(.to(row), count: content.count(of: tab), height: Layout.groupListHeight(state.size))
        }
        state.stack[index] = screen
    }

    /// A form's save is confirmed: it says so, the group screen shows the record on its tab, and
    /// the form closes.
    static func closeSavedForm(_ answer: SaveAnswer, tab: GroupTab, row: (GroupContent) -> Int?, _ state: inout AppState) -> Outcome {
        state.message = StatusMessage(AppTexts.saved(answer.save.what).text(state.language))
        show(answer.save.group.id, tab: tab, row: row, &state)
        return Outcome([], .pop)
    }
}
