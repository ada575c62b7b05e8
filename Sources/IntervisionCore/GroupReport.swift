/// Where a yearly plan stands: filled in, exported, submitted in GAIA (`Group.planStatus(of:supervisor:)`).
public enum PlanStatus: Hashable, Sendable {
    /// No plan covers the judged year.
    case missing
    /// A plan exists; these fields of the form are still empty.
    case incomplete(missing: [PlanField])
    /// Every field is filled in, not yet exported.
    case complete
    /// Exported as a final document on this date and unchanged since; not yet submitted in GAIA.
    case exported(CivilDate)
    /// Exported on this date, but changed since: that document is stale, export it again.
    case changedSinceExport(CivilDate)
    /// Marked as submitted in GAIA on this date: the application PLAN_BEFORE_FIRST asks for.
    case submitted(CivilDate)
}

/// Where a judged year stands.
public enum YearState: Hashable, Sendable {
    /// Starts after today.
    case upcoming
    /// Contains today.
    case running
    /// Ended and not closed: its findings stay in the default check.
    case ended
    /// Closed by the supervisor on this date: judged only when asked for (`check --from`).
    case closed(CivilDate)

    /// "loopt", "afgelopen, niet afgesloten", "afgesloten op 21-12-2026": after the year's dates in
    /// `check` and on the screens.
    public var label: LocalizedText {
        switch self {
        case .upcoming: return LocalizedText(nl: "komt nog", en: "to come")
        case .running: return LocalizedText(nl: "loopt", en: "running")
        case .ended: return LocalizedText(nl: "afgelopen, niet afgesloten", en: "ended, not closed")
        case .closed(let date): return LocalizedText(nl: "afgesloten op \(date.dutch)", en: "closed on \(date.iso)")
        }
    }

    public var isClosed: Bool {
        if case .closed = self { return true }
        return false
    }
}

/// One year (jaargang) judged: its standing and findings.
public struct YearReport: Hashable, Sendable {
    public var period: YearPeriod
    public var state: YearState
    /// Meetings held in the year (dated on or before today).
    public var held: Int
    /// The plan's meeting count (the stated total, else the planned rows).
    public var planned: Int
    public var members: [MemberStanding]
    /// This year's findings, each carrying `period` as its year.
    public var findings: [Finding]
}

/// One member's standing in the judged year: the answers to "how is X doing?".
public struct MemberStanding: Hashable, Sendable {
    public var memberID: MemberID
    public var name: String
    /// Held meetings of the year this member was expected at, and attended.
    public var expected: Int
    public var attended: Int
    /// The number of meetings 75 % is measured against (planned total, or held if more).
    public var yearTotal: Int
    /// attended ÷ expected, nil before any meeting.
    public var percentage: Double?
    /// How many more meetings the member may miss and still reach 75 %; negative: can no longer reach it.
    /// A member leaving later in the year counts the meetings that may still fall before leaving
    /// (planned dates before the leave date, and undated ones), so a schedule not known yet is no error.
    public var mayStillMiss: Int
    public var canReach75: Bool { mayStillMiss >= 0 }
    /// Attended at least 75 % of the meetings held that the member was expected at (so far, while
    /// the year runs); nil before any.
    public var reached75: Bool? { expected > 0 ? AttendanceRules.meetsThreshold(attended: attended, of: expected) : nil }
    /// Accreditation hours earned in the judged year (0 without a BIG number).
    public var hoursThisYear: Double
    /// Accreditation hours in the 5-year re-registration period that ends with (or contains) the year.
    public var hoursInPeriod: Double
    /// `hoursInPeriod` plus the year's meetings still to come the member is expected at: what the
    /// period would hold if the year goes as planned (ACCREDITATION_CAP warns ahead on it).
    public var hoursWithPlanned: Double
    public var periodStart: CivilDate?
    public var periodEnd: CivilDate?
}

/// Everything the rules engine says about one group on one day.
///
/// The default report judges every year that is not closed: the years that ended (until the
/// supervisor closes them), the running year and the years to come (their application). Findings
/// about the group as a whole (the supervisor's registration, a meeting in no plan, the next
/// meeting due) come once, with the year they concern where there is one.
public struct GroupReport: Hashable, Sendable {
    public var groupID: GroupID
    public var groupName: String
    public var today: CivilDate
    /// The year the standing below is about: the one containing today, else the latest ended, else
    /// the first to come (for a one-year report: that year).
    public var year: YearPlan?
    /// The years judged, oldest first, with their own findings.
    public var years: [YearReport]
    /// Meetings held in the judged year (dated on or before today).
    public var heldThisYear: Int
    /// The year's meeting count from the plan (0 without a plan).
    public var plannedThisYear: Int
    /// The last meeting held (across years).
    public var lastMeeting: CivilDate?
    /// The date by which the next meeting must be held (last meeting + 3 months).
    public var nextMeetingDue: CivilDate?
    /// The next planned meeting date after today, if the plan knows one.
    public var nextPlannedMeeting: CivilDate?
    public var planStatus: PlanStatus
    public var members: [MemberStanding]
    /// Every finding of the years judged and of the group, errors first, then what is due soonest.
    /// The same words in two years are said once, for the later year.
    public var findings: [Finding]

    /// Whether more than one year has findings: the screens then name the year with each finding.
    public var spansSeveralYears: Bool { Set(findings.compactMap(\.year)).count > 1 }

    public var errorCount: Int { findings.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { findings.count - errorCount }
    public var hasErrors: Bool { errorCount > 0 }
    /// Members who may miss no further meeting, or can no longer reach 75 %.
    public var membersAtRisk: Int { members.reduce(0) { $0 + ($1.mayStillMiss <= 0 && $1.yearTotal > 0 ? 1 : 0) } }
    /// The earliest due date among the findings.
    public var earliestDue: CivilDate? { findings.compactMap(\.due).min() }
}
