/// Where the plan of the judged year stands.
public enum PlanStatus: Hashable, Sendable {
    /// No plan covers the judged year.
    case missing
    /// A plan exists; these fields of the form are still empty.
    case incomplete(missing: [PlanField])
    /// Every field is filled in, not yet exported.
    case complete
    /// Exported (or submitted) on this date.
    case exported(CivilDate)
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
    public var mayStillMiss: Int
    public var canReach75: Bool { mayStillMiss >= 0 }
    /// Accreditation hours earned in the judged year (0 without a BIG number).
    public var hoursThisYear: Double
    /// Accreditation hours in the 5-year re-registration period that ends with (or contains) the year.
    public var hoursInPeriod: Double
    public var periodStart: CivilDate?
    public var periodEnd: CivilDate?
}

/// Everything the rules engine says about one group on one day.
public struct GroupReport: Hashable, Sendable {
    public var groupID: GroupID
    public var groupName: String
    public var today: CivilDate
    /// The year (plan) the rules were judged for: the one containing today, else the latest ended.
    public var year: YearPlan?
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
    public var findings: [Finding]

    public var errorCount: Int { findings.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { findings.count - errorCount }
    public var hasErrors: Bool { errorCount > 0 }
    /// Members who may miss no further meeting, or can no longer reach 75 %.
    public var membersAtRisk: Int { members.reduce(0) { $0 + ($1.mayStillMiss <= 0 && $1.yearTotal > 0 ? 1 : 0) } }
    /// The earliest due date among the findings.
    public var earliestDue: CivilDate? { findings.compactMap(\.due).min() }
}
