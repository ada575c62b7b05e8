/// A year is closed by the supervisor, not by the calendar: until then its findings stay in the
/// default check, so a member who ended below 75 % or a year without an evaluation is not lost
/// from view the day the next plan starts. Closing a year with errors is allowed (they are history:
/// those members get no hours for it), after a confirmation that lists them (`closingErrors`).
extension Group {
    /// Closes the year that starts on `from` (or contains it) on `date`. Refused: no such year, a
    /// year that has not ended by `date`, or one closed before.
    @discardableResult
    public mutating func closeYear(from: CivilDate, on date: CivilDate) throws(EditError) -> YearPlan {
        let index = try planIndex(naming: from)
        let plan = plans[index]
        if let closed = plan.closed { throw .yearAlreadyClosed(plan.period, on: closed) }
        guard plan.to < date else { throw .yearNotEnded(plan.period) }
        plans[index].closed = date
        return plans[index]
    }

    /// The errors of the year that `from` names, as they stand on `today`: what closing it leaves
    /// unresolved, for the confirmation. Empty: nothing to confirm.
    public func closingErrors(from: CivilDate, supervisor: Supervisor?, today: CivilDate) -> [Finding] {
        RulesEngine.report(for: self, year: from, supervisor: supervisor, today: today)?
            .findings.filter { $0.severity == .error } ?? []
    }
}
