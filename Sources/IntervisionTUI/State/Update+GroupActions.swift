import Foundation
import IntervisionCore

/// The group screen's keys of issue 4: record a meeting, add/edit/retire members, edit and delete
/// meetings and evaluations, export an evaluation, undo, and a method's steps.
extension App {
    static func groupAction(_ action: Action?, _ screen: inout GroupScreen, _ content: GroupContent,
                            _ state: inout AppState) -> Outcome? {
        let group = content.group
        let selected = screen.cursors[screen.tab.rawValue].selected
        switch action {
        case .showAttendance:
            screen.tab = .attendance
        case .showEvaluations:
            screen.tab = .evaluations
        case .newMeeting:
            return Outcome([], .push(.meetingForm(newMeetingForm(group, on: state.today, topic: nil, state))))
        case .newEvaluation:
            return Outcome([], .push(.evaluationForm(newEvaluationForm(group, state))))
        case .addMember:
            return Outcome([], .push(.memberForm(newMemberForm(group, state))))
        case .undo:
            return Outcome(undo(&state))
        case .methodSteps:
            var method = group.methods.first ?? ""
            if screen.tab == .meetings, content.meetings.indices.contains(selected), !content.meetings[selected].method.isEmpty {
                method = content.meetings[selected].method
            }
            return Outcome([], .push(.prompt(.methodSteps(methodPanel(for: method, group: group, state)))))
        case .edit:
            return edit(screen.tab, selected, content, &state)
        case .delete:
            return deleteRequest(screen.tab, selected, content, &state)
        case .markLeft:
            guard screen.tab == .members, content.members.indices.contains(selected) else { return Outcome() }
            let member = content.members[selected].member
            let date = member.left ?? state.today
            return Outcome([], .push(.prompt(.markLeft(MarkLeftPrompt(
                groupID: group.id, memberID: member.id, name: member.name, date: TextField(Format.date(date, state.language)), error: nil)))))
        case .exportEvaluation:
            // The export dialog (issue 5), on this evaluation.
            guard content.evaluations.indices.contains(selected),
                  var export = exportScreen(for: group.id, planFrom: nil, state) else { return Outcome() }
            export.choice = .evaluation
            export.evaluation = content.evaluations[selected]
            return Outcome([], .push(.export(export)))
        default:
            return nil
        }
        return Outcome()
    }

    /// Enter or `e` on a line: the member, the meeting (a planned one is recorded), the evaluation.
    private static func edit(_ tab: GroupTab, _ selected: Int, _ content: GroupContent, _ state: inout AppState) -> Outcome {
        let group = content.group
        switch tab {
        case .members, .attendance:
            let members = content.members.map(\.member)  // the grid lists them in the same order
            guard members.indices.contains(selected) else { return Outcome() }
            return Outcome([], .push(.memberForm(editMemberForm(group, members[selected], state))))
        case .meetings:
            guard content.meetings.indices.contains(selected) else { return Outcome() }
            let row = content.meetings[selected]
            if let id = row.id, let meeting = group.meetings.first(where: { $0.id == id }) {
                return Outcome([], .push(.meetingForm(editMeetingForm(group, meeting, state))))
            }
            // A planned meeting: record it, with its date when that has come and its topic.
            let date = row.date.map { min($0, state.today) } ?? state.today
            return Outcome([], .push(.meetingForm(newMeetingForm(group, on: date, topic: row.topic, state))))
        case .evaluations:
            guard content.evaluations.indices.contains(selected) else { return Outcome() }
            return Outcome([], .push(.evaluationForm(editEvaluationForm(group, content.evaluations[selected], state))))
        case .findings:
            return Outcome()
        }
    }

    private static func deleteRequest(_ tab: GroupTab, _ selected: Int, _ content: GroupContent, _ state: inout AppState) -> Outcome {
        let group = content.group
        switch tab {
        case .meetings:
            guard content.meetings.indices.contains(selected) else { return Outcome() }
            let row = content.meetings[selected]
            guard let id = row.id, let date = row.date else {
                state.message = StatusMessage(Texts.text(.messagePlannedNotDeleted, state.language))
                return Outcome()
            }
            let label = LocalizedText(
                nl: Texts.format(.deleteMeetingLabel, .nl, date.dutch, row.topic.isEmpty ? "—" : row.topic, "\(row.present)/\(row.expected)"),
                en: Texts.format(.deleteMeetingLabel, .en, date.iso, row.topic.isEmpty ? "—" : row.topic, "\(row.present)/\(row.expected)"))
            return Outcome([], .push(.prompt(.confirmDelete(DeleteRequest(groupID: group.id, target: .meeting(id), label: label)))))
        case .evaluations:
            guard content.evaluations.indices.contains(selected) else { return Outcome() }
            let evaluation = content.evaluations[selected]
            let label = LocalizedText(nl: Texts.format(.deleteEvaluationLabel, .nl, evaluation.date.dutch),
                                      en: Texts.format(.deleteEvaluationLabel, .en, evaluation.date.iso))
            return Outcome([], .push(.prompt(.confirmDelete(DeleteRequest(groupID: group.id, target: .evaluation(evaluation.id), label: label)))))
        default:
            return Outcome()
        }
    }

    /// The methods to page through, starting at `method` (or the group's first). A method typed by
    /// hand that the library does not know comes first, so the panel can say where to add it.
    static func methodPanel(for method: String, group: Group, _ state: AppState) -> MethodPanel {
        var names = state.methods.choices(for: group)
        let typed = method.trimmingCharacters(in: .whitespaces)
        let known = state.methods.method(named: typed)
        if let index = names.firstIndex(where: { $0 == typed || (known?.isNamed($0) ?? false) }) {
            return MethodPanel(names: names, index: index)
        }
        if !typed.isEmpty { names.insert(typed, at: 0) }
        return MethodPanel(names: names, index: 0)
    }

}
