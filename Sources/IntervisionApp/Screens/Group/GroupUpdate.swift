import IntervisionCore

/// The group screen's keys: tabs and lists, then what the selected line opens, and the group's own
/// actions (record a meeting or the evaluation, add a member, undo, a method's steps, the plan, export).
extension GroupScreen {
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        guard let content = state.content(of: self) else { return Outcome([], .pop) }
        if openFinding != nil {
            if action == .closeDialog { openFinding = nil }
            return Outcome()
        }
        if let move = App.move(for: action) {
            cursors[tab.rawValue].apply(move, count: content.count(of: tab), height: Layout.groupListHeight(state.size))
            return Outcome()
        }
        let tabs = GroupTab.allCases
        let group = content.group
        let selected = cursors[tab.rawValue].selected
        switch action {
        case .nextTab:
            tab = tabs[(tab.rawValue + 1) % tabs.count]
        case .previousTab:
            tab = tabs[(tab.rawValue + tabs.count - 1) % tabs.count]
        case .showMembers:
            tab = .members
        case .showMeetings:
            tab = .meetings
        case .showFindings:
            tab = .findings
        case .showAttendance:
            tab = .attendance
        case .showEvaluations:
            tab = .evaluations
        case .open where tab == .findings:
            // A finding opens in a dialog with the full text; the one finding the group screen
            // cannot fix (SUPERVISOR_REGISTRATION) opens the form that does.
            guard content.findings.indices.contains(selected) else { break }
            if content.findings[selected].rule == .supervisorRegistration { return ProfileForm.open(state) }
            // Two versions of a record: the picker shows both.
            if content.findings[selected].rule == .syncConflict, let picker = SyncConflictScreen(finding: content.findings[selected], in: group) {
                return Outcome([], .push(picker))
            }
            openFinding = selected
        case .open, .edit:
            return Self.edit(tab, selected, content, state)
        case .delete:
            return Self.deleteRequest(tab, selected, content, &state)
        case .markLeft:
            guard tab == .members, content.members.indices.contains(selected) else { break }
            return Outcome([], .push(MarkLeftPrompt(leaving: content.members[selected].member, of: group, state)))
        case .newMeeting:
            return Outcome([], .push(MeetingForm.recording(group, on: state.today, topic: nil, state)))
        case .newEvaluation:
            return Outcome([], .push(EvaluationForm.recording(group, state)))
        case .addMember:
            return Outcome([], .push(MemberForm.adding(to: group, state)))
        case .undo:
            return Outcome(App.undo(&state))
        case .methodSteps:
            var method = group.methods.first ?? ""
            if tab == .meetings, content.meetings.indices.contains(selected), !content.meetings[selected].method.isEmpty {
                method = content.meetings[selected].method
            }
            return Outcome([], .push(MethodPanel(showing: method, of: group, state)))
        case .openPlan:
            return PlanFormScreen.open(groupID, state)
        case .openExport:
            // On the meetings tab: the list of the meeting selected (a sign-in sheet for one to come).
            if tab == .meetings, content.meetings.indices.contains(selected), let date = content.meetings[selected].date {
                guard let export = ExportScreen.make(for: groupID, meeting: date, state) else { break }
                return Outcome([], .push(export))
            }
            guard let export = ExportScreen.make(for: groupID, planFrom: nil, state) else { break }
            return Outcome([], .push(export))
        case .exportEvaluation:
            // The export dialog, on this evaluation.
            guard content.evaluations.indices.contains(selected),
                  var export = ExportScreen.make(for: groupID, planFrom: nil, state) else { break }
            export.choice = .evaluation
            export.evaluation = content.evaluations[selected]
            return Outcome([], .push(export))
        case .markSubmitted:
            return MarkSubmittedPrompt.open(for: content, &state)
        case .closeYear:
            return CloseYearPrompt.open(for: content, &state)
        case .reportAttendance:
            return GAIADialog.open(tab, selected: selected, content, &state)
        case .sync:
            return SyncUpdate.start(&state)
        case .back:
            return Outcome([], .pop)
        default:
            return App.common(action, &state) ?? Outcome()
        }
        return Outcome()
    }
}
