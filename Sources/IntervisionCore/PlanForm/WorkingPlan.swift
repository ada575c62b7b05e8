/// Which yearly plan the form opens on and `intervisie export plan` exports when no year is named.
extension Group {
    /// The plan to work on now: the earliest plan that has not ended and was not yet submitted in
    /// GAIA, since that is the one still to hand in; else the plan of today; else the first plan to
    /// come; else the latest. nil: the group has no plan.
    public func workingPlanIndex(today: CivilDate) -> Int? {
        let open = plans.indices.filter { plans[$0].to >= today }
        if let unsent = open.filter({ plans[$0].submitted == nil }).min(by: { plans[$0].from < plans[$1].from }) { return unsent }
        if let current = plans.firstIndex(where: { $0.contains(today) }) { return current }
        if let next = open.min(by: { plans[$0].from < plans[$1].from }) { return next }
        return plans.indices.max { plans[$0].from < plans[$1].from }
    }

    /// The period of a plan not made yet: from the day after the last plan ends, or from the first of
    /// next month when there is no plan (or the last one is over); 12 months, as most years run.
    public func nextPlanPeriod(today: CivilDate) -> (from: CivilDate, to: CivilDate) {
        let nextMonth = CivilDate(year: today.year, month: today.month, day: 1)!.adding(months: 1)
        let afterLast = plans.map(\.to).max().map { $0.adding(days: 1) }
        let from = afterLast.flatMap { $0 >= today ? $0 : nil } ?? nextMonth
        return (from, YearPlan.defaultEnd(from: from))
    }

    /// The last meeting before the plan's year: a held one, or one planned in an earlier plan, so the
    /// gap across the turn of the year is checked while the new plan is typed.
    public func lastMeeting(before plan: YearPlan) -> CivilDate? {
        let held = meetings.map(\.date).filter { $0 < plan.from }.max()
        let planned = plans.filter { $0.from < plan.from }.flatMap { $0.planned.compactMap(\.date) }.filter { $0 < plan.from }.max()
        return [held, planned].compactMap { $0 }.max()
    }
}

extension YearPlan {
    /// One year from `from`: 01-09-2026 → 31-08-2027 (`YearPeriod.oneYear`).
    public static func defaultEnd(from: CivilDate) -> CivilDate { YearPeriod.oneYear(from: from).to }
}
