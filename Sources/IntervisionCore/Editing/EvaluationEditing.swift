/// The yearly evaluation ("De begeleider evalueert jaarlijks met de deelnemers") belongs to the year
/// it evaluates, which is not always the year its date falls in: a group often looks back on the
/// year just after it ended.
extension Group {
    /// The year (plan) an evaluation belongs to: the plan starting on (or containing) its recorded
    /// year; an older record without one, the plan containing its date.
    public func year(of evaluation: Evaluation) -> YearPlan? {
        if let year = evaluation.year {
            return plans.first { $0.from == year } ?? plan(containing: year)
        }
        return plan(containing: evaluation.date)
    }

    /// The year an evaluation dated `date` belongs to when none is named: the year that contains the
    /// date, except that an evaluation dated after a year's end, while that year has no evaluation
    /// (other than `excluding`, the one being edited), is not closed, and no meeting of the next year
    /// was held before `date`, belongs to the year that ended. A date in no year at all counts for the
    /// ended year only within 3 months of its end (by then the next meeting was due): later, it is
    /// far more likely a mistyped date, and refused as one.
    public func defaultEvaluationYear(on date: CivilDate, excluding: EvaluationID? = nil) -> YearPlan? {
        let containing = plan(containing: date)
        if let ended = plans.filter({ $0.to < date }).max(by: { $0.from < $1.from }), ended.closed == nil,
           containing != nil || date <= MeetingRules.nextDue(after: ended.to),
           !evaluations.contains(where: { $0.id != excluding && year(of: $0)?.from == ended.from }),
           !meetings.contains(where: { $0.date > ended.to && $0.date < date }) {
            return ended
        }
        return containing
    }

    /// Records the yearly evaluation held on `date`, or replaces the one with id `existingID` (the
    /// screens edit an evaluation in place). `year` names the year it is about (its first day or any
    /// day in it); without it, `defaultEvaluationYear` decides, and an edit that keeps the date keeps
    /// the year it had. Refused: no such year, or a date before the year starts. Empty answers are
    /// left out.
    @discardableResult
    public mutating func recordEvaluation(on date: CivilDate, year: CivilDate? = nil, participants: [MemberID]? = nil,
                                          answers: [EvaluationQuestion: String],
                                          replacing existingID: EvaluationID? = nil) throws(EditError) -> Evaluation {
        let existing = existingID.flatMap { id in evaluations.first { $0.id == id } }
        if let existingID, existing == nil { throw .unknownEvaluation(existingID) }
        for answer in answers.values { try TextKind.longText.check(answer.trimmed, field: FieldLabel.answer) }
        let plan: YearPlan
        if let year {
            plan = plans[try planIndex(naming: year)]
        } else if let existing, existing.date == date, let kept = self.year(of: existing) {
            plan = kept
        } else if let found = defaultEvaluationYear(on: date, excluding: existingID) {
            plan = found
        } else {
            plan = plans[try planForRecord(on: date)]
        }
        guard date >= plan.from else { throw .evaluationBeforeYear(date, plan.period) }
        let who = participants ?? members(on: date).map(\.id)
        let id = existingID ?? freshEvaluationID(for: date)
        let evaluation = Evaluation(id: id, date: date, year: plan.from, participants: who,
                                    answers: answers.compactMapValues { $0.trimmed.isEmpty ? nil : $0.trimmed })
        if let index = evaluations.firstIndex(where: { $0.id == id }) {
            evaluations[index] = evaluation
        } else {
            evaluations.append(evaluation)
        }
        evaluations.sort { $0.date < $1.date }
        return evaluation
    }

    public mutating func deleteEvaluation(id: EvaluationID) throws(EditError) {
        guard let index = evaluations.firstIndex(where: { $0.id == id }) else { throw .unknownEvaluation(id) }
        evaluations.remove(at: index)
    }
}
