import IntervisionCore

/// Where Enter on an action of the agenda goes: the place where that action is done, opened over
/// the agenda, so Esc (or closing what was done) comes back to it.
enum AgendaDestination {
    static func open(_ action: AgendaAction, _ state: inout AppState) -> Outcome {
        guard let index = state.catalog.groups.firstIndex(where: { $0.id == action.groupID }) else { return Outcome() }
        let group = state.catalog.groups[index]
        switch action.kind {
        case .submitPlan:
            // The plan of that year; Ctrl-G there marks it as submitted in GAIA.
            return PlanFormScreen.open(group.id, period: action.year.map { ($0.from, $0.to) }, state)
        case .planNextYear:
            // A new plan from the day after the last one ends (no plan at all: the form's own choice).
            let next = action.year.map { year -> (from: CivilDate, to: CivilDate) in
                let from = year.to.adding(days: 1)
                return (from, YearPlan.defaultEnd(from: from))
            }
            return PlanFormScreen.open(group.id, period: next, state)
        case .holdMeeting:
            return Outcome([], .push(MeetingForm.recording(group, on: state.today, topic: nil, state)))
        case .reportAttendance:
            // The meetings tab of the meeting's own year, which need not be the one the group opens on.
            let meeting = group.meetings.first { $0.id == action.meetingID }
            let year = meeting.flatMap { group.plan(containing: $0.date) }?.from
            return groupScreen(group, at: index, tab: .meetings, year: year, state) { content in
                content.meetings.firstIndex { $0.id != nil && $0.id == action.meetingID }
            }
        case .evaluate:
            var form = EvaluationForm.recording(group, state)
            form.year = action.year?.from
            return Outcome([], .push(form))
        case .closeYear:
            guard let year = action.year else { return Outcome() }
            return Outcome([], .push(CloseYearPrompt.asking(year, of: group, state)))
        case .fix:
            if action.rule == .supervisorRegistration { return ProfileForm.open(state) }
            if let member = action.memberID {
                return groupScreen(group, at: index, tab: .members, state) { content in
                    content.members.firstIndex { $0.member.id == member }
                }
            }
            return groupScreen(group, at: index, tab: .findings, state) { content in
                action.findings.first.flatMap { content.findings.firstIndex(of: $0) }
            }
        }
    }

    /// The group's screen on `tab` (of the plan from `year`, else today's), with the line `row` finds
    /// selected (when it is listed there).
    private static func groupScreen(_ group: Group, at index: Int, tab: GroupTab, year: CivilDate? = nil, _ state: AppState,
                                    row: (GroupContent) -> Int?) -> Outcome {
        var screen = GroupScreen(groupID: group.id, groupIndex: index)
        screen.tab = tab
        screen.year = year
        if let content = state.content(of: screen), let line = row(content) {
            screen.cursors[tab.rawValue].apply(.to(line), count: content.count(of: tab), height: Layout.groupListHeight(state.size))
        }
        return Outcome([], .push(screen))
    }
}
