/// Turns a group's records into findings and standings for one day. Pure: the day is passed in,
/// nothing reads the system clock.
public enum RulesEngine {
    public static func report(for group: Group, supervisor: Supervisor?, today: CivilDate) -> GroupReport {
        let j = Judgement(group: group, supervisor: supervisor, today: today)
        let standings = j.membersOfYear.map { AttendanceRules.standing(of: $0, in: j) }
        var findings = CompositionRules.findings(j)
        findings += MeetingRules.findings(j)
        findings += PlanRules.findings(j)
        findings += AttendanceRules.findings(j, standings: standings)
        findings += CapRule.findings(j, standings: standings)
        findings += EvaluationRule.findings(j)
        findings += SupervisorRule.findings(j)
        findings += SyncConflictRule.findings(j)
        findings.sort(by: actionOrder)

        return GroupReport(
            groupID: group.id, groupName: group.name, today: today, year: j.plan,
            heldThisYear: j.heldThisYear.count, plannedThisYear: j.plan?.meetingCount ?? 0,
            lastMeeting: j.held.last?.date,
            nextMeetingDue: j.held.last.map { MeetingRules.nextDue(after: $0.date) },
            nextPlannedMeeting: nextPlanned(in: group, today: today),
            planStatus: planStatus(j), members: standings, findings: findings)
    }

    /// Reports for many groups, judged in parallel (the engine is pure, groups are independent).
    public static func reports(for groups: [Group], supervisor: Supervisor?, today: CivilDate) -> [GroupReport] {
        Parallel.map(groups.count) { report(for: groups[$0], supervisor: supervisor, today: today) }
    }

    /// The first planned date from today on that has not been held yet.
    static func nextPlanned(in group: Group, today: CivilDate) -> CivilDate? {
        let held = Set(group.meetings.map(\.date))
        return group.plans.flatMap { $0.planned.compactMap(\.date) }.filter { $0 >= today && !held.contains($0) }.min()
    }

    /// Errors first, then what is due soonest, then the order of the rules.
    static func actionOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        switch (a.due, b.due) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        let order = RuleID.allCases
        return order.firstIndex(of: a.rule)! < order.firstIndex(of: b.rule)!
    }

    /// The plan that is current or comes next; an ended year with no successor has none.
    static func planStatus(_ j: Judgement) -> PlanStatus {
        guard let plan = PlanRules.openPlans(j).first else { return .missing }
        if let sent = plan.sentOn { return .exported(sent) }
        let missing = PlanCompleteness.missingFields(group: j.group, plan: plan, supervisor: j.supervisor)
        return missing.isEmpty ? .complete : .incomplete(missing: missing)
    }
}
