/// PLAN_PROGRAMME, PLAN_BEFORE_FIRST, PLAN_PERIOD, PLAN_COMPLETE, DURATION_UNIFORM: the yearly plan.
enum PlanRules {
    /// The LVSC asks for the application at least 4 weeks before the first meeting, so that it can
    /// be assessed in time: the warnings about applying count back from there.
    static let applicationLeadDays = 28
    /// Remind this many days before next year's application is due while next year has no plan.
    static let nextPlanWarningDays = 30
    /// Held meetings outside every plan are reported when they are this recent.
    static let unplannedLookbackDays = 365

    static func findings(_ j: Judgement) -> [Finding] {
        period(j) + beforeFirst(j) + complete(j) + durationUniform(j)
    }

    /// About the group's plans as a whole: no plan at all, a meeting in no plan, next year's plan.
    static func groupFindings(_ facts: GroupFacts) -> [Finding] {
        guard let last = facts.plans.last else {
            return [facts.finding(.planProgramme, .error, year: nil, resolvedBy: .planNextYear,
                                  nl: "Er is geen jaarplan: leg het programma vast vóór de eerste bijeenkomst",
                                  en: "There is no yearly plan: fix the programme before the first meeting")]
        }
        var result: [Finding] = []
        let recent = facts.held.filter { facts.today.days(until: $0.date) > -unplannedLookbackDays }
        if let unplanned = recent.first(where: { facts.plan(containing: $0.date) == nil }) {
            result.append(facts.finding(.planProgramme, .error, year: nil,
                nl: "De bijeenkomst van \(unplanned.date.dutch) valt in geen enkel jaarplan",
                en: "The meeting of \(unplanned.date.iso) falls in no yearly plan"))
        }
        if let reminder = nextPlan(facts, last: last) { result.append(reminder) }
        return result
    }

    /// Next year's plan, when there is none: its application is due 4 weeks before next year's first
    /// meeting; with no meeting planned yet, 4 weeks before this year's end. Reminded from 30 days
    /// before that.
    static func nextPlan(_ facts: GroupFacts, last: YearPlan) -> Finding? {
        guard !facts.group.members(on: min(facts.today, last.to)).isEmpty else { return nil }
        let applyBy = last.to.adding(days: -applicationLeadDays)
        guard facts.today.days(until: applyBy) <= nextPlanWarningDays else { return nil }
        let start = last.to.adding(days: 1)
        return facts.finding(.planProgramme, .warning, year: last.period, due: applyBy, resolvedBy: .planNextYear,
            nl: "Nog geen jaarplan voor de jaargang vanaf \(start.dutch); dien het liefst uiterlijk \(applyBy.dutch) in GAIA in (4 weken vóór de eerste bijeenkomst)",
            en: "No yearly plan yet for the year from \(start.iso); best submit it in GAIA by \(applyBy.iso) (4 weeks before the first meeting)")
    }

    /// Whether a plan was applied for too late for a meeting on `firstMeeting`: not marked as
    /// submitted in GAIA on or before that day. An export does not count.
    static func appliedTooLate(_ plan: YearPlan, firstMeeting: CivilDate) -> Bool {
        plan.submitted.map { $0 > firstMeeting } ?? true
    }

    static func beforeFirst(_ j: Judgement) -> [Finding] {
        let plan = j.plan
        // Worked out only for a finding: it renders the plan's content for its fingerprint.
        var application: PlanApplication { j.group.application(of: plan, supervisor: j.supervisor) }
        if let first = j.heldThisYear.first {
            guard appliedTooLate(plan, firstMeeting: first.date) else { return [] }
            if let submitted = plan.submitted {
                return [j.finding(.planBeforeFirst, .error, due: first.date,
                    nl: "De eerste bijeenkomst was op \(first.date.dutch), maar het jaarplan is pas op \(submitted.dutch) ingediend in GAIA",
                    en: "The first meeting was on \(first.date.iso), but the plan was only submitted in GAIA on \(submitted.iso)")]
            }
            return [j.finding(.planBeforeFirst, .error, due: first.date, resolvedBy: .submitPlan,
                nl: "De eerste bijeenkomst was op \(first.date.dutch), maar het jaarplan is \(application.summary.nl)",
                en: "The first meeting was on \(first.date.iso), but the plan is \(application.summary.en)")]
        }
        guard !j.yearEnded, plan.submitted == nil else { return [] }
        let firstDate = j.plannedAhead.first ?? plan.from
        let daysLeft = j.today.days(until: firstDate)
        guard daysLeft >= 0 && daysLeft <= applicationLeadDays else { return [] }
        let days = counted(daysLeft, "dag", "dagen", "day", "days")
        return [j.finding(.planBeforeFirst, .warning, due: firstDate, resolvedBy: .submitPlan,
            nl: "Dien het jaarplan uiterlijk \(firstDate.dutch) in GAIA in, vóór de start van de eerste bijeenkomst (nog \(days.nl)); het is \(application.summary.nl)",
            en: "Submit the plan in GAIA by \(firstDate.iso), before the first meeting starts (\(days.en) left); it is \(application.summary.en)")]
    }

    /// PLAN_PERIOD: a jaargang is one year, D to D + 1 year − 1 day. Longer is an error; shorter can
    /// only be a first, partial year, and is a warning that says so.
    static func period(_ j: Judgement) -> [Finding] {
        let period = j.plan.period
        let beyond = period.daysBeyondOneYear
        let oneYearEnd = YearPeriod.oneYear(from: period.from).to
        if beyond > 0 {
            let days = counted(beyond, "dag", "dagen", "day", "days")
            return [j.finding(.planPeriod, .error,
                nl: "De jaargang \(period.label.nl) is \(days.nl) langer dan een jaar; een jaar vanaf \(period.from.dutch) loopt tot en met \(oneYearEnd.dutch)",
                en: "The year \(period.label.en) is \(days.en) longer than one year; a year from \(period.from.iso) ends on \(oneYearEnd.iso)")]
        }
        if beyond < 0 {
            let days = counted(-beyond, "dag", "dagen", "day", "days")
            return [j.finding(.planPeriod, .warning,
                nl: "De jaargang \(period.label.nl) is \(days.nl) korter dan een jaar; dat kan alleen een eerste, gedeeltelijke jaargang zijn",
                en: "The year \(period.label.en) is \(days.en) shorter than one year; that can only be a first, partial year")]
        }
        return []
    }

    /// Every empty field of the form, for a plan still running or to come (an ended year is history).
    static func complete(_ j: Judgement) -> [Finding] {
        guard !j.yearEnded else { return [] }
        let plan = j.plan
        return PlanCompleteness.missingFields(group: j.group, plan: plan, supervisor: j.supervisor).map { field in
            j.finding(.planComplete, .error, due: plan.submitted == nil ? plan.planned.compactMap(\.date).min() : nil,
                      resolvedBy: plan.submitted == nil ? .submitPlan : nil,
                nl: "Jaarplan \(plan.period.label.nl): '\(field.label.nl)' is niet ingevuld",
                en: "Plan \(plan.period.label.en): '\(field.label.en)' is empty")
        }
    }

    /// The plan states the *expected average* net duration, and every meeting earns those hours. A
    /// warning only when the held meetings fall short of it on average: then the members would be
    /// credited more than they spent. One meeting longer or shorter is fine.
    static func durationUniform(_ j: Judgement) -> [Finding] {
        guard let planned = j.plan.durationHours, !j.heldThisYear.isEmpty else { return [] }
        let total = j.heldThisYear.reduce(0.0) { $0 + ($1.durationHours ?? planned) }
        let average = total / Double(j.heldThisYear.count)
        let shortMinutes = Int(((planned - average) * 60).rounded())
        guard shortMinutes > 0 else { return [] }
        let minutes = counted(shortMinutes, "minuut", "minuten", "minute", "minutes")
        let meetings = counted(j.heldThisYear.count, "bijeenkomst", "bijeenkomsten", "meeting", "meetings")
        return [j.finding(.durationUniform, .warning,
            nl: "De \(meetings.nl) duurde\(j.heldThisYear.count == 1 ? "" : "n") gemiddeld \(formatHours(average, decimals: 2)) uur netto, \(minutes.nl) korter dan de \(formatHours(planned, decimals: 2)) uur per bijeenkomst in het jaarplan",
            en: "The \(meetings.en) lasted \(formatHours(average, decimalSeparator: ".", decimals: 2)) net hours on average, \(minutes.en) less than the plan's \(formatHours(planned, decimalSeparator: ".", decimals: 2)) hours per meeting")]
    }
}

/// ANNUAL_EVALUATION: the supervisor evaluates with the participants every year. An evaluation counts
/// for the year it belongs to (`Group.year(of:)`), which may be held just after that year ended.
enum EvaluationRule {
    /// Remind this many days before the year's last planned meeting: the evaluation is held with the
    /// group, so at a meeting.
    static let warningDays = 30

    static func findings(_ j: Judgement) -> [Finding] {
        let plan = j.plan
        guard !j.group.evaluations.contains(where: { j.group.year(of: $0)?.from == plan.from }) else { return [] }
        if j.yearEnded {
            return [j.finding(.annualEvaluation, .error, due: plan.to, resolvedBy: .evaluate,
                nl: "De jaargang eindigde op \(plan.to.dutch) zonder evaluatie met de deelnemers",
                en: "The year ended on \(plan.to.iso) without an evaluation with the participants")]
        }
        let lastPlanned = plan.planned.compactMap(\.date).filter { plan.contains($0) }.max()
        if let last = j.plannedAhead.last {
            let daysLeft = j.today.days(until: last)
            guard daysLeft <= warningDays else { return [] }
            let days = counted(daysLeft, "dag", "dagen", "day", "days")
            return [j.finding(.annualEvaluation, .warning, due: last, resolvedBy: .evaluate,
                nl: "Evalueer de jaargang met de groep bij de laatste geplande bijeenkomst, uiterlijk \(last.dutch) (nog \(days.nl))",
                en: "Evaluate the year with the group at the last planned meeting, by \(last.iso) (\(days.en) left)")]
        }
        // No planned meeting left (or none dated): before the year ends.
        let daysLeft = j.today.days(until: plan.to)
        guard daysLeft <= warningDays || (lastPlanned.map { $0 <= j.today } ?? false) else { return [] }
        let days = counted(daysLeft, "dag", "dagen", "day", "days")
        return [j.finding(.annualEvaluation, .warning, due: plan.to, resolvedBy: .evaluate,
            nl: "Evalueer de jaargang met de groep, uiterlijk \(plan.to.dutch) (nog \(days.nl))",
            en: "Evaluate the year with the group by \(plan.to.iso) (\(days.en) left)")]
    }
}
