/// Turns a group's records into findings and standings for one day. Pure: the day is passed in,
/// nothing reads the system clock.
public enum RulesEngine {
    /// Every year that is not closed (ended, running, to come), and the group as a whole.
    public static func report(for group: Group, supervisor: Supervisor?, today: CivilDate) -> GroupReport {
        let facts = GroupFacts(group: group, supervisor: supervisor, today: today)
        let overall = groupFindings(facts)
        let years = facts.plans.filter { $0.closed == nil }.map { yearReport(Judgement(facts, plan: $0), overall) }
        let judged = Set(years.map(\.period))
        var findings = withoutRepeats(years) + overall.filter { $0.year.map { !judged.contains($0) } ?? true }
        findings.sort(by: actionOrder)
        return assemble(facts, focus: facts.current, years: years, findings: findings)
    }

    /// One year judged on its own, open or closed, at any time (`check --from`, the list shown before
    /// closing a year): the findings of that year, including those about the group that concern it.
    /// nil: no plan starts on or contains `year`.
    public static func report(for group: Group, year: CivilDate, supervisor: Supervisor?, today: CivilDate) -> GroupReport? {
        let facts = GroupFacts(group: group, supervisor: supervisor, today: today)
        guard let plan = facts.plans.first(where: { $0.from == year }) ?? facts.plan(containing: year) else { return nil }
        let report = yearReport(Judgement(facts, plan: plan), groupFindings(facts))
        return assemble(facts, focus: plan, years: [report], findings: report.findings.sorted(by: actionOrder))
    }

    /// Reports for many groups, judged in parallel (the engine is pure, groups are independent).
    public static func reports(for groups: [Group], supervisor: Supervisor?, today: CivilDate) -> [GroupReport] {
        Parallel.map(groups.count) { report(for: groups[$0], supervisor: supervisor, today: today) }
    }

    /// One year of each group that has a plan starting on (or containing) `year`, in parallel.
    public static func reports(for groups: [Group], year: CivilDate, supervisor: Supervisor?, today: CivilDate) -> [GroupReport] {
        Parallel.map(groups.count) { report(for: groups[$0], year: year, supervisor: supervisor, today: today) }.compactMap { $0 }
    }

    // MARK: - Years and the group

    /// The rules that judge one year.
    static func yearReport(_ j: Judgement, _ overall: [Finding]) -> YearReport {
        let standings = j.membersOfYear.map { AttendanceRules.standing(of: $0, in: j) }
        var findings = CompositionRules.findings(j)
        findings += MeetingRules.findings(j)
        findings += PlanRules.findings(j)
        findings += AttendanceRules.findings(j, standings: standings)
        findings += CapRule.findings(j, standings: standings)
        findings += EvaluationRule.findings(j)
        findings += overall.filter { $0.year == j.plan.period }
        return YearReport(period: j.plan.period, state: j.state, held: j.heldThisYear.count, planned: j.plan.meetingCount,
                          members: standings, findings: findings)
    }

    /// The rules about the group as a whole and about what is due now: each finding names the year
    /// it concerns where there is one.
    static func groupFindings(_ facts: GroupFacts) -> [Finding] {
        SupervisorRule.findings(facts) + PlanRules.groupFindings(facts) + MeetingRules.groupFindings(facts)
            + SyncConflictRule.findings(facts)
    }

    /// The years' findings, latest year first when the same thing is said twice: a member without a
    /// BIG number is one warning, not one per open year. The 24-hour cap is a running total, so only
    /// the latest year's count is kept.
    static func withoutRepeats(_ years: [YearReport]) -> [Finding] {
        guard years.count > 1 else { return years.first?.findings ?? [] }
        struct Said: Hashable {
            var rule: RuleID
            var member: MemberID?
            var severity: Severity
            var words: String?
        }
        var seen = Set<Said>()
        var kept: [Finding] = []
        for year in years.reversed() {
            for finding in year.findings {
                let running = finding.rule == .accreditationCap
                let said = Said(rule: finding.rule, member: finding.memberID, severity: finding.severity,
                                words: running ? nil : finding.message.en)
                if seen.insert(said).inserted { kept.append(finding) }
            }
        }
        return kept
    }

    static func assemble(_ facts: GroupFacts, focus: YearPlan?, years: [YearReport], findings: [Finding]) -> GroupReport {
        let focused = focus.flatMap { plan in years.first { $0.period == plan.period } }
            ?? focus.map { yearReport(Judgement(facts, plan: $0), []) }
        let members = focused?.members ?? AttendanceRules.standingsWithoutPlan(facts)
        return GroupReport(
            groupID: facts.group.id, groupName: facts.group.name, today: facts.today, year: focus, years: years,
            heldThisYear: focused?.held ?? 0, plannedThisYear: focused?.planned ?? 0,
            lastMeeting: facts.held.last?.date,
            nextMeetingDue: facts.held.last.map { MeetingRules.nextDue(after: $0.date) },
            nextPlannedMeeting: nextPlanned(in: facts.group, today: facts.today),
            planStatus: planStatus(facts), members: members, findings: findings)
    }

    /// The first planned date from today on that has not been held yet.
    static func nextPlanned(in group: Group, today: CivilDate) -> CivilDate? {
        let held = Set(group.meetings.map(\.date))
        return group.plans.flatMap { $0.planned.compactMap(\.date) }.filter { $0 >= today && !held.contains($0) }.min()
    }

    /// Errors first, then what is due soonest, then the order of the rules, then the older year.
    static func actionOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        switch (a.due, b.due) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        let order = RuleID.allCases
        let (ra, rb) = (order.firstIndex(of: a.rule)!, order.firstIndex(of: b.rule)!)
        if ra != rb { return ra < rb }
        switch (a.year, b.year) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return true
        default: return false
        }
    }

    /// The plan that is running or comes next; when every plan has ended there is none.
    static func planStatus(_ facts: GroupFacts) -> PlanStatus {
        guard let plan = facts.plans.first(where: { $0.to >= facts.today }) else { return .missing }
        return facts.group.planStatus(of: plan, supervisor: facts.supervisor)
    }
}
