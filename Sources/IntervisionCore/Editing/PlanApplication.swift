/// The application in GAIA: "De groep (de begeleider of contactpersoon) dient de aanvraag vóór de
/// start van de eerste Intervisiebijeenkomst in GAIA in." Exporting the plan writes a document on
/// this machine; applying happens in GAIA and is marked here by the supervisor. The two are
/// different states and are named apart everywhere: "geëxporteerd" and "ingediend in GAIA".
public struct PlanApplication: Hashable, Sendable {
    /// The last final export.
    public var exported: CivilDate?
    /// The plan's content differs from what that export contained: the document is stale.
    public var changedSinceExport: Bool
    /// Marked as submitted in GAIA.
    public var submitted: CivilDate?

    public init(exported: CivilDate? = nil, changedSinceExport: Bool = false, submitted: CivilDate? = nil) {
        self.exported = exported
        self.changedSinceExport = changedSinceExport
        self.submitted = submitted
    }

    /// The export as words: "geëxporteerd op 01-12-2026", "gewijzigd na export op 01-12-2026",
    /// "nog niet geëxporteerd".
    public var exportState: LocalizedText {
        guard let exported else { return LocalizedText(nl: "nog niet geëxporteerd", en: "not exported yet") }
        return changedSinceExport
            ? LocalizedText(nl: "gewijzigd na export op \(exported.dutch)", en: "changed after the export of \(exported.iso)")
            : LocalizedText(nl: "geëxporteerd op \(exported.dutch)", en: "exported on \(exported.iso)")
    }

    /// The application as words: "ingediend in GAIA op 05-12-2026", or "nog niet als ingediend in
    /// GAIA gemarkeerd".
    public var submissionState: LocalizedText {
        guard let submitted else {
            return LocalizedText(nl: "nog niet als ingediend in GAIA gemarkeerd", en: "not yet marked as submitted in GAIA")
        }
        return LocalizedText(nl: "ingediend in GAIA op \(submitted.dutch)", en: "submitted in GAIA on \(submitted.iso)")
    }

    /// Both, as the findings and `plan show` say it: "geëxporteerd op 01-12-2026, nog niet als
    /// ingediend in GAIA gemarkeerd".
    public var summary: LocalizedText {
        LocalizedText(nl: "\(exportState.nl), \(submissionState.nl)", en: "\(exportState.en), \(submissionState.en)")
    }
}

extension Group {
    /// Where the plan stands with GAIA. An export recorded before fingerprints existed counts as
    /// unchanged (nothing says otherwise).
    public func application(of plan: YearPlan, supervisor: Supervisor?) -> PlanApplication {
        var changed = false
        if plan.exported != nil, let recorded = plan.exportedFingerprint {
            changed = PlanContent(group: self, plan: plan, supervisor: supervisor).fingerprint != recorded
        }
        return PlanApplication(exported: plan.exported, changedSinceExport: changed, submitted: plan.submitted)
    }

    /// The plan's state in one word for lists: submitted wins; a plan with empty fields is incomplete
    /// (it cannot be exported as final again); then exported, changed since, or complete.
    public func planStatus(of plan: YearPlan, supervisor: Supervisor?) -> PlanStatus {
        if let submitted = plan.submitted { return .submitted(submitted) }
        let missing = PlanCompleteness.missingFields(group: self, plan: plan, supervisor: supervisor)
        if !missing.isEmpty { return .incomplete(missing: missing) }
        let application = application(of: plan, supervisor: supervisor)
        if let exported = application.exported {
            return application.changedSinceExport ? .changedSinceExport(exported) : .exported(exported)
        }
        return .complete
    }

    /// Records a final export of the plan starting `from` on `date`, with the fingerprint of what it
    /// contained. The latest export counts: exporting again after a change makes the plan current.
    /// The export does not apply in GAIA (that is `markSubmitted`).
    public mutating func recordPlanExport(from: CivilDate, on date: CivilDate, supervisor: Supervisor?) {
        guard let index = plans.firstIndex(where: { $0.from == from }) else { return }
        plans[index].exported = max(plans[index].exported ?? date, date)
        plans[index].exportedFingerprint = PlanContent(group: self, plan: plans[index], supervisor: supervisor).fingerprint
    }

    /// Marks a plan as submitted in GAIA on `date`. `from` names the plan (its first day, or any day
    /// in it); without it, the earliest plan not yet submitted that has not ended by `date`.
    /// Refused: a date after today (mark it once it happened), or no such plan.
    @discardableResult
    public mutating func markSubmitted(from: CivilDate? = nil, on date: CivilDate, today: CivilDate) throws(EditError) -> YearPlan {
        guard date <= today else { throw .dateInFuture(date, today: today) }
        let index: Int
        if let from {
            index = try planIndex(naming: from)
        } else {
            guard let open = plans.indices.filter({ plans[$0].submitted == nil && plans[$0].to >= date })
                .min(by: { plans[$0].from < plans[$1].from }) else { throw .nothingToSubmit }
            index = open
        }
        plans[index].submitted = date
        return plans[index]
    }

    /// The plan a date names: the one starting on it, else the one containing it.
    public func planIndex(naming date: CivilDate) throws(EditError) -> Int {
        if let index = plans.firstIndex(where: { $0.from == date }) ?? plans.firstIndex(where: { $0.contains(date) }) {
            return index
        }
        throw .noPlanFor(date)
    }

    /// What the meeting form says before saving a meeting on `date` (`replacing`: the meeting being
    /// edited): nil, unless recording it makes PLAN_BEFORE_FIRST an error that is not one yet,
    /// because the year's plan is not marked as submitted in GAIA on or before that day. The
    /// meeting may still be recorded: it happened.
    public func planBeforeFirstWarning(meetingOn date: CivilDate, replacing: MeetingID? = nil,
                                       supervisor: Supervisor?) -> LocalizedText? {
        guard let plan = plan(containing: date) else { return nil }
        let others = meetings.filter { $0.id != replacing && plan.contains($0.date) && $0.date <= date }.map(\.date)
        let firstBefore = others.min()
        let firstAfter = min(firstBefore ?? date, date)
        guard PlanRules.appliedTooLate(plan, firstMeeting: firstAfter) else { return nil }
        if let firstBefore, PlanRules.appliedTooLate(plan, firstMeeting: firstBefore) { return nil }
        let state = application(of: plan, supervisor: supervisor)
        if let submitted = plan.submitted {
            return LocalizedText(
                nl: "Het jaarplan is pas op \(submitted.dutch) ingediend in GAIA: een bijeenkomst op \(date.dutch) maakt PLAN_BEFORE_FIRST een fout",
                en: "The plan was only submitted in GAIA on \(submitted.iso): a meeting on \(date.iso) makes PLAN_BEFORE_FIRST an error")
        }
        return LocalizedText(
            nl: "Het jaarplan is \(state.summary.nl): deze bijeenkomst vastleggen maakt PLAN_BEFORE_FIRST een fout. Al ingediend? Markeer het eerst als ingediend.",
            en: "The plan is \(state.summary.en): recording this meeting makes PLAN_BEFORE_FIRST an error. Already submitted? Mark it as submitted first.")
    }
}
