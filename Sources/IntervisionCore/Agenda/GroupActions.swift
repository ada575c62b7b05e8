/// A group's open actions, derived from its report: the overview, the agenda screen, the group's
/// header and `intervisie agenda` all show these, so they cannot disagree.
public enum Agenda {
    /// GAIA takes a meeting's attendance only after it; PE-online reminds 1, 15 and 30 days after.
    public static let attendanceReportDays = 30
    /// A year that ended is closed within this many days (after the last evaluation and attendance).
    public static let closingDays = 30

    /// Every open action of `group` on `report.today`, most urgent first. `report` is the group's
    /// default report (`RulesEngine.report(for:supervisor:today:)`): its open years and findings.
    /// Every error finding is resolved by exactly one action: the step that answers it (submit the
    /// plan, hold a meeting, evaluate, plan next year), else closing the year it belongs to when that
    /// year ended, else a `fix` of its own, due today. Findings of a closed year lead to nothing.
    public static func actions(for group: Group, report: GroupReport) -> [AgendaAction] {
        var builder = ActionBuilder(group: group, report: report)
        for year in report.years { builder.addYearActions(year) }
        builder.addHoldMeeting()
        builder.addReportAttendance()
        builder.addPlanNextYear()
        for finding in report.findings { builder.attach(finding) }
        return builder.actions.sorted(by: AgendaAction.urgencyOrder)
    }
}

/// Collects one group's actions, then hangs the report's findings on them.
private struct ActionBuilder {
    let group: Group
    let report: GroupReport
    let today: CivilDate
    /// Held meetings (dated today or earlier), oldest first.
    let held: [Meeting]
    let heldDates: Set<CivilDate>
    private(set) var actions: [AgendaAction] = []

    init(group: Group, report: GroupReport) {
        self.group = group
        self.report = report
        today = report.today
        held = group.meetings.filter { $0.date <= report.today }.sorted { $0.date < $1.date }
        heldDates = Set(held.map(\.date))
    }

    private mutating func add(_ kind: ActionKind, due: CivilDate, text: LocalizedText, year: YearPeriod? = nil,
                              meeting: Meeting? = nil, rule: RuleID? = nil, member: MemberID? = nil) {
        actions.append(AgendaAction(kind: kind, groupID: group.id, groupName: group.name, due: due, rule: rule ?? kind.rule,
                              isOverdue: due < today, text: text, year: year, meetingID: meeting?.id,
                              meetingDate: meeting?.date, memberID: member))
    }

    private func plan(of year: YearPeriod) -> YearPlan? {
        group.plans.first { $0.from == year.from && $0.to == year.to }
    }

    /// A planned date still to come: today or later, and not held yet.
    private func isAhead(_ date: CivilDate) -> Bool { date >= today && !heldDates.contains(date) }

    // MARK: Per year: submit, evaluate, close

    mutating func addYearActions(_ year: YearReport) {
        guard let plan = plan(of: year.period) else { return }
        switch year.state {
        case .closed:
            return
        case .upcoming, .running:
            if plan.submitted == nil { addSubmitPlan(plan) }
            if year.state == .running && !isEvaluated(plan) { addEvaluate(plan) }
        case .ended:
            if !isEvaluated(plan) { addEvaluate(plan) }
            let due = plan.to.adding(days: Agenda.closingDays)
            add(.closeYear, due: due, text: ActionText.closeYear(plan.period, due: due), year: plan.period)
        }
    }

    /// Due 4 weeks before the year's first meeting (the first planned or held, whichever is earlier),
    /// the year's start when none is known: the LVSC's lead time (PLAN_BEFORE_FIRST).
    private mutating func addSubmitPlan(_ plan: YearPlan) {
        let planned = plan.planned.compactMap(\.date).filter(plan.contains).min()
        let firstHeld = held.first { plan.contains($0.date) }?.date
        let first = [planned, firstHeld].compactMap { $0 }.min() ?? plan.from
        let due = first.adding(days: -PlanRules.applicationLeadDays)
        add(.submitPlan, due: due, text: ActionText.submitPlan(plan.period, due: due), year: plan.period)
    }

    private func isEvaluated(_ plan: YearPlan) -> Bool {
        group.evaluations.contains { group.year(of: $0)?.from == plan.from }
    }

    /// Due at the year's last planned meeting while it is still to come (the evaluation is held with
    /// the group), else by the year's end: the same dates ANNUAL_EVALUATION warns about.
    private mutating func addEvaluate(_ plan: YearPlan) {
        let last = plan.planned.compactMap(\.date).filter(plan.contains).max()
        let due = last.flatMap { isAhead($0) ? $0 : nil } ?? plan.to
        add(.evaluate, due: due, text: ActionText.evaluate(plan.period, due: due), year: plan.period)
    }

    // MARK: For the group: meetings, attendance, next year's plan

    /// While a year runs (or a meeting is overdue or due soon): the next planned date, or the last
    /// held meeting + 3 months if that is earlier. With neither known, 3 months after the year's start.
    mutating func addHoldMeeting() {
        let running = report.years.first { $0.state == .running }
        let reminded = report.findings.contains { $0.resolvedBy == .holdMeeting && $0.rule == .meetingInterval }
        guard running != nil || reminded else { return }
        let deadline = held.last.map { MeetingRules.nextDue(after: $0.date) }
        let planned = report.nextPlannedMeeting
        let fallback = running.map { $0.period.from.adding(months: MeetingRules.maximumGapMonths) } ?? today
        let due = [deadline, planned].compactMap { $0 }.min() ?? fallback
        let text = ActionText.holdMeeting(planned: planned, deadline: deadline ?? (planned == nil ? due : nil))
        add(.holdMeeting, due: due, text: text, year: running?.period)
    }

    /// Each held meeting of an open year whose attendance is not yet marked as entered in GAIA.
    mutating func addReportAttendance() {
        let open = group.plans.filter { $0.closed == nil }
        for meeting in held where meeting.reported == nil {
            guard let plan = open.first(where: { $0.contains(meeting.date) }) else { continue }
            let due = meeting.date.adding(days: Agenda.attendanceReportDays)
            add(.reportAttendance, due: due, text: ActionText.reportAttendance(of: meeting.date, due: due),
                year: plan.period, meeting: meeting)
        }
    }

    /// No plan after the last one, once that has started: due 4 weeks before it ends (next year has
    /// no meeting planned yet). No plan at all: today.
    mutating func addPlanNextYear() {
        guard let last = group.plans.max(by: { $0.from < $1.from }) else {
            add(.planNextYear, due: today, text: ActionText.firstPlan)
            return
        }
        guard last.from <= today, !group.members(on: min(today, last.to)).isEmpty else { return }
        let due = last.to.adding(days: -PlanRules.applicationLeadDays)
        let next = YearPeriod.oneYear(from: last.to.adding(days: 1))
        add(.planNextYear, due: due, text: ActionText.planNextYear(next, due: due), year: last.period)
    }

    // MARK: Findings

    /// Hangs a finding on the action that resolves it; an error with none gets a `fix`.
    mutating func attach(_ finding: Finding) {
        if let kind = finding.resolvedBy, let index = index(of: kind, year: finding.year) {
            attach(finding, to: index)
        } else if finding.severity == .error {
            if let year = finding.year, let index = actions.firstIndex(where: { $0.kind == .closeYear && $0.year == year }) {
                attach(finding, to: index)
            } else if !isClosed(finding.year) {
                add(.fix, due: today, text: finding.message, year: finding.year, rule: finding.rule, member: finding.memberID)
                attach(finding, to: actions.count - 1)
            }
        }
    }

    /// The action of `kind`; for the per-year kinds, the one of `year`.
    private func index(of kind: ActionKind, year: YearPeriod?) -> Int? {
        switch kind {
        case .submitPlan, .evaluate, .closeYear:
            return actions.firstIndex { $0.kind == kind && $0.year == year }
        case .holdMeeting, .planNextYear, .reportAttendance, .fix:
            return actions.firstIndex { $0.kind == kind }
        }
    }

    private func isClosed(_ year: YearPeriod?) -> Bool {
        guard let year else { return false }
        return report.years.contains { $0.period == year && $0.state.isClosed }
    }

    private mutating func attach(_ finding: Finding, to index: Int) {
        actions[index].findings.append(finding)
        if actions[index].severity.map({ finding.severity > $0 }) ?? true { actions[index].severity = finding.severity }
    }
}
