/// Which actions the person at the keyboard can do. The contact person draws up and submits the
/// plan and keeps its meeting dates (the rules they act on, `Role.actsOn`); entering attendance in
/// GAIA, the annual evaluation and closing a year are the supervisor's, as is a fix of a finding
/// only the supervisor can act on. The overview and the agenda of a contact person list only theirs.
extension Role {
    public func acts(on action: AgendaAction) -> Bool {
        guard self == .contactPerson else { return true }
        switch action.kind {
        case .submitPlan, .planNextYear, .holdMeeting: return true
        case .reportAttendance, .evaluate, .closeYear: return false
        case .fix: return action.findings.allSatisfy(actsOn)
        }
    }
}

extension GroupAgenda {
    /// The agenda as `role` sees it: only the actions it can do, counted again on `today`.
    public func acting(as role: Role, today: CivilDate) -> GroupAgenda {
        guard role != .supervisor else { return self }
        var mine = self
        mine.actions = actions.filter(role.acts(on:))
        mine.overdue = mine.actions.count { AgendaBucket.of($0.due, today: today) == .overdue }
        mine.dueThisWeek = mine.actions.count { AgendaBucket.of($0.due, today: today) == .thisWeek }
        return mine
    }
}
