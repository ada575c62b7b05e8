/// What the rules need to know about one group on one day, worked out once and shared by every
/// year judged.
struct GroupFacts {
    let group: Group
    let supervisor: Supervisor?
    let today: CivilDate
    /// The plans by start date.
    let plans: [YearPlan]
    /// All held meetings (dated today or earlier), oldest first, across years.
    let held: [Meeting]
    /// The year the group's standing is shown for: the plan containing today, else the latest that
    /// ended, else the first to come.
    let current: YearPlan?
    /// The days a meeting was held on.
    let heldDates: Set<CivilDate>

    init(group: Group, supervisor: Supervisor?, today: CivilDate) {
        self.group = group
        self.supervisor = supervisor
        self.today = today
        plans = group.plans.sorted { $0.from < $1.from }
        held = group.meetings.filter { $0.date <= today }.sorted { $0.date < $1.date }
        current = GroupFacts.currentPlan(plans, today: today)
        heldDates = Set(held.map(\.date))
    }

    /// A planned date still to come: today or later, and not held (a meeting planned for today
    /// that is not recorded yet is still ahead).
    func isAhead(_ date: CivilDate) -> Bool { date >= today && !heldDates.contains(date) }

    static func currentPlan(_ sortedPlans: [YearPlan], today: CivilDate) -> YearPlan? {
        if let current = sortedPlans.last(where: { $0.contains(today) }) { return current }
        if let ended = sortedPlans.last(where: { $0.to < today }) { return ended }
        return sortedPlans.first
    }

    /// The plan that comes after `plan`.
    func plan(after plan: YearPlan) -> YearPlan? { plans.first { $0.from > plan.to } }

    /// The plan containing `date`.
    func plan(containing date: CivilDate) -> YearPlan? { plans.first { $0.contains(date) } }

    /// Net hours a meeting is accredited for: its year's planned duration (the regulation makes it
    /// the same for every meeting), else the meeting's own.
    func accreditedHours(of meeting: Meeting) -> Double {
        plan(containing: meeting.date)?.durationHours ?? meeting.durationHours ?? 0
    }

    func finding(_ rule: RuleID, _ severity: Severity, year: YearPeriod?, member: Member? = nil, due: CivilDate? = nil,
                 resolvedBy: ActionKind? = nil, nl: String, en: String) -> Finding {
        Finding(rule: rule, severity: severity, groupID: group.id, groupName: group.name, memberID: member?.id,
                memberName: member?.name, due: due, year: year, message: LocalizedText(nl: nl, en: en), resolvedBy: resolvedBy)
    }
}

/// One year (plan) of a group judged on one day.
struct Judgement {
    let facts: GroupFacts
    let plan: YearPlan
    /// The year the group's standing is shown for (`GroupFacts.current`): cumulative rules such as
    /// the 24-hour cap are judged on it, not again on the years to come.
    let isCurrent: Bool
    /// Held meetings inside the plan's period, oldest first.
    let heldThisYear: [Meeting]

    init(_ facts: GroupFacts, plan: YearPlan) {
        self.facts = facts
        self.plan = plan
        isCurrent = facts.current.map { $0.from == plan.from } ?? false
        heldThisYear = facts.held.filter { plan.contains($0.date) }
    }

    var group: Group { facts.group }
    var supervisor: Supervisor? { facts.supervisor }
    var today: CivilDate { facts.today }
    var held: [Meeting] { facts.held }

    /// The year is over.
    var yearEnded: Bool { plan.to < today }

    /// The year has begun (it may have ended too).
    var hasStarted: Bool { plan.from <= today }

    var state: YearState {
        if let closed = plan.closed { return .closed(closed) }
        if yearEnded { return .ended }
        return hasStarted ? .running : .upcoming
    }

    /// The day membership is measured on: today, kept inside the year.
    var referenceDate: CivilDate { min(max(today, plan.from), plan.to) }

    /// Members at the reference date: the group's size and the people the warnings are about.
    var currentMembers: [Member] { group.members(on: referenceDate) }

    /// Members at some point during the year.
    var membersOfYear: [Member] { group.participants(of: plan) }

    /// The number of meetings the year is judged against: the plan's, or the held ones if more.
    var yearTotal: Int { max(plan.meetingCount, heldThisYear.count) }

    /// The year's planned dates still to come (`GroupFacts.isAhead`), in order.
    var plannedAhead: [CivilDate] {
        plan.planned.compactMap(\.date).filter { plan.contains($0) && facts.isAhead($0) }.sorted()
    }

    func accreditedHours(of meeting: Meeting) -> Double { facts.accreditedHours(of: meeting) }

    func finding(_ rule: RuleID, _ severity: Severity, member: Member? = nil, due: CivilDate? = nil,
                 resolvedBy: ActionKind? = nil, nl: String, en: String) -> Finding {
        facts.finding(rule, severity, year: plan.period, member: member, due: due, resolvedBy: resolvedBy, nl: nl, en: en)
    }
}

/// "1 bijeenkomst", "3 bijeenkomsten": a count with the word in the right number, both languages.
func counted(_ count: Int, _ nlOne: String, _ nlMany: String, _ enOne: String, _ enMany: String) -> LocalizedText {
    LocalizedText(nl: "\(count) \(count == 1 ? nlOne : nlMany)", en: "\(count) \(count == 1 ? enOne : enMany)")
}
