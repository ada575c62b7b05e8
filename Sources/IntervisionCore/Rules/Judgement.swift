/// What every rule needs to know about one group on one day, computed once.
struct Judgement {
    let group: Group
    let supervisor: Supervisor?
    let today: CivilDate
    /// The plan judged: the one containing today, else the latest that ended, else the first to come.
    let plan: YearPlan?
    /// Plans that start after today (next year's application).
    let upcomingPlans: [YearPlan]
    /// All held meetings (dated today or earlier), oldest first, across years.
    let held: [Meeting]
    /// Held meetings inside the judged plan's period, oldest first.
    let heldThisYear: [Meeting]

    init(group: Group, supervisor: Supervisor?, today: CivilDate) {
        self.group = group
        self.supervisor = supervisor
        self.today = today
        let plans = group.plans.sorted { $0.from < $1.from }
        plan = Judgement.judgedPlan(plans, today: today)
        upcomingPlans = plans.filter { today < $0.from }
        held = group.meetings.filter { $0.date <= today }.sorted { $0.date < $1.date }
        if let plan {
            heldThisYear = held.filter { plan.contains($0.date) }
        } else {
            heldThisYear = []
        }
    }

    static func judgedPlan(_ sortedPlans: [YearPlan], today: CivilDate) -> YearPlan? {
        if let current = sortedPlans.last(where: { $0.contains(today) }) { return current }
        if let ended = sortedPlans.last(where: { $0.to < today }) { return ended }
        return sortedPlans.first
    }

    /// The judged year is over.
    var yearEnded: Bool { plan.map { $0.to < today } ?? false }

    /// The day membership is measured on: today, kept inside the judged year.
    var referenceDate: CivilDate {
        guard let plan else { return today }
        return min(max(today, plan.from), plan.to)
    }

    /// Members at the reference date: the group's size and the people the warnings are about.
    var currentMembers: [Member] { group.members(on: referenceDate) }

    /// Members at some point during the judged year.
    var membersOfYear: [Member] {
        guard let plan else { return currentMembers }
        return group.members.filter { member in
            (member.joined.map { $0 <= plan.to } ?? true) && (member.left.map { $0 > plan.from } ?? true)
        }
    }

    /// The number of meetings the year is judged against: the plan's, or the held ones if more.
    var yearTotal: Int { max(plan?.meetingCount ?? 0, heldThisYear.count) }

    /// Net hours a meeting is accredited for: its year's planned duration (the regulation makes it
    /// the same for every meeting), else the meeting's own.
    func accreditedHours(of meeting: Meeting) -> Double {
        group.plan(containing: meeting.date)?.durationHours ?? meeting.durationHours ?? 0
    }

    func finding(_ rule: RuleID, _ severity: Severity, member: Member? = nil, due: CivilDate? = nil,
                 nl: String, en: String) -> Finding {
        Finding(rule: rule, severity: severity, groupID: group.id, groupName: group.name, memberID: member?.id,
                memberName: member?.name, due: due, message: LocalizedText(nl: nl, en: en))
    }
}
