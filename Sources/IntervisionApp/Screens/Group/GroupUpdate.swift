import IntervisionCore

extension App {
    static func group(_ action: Action?, _ screen: inout GroupScreen, _ state: inout AppState) -> Outcome {
        guard let content = state.content(of: screen) else { return Outcome([], .pop) }
        let height = Layout.groupListHeight(state.size)

        if screen.openFinding != nil {
            if action == .closeDialog { screen.openFinding = nil }
            return Outcome()
        }
        if let move = move(for: action) {
            screen.cursors[screen.tab.rawValue].apply(move, count: content.count(of: screen.tab), height: height)
            return Outcome()
        }
        let tabs = GroupTab.allCases
        switch action {
        case .nextTab:
            screen.tab = tabs[(screen.tab.rawValue + 1) % tabs.count]
        case .previousTab:
            screen.tab = tabs[(screen.tab.rawValue + tabs.count - 1) % tabs.count]
        case .showMembers:
            screen.tab = .members
        case .showMeetings:
            screen.tab = .meetings
        case .showFindings:
            screen.tab = .findings
        case .open:
            // Findings open in a dialog with the full text; members, meetings and evaluations open
            // their forms.
            if screen.tab == .findings, !content.findings.isEmpty {
                // MARK: - Supervisor profile: the one finding the group screen cannot fix opens the form that does.
                let selected = screen.cursors[GroupTab.findings.rawValue].selected
                if content.findings.indices.contains(selected), content.findings[selected].rule == .supervisorRegistration {
                    return openProfileForm(state)
                }
                screen.openFinding = screen.cursors[GroupTab.findings.rawValue].selected
            } else if screen.tab != .findings {
                return groupAction(.edit, &screen, content, &state) ?? Outcome()
            }
        case .back:
            return Outcome([], .pop)
        // MARK: - Yearly plan and exports (issue 5)
        case .openPlan:
            return openPlanForm(screen.groupID, state)
        case .openExport:
            guard let export = exportScreen(for: screen.groupID, planFrom: nil, state) else { return Outcome() }
            return Outcome([], .push(.export(export)))
        default:
            return groupAction(action, &screen, content, &state) ?? common(action, &state) ?? Outcome()
        }
        return Outcome()
    }
}
