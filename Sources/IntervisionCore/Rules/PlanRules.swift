/// PLAN_PROGRAMME, PLAN_BEFORE_FIRST, PLAN_COMPLETE, DURATION_UNIFORM: the yearly plan.
enum PlanRules {
    /// Warn this many days before the first planned meeting while the plan is not sent.
    static let sendWarningDays = 28
    /// Warn this many days before the year ends while next year has no plan.
    static let nextPlanWarningDays = 30
    /// Held meetings outside every plan are reported when they are this recent.
    static let unplannedLookbackDays = 365

    static func findings(_ j: Judgement) -> [Finding] {
        programme(j) + beforeFirst(j) + complete(j) + durationUniform(j) + plannedGaps(j)
    }

    /// The plans still to be acted on: the judged one while it runs, and those to come.
    static func openPlans(_ j: Judgement) -> [YearPlan] {
        var plans = j.upcomingPlans
        if let plan = j.plan, !j.yearEnded, !plans.contains(plan) { plans.insert(plan, at: 0) }
        return plans
    }

    static func programme(_ j: Judgement) -> [Finding] {
        guard let plan = j.plan else {
            return [j.finding(.planProgramme, .error,
                              nl: "Er is geen jaarplan: leg het programma vast vóór de eerste bijeenkomst",
                              en: "There is no yearly plan: fix the programme before the first meeting")]
        }
        var result: [Finding] = []
        let recent = j.held.filter { j.today.days(until: $0.date) > -unplannedLookbackDays }
        if let unplanned = recent.first(where: { j.group.plan(containing: $0.date) == nil }) {
            result.append(j.finding(.planProgramme, .error,
                nl: "De bijeenkomst van \(unplanned.date.dutch) valt in geen enkel jaarplan",
                en: "The meeting of \(unplanned.date.iso) falls in no yearly plan"))
        }
        // What is due next: next year's plan, before this one ends.
        let start = plan.to.adding(days: 1)
        if j.upcomingPlans.isEmpty && j.today.days(until: plan.to) <= nextPlanWarningDays && !j.currentMembers.isEmpty {
            result.append(j.finding(.planProgramme, .warning, due: start,
                nl: "Nog geen jaarplan voor de jaargang vanaf \(start.dutch)",
                en: "No yearly plan yet for the year from \(start.iso)"))
        }
        return result
    }

    static func beforeFirst(_ j: Judgement) -> [Finding] {
        var result: [Finding] = []
        if let plan = j.plan, let first = j.heldThisYear.first {
            let sent = plan.sentOn
            if sent == nil || first.date < sent! {
                let when = sent.map { LocalizedText(nl: "pas op \($0.dutch)", en: "only on \($0.iso)") }
                    ?? LocalizedText(nl: "nog niet", en: "not yet")
                result.append(j.finding(.planBeforeFirst, .error, due: first.date,
                    nl: "De eerste bijeenkomst was op \(first.date.dutch), maar het jaarplan is \(when.nl) ingediend of geëxporteerd",
                    en: "The first meeting was on \(first.date.iso), but the plan was \(when.en) submitted or exported"))
            }
        }
        for plan in openPlans(j) where plan.sentOn == nil {
            if plan == j.plan && !j.heldThisYear.isEmpty { continue }
            let firstDate = plan.planned.compactMap(\.date).filter { $0 >= j.today }.min() ?? plan.from
            let daysLeft = j.today.days(until: firstDate)
            if daysLeft >= 0 && daysLeft <= sendWarningDays {
                result.append(j.finding(.planBeforeFirst, .warning, due: firstDate,
                    nl: "Het jaarplan moet vóór \(firstDate.dutch) naar GAIA (nog \(daysLeft) dagen); het is nog niet geëxporteerd",
                    en: "The plan must go to GAIA before \(firstDate.iso) (\(daysLeft) days left); it is not exported yet"))
            }
        }
        return result
    }

    static func complete(_ j: Judgement) -> [Finding] {
        openPlans(j).flatMap { plan in
            PlanCompleteness.missingFields(group: j.group, plan: plan, supervisor: j.supervisor).map { field in
                j.finding(.planComplete, .error, due: plan.sentOn == nil ? plan.planned.compactMap(\.date).min() : nil,
                    nl: "Jaarplan \(plan.from.dutchShort) – \(plan.to.dutchShort): '\(field.label.nl)' is niet ingevuld",
                    en: "Plan \(plan.from.iso) – \(plan.to.iso): '\(field.label.en)' is empty")
            }
        }
    }

    static func durationUniform(_ j: Judgement) -> [Finding] {
        guard let planned = j.plan?.durationHours else { return [] }
        return j.heldThisYear.compactMap { meeting in
            guard let actual = meeting.durationHours, abs(actual - planned) > 0.001 else { return nil }
            return j.finding(.durationUniform, .warning,
                nl: "De bijeenkomst van \(meeting.date.dutch) duurde \(formatHours(actual)) uur; het jaarplan noemt \(formatHours(planned)) uur per bijeenkomst",
                en: "The meeting of \(meeting.date.iso) lasted \(formatHours(actual, decimalSeparator: ".")) hours; the plan says \(formatHours(planned, decimalSeparator: ".")) hours per meeting")
        }
    }

    /// Planned dates ahead that would leave more than 3 months between meetings.
    static func plannedGaps(_ j: Judgement) -> [Finding] {
        guard let plan = j.plan, !j.yearEnded else { return [] }
        return PlannedDates.gaps(in: plan, after: j.held.last?.date, from: j.today).map { problem in
            j.finding(.meetingInterval, .warning, nl: "Planning: \(problem.message.nl)", en: "Planning: \(problem.message.en)")
        }
    }
}

/// ANNUAL_EVALUATION: the supervisor evaluates with the participants every year.
enum EvaluationRule {
    static let warningDays = 30

    static func findings(_ j: Judgement) -> [Finding] {
        guard let plan = j.plan, !j.group.evaluations.contains(where: { plan.contains($0.date) }) else { return [] }
        if j.yearEnded {
            return [j.finding(.annualEvaluation, .error, due: plan.to,
                nl: "De jaargang eindigde op \(plan.to.dutch) zonder evaluatie met de deelnemers",
                en: "The year ended on \(plan.to.iso) without an evaluation with the participants")]
        }
        let daysLeft = j.today.days(until: plan.to)
        if daysLeft <= warningDays {
            return [j.finding(.annualEvaluation, .warning, due: plan.to,
                nl: "Evalueer het jaar met de groep vóór \(plan.to.dutch) (nog \(daysLeft) dagen)",
                en: "Evaluate the year with the group by \(plan.to.iso) (\(daysLeft) days left)")]
        }
        return []
    }
}
