/// The rules of the regulation, with the ids the product reports (see docs/rules.md).
public enum RuleID: String, Sendable, CaseIterable, Hashable {
    case groupSize = "GROUP_SIZE"
    case groupFixed = "GROUP_FIXED"
    case bigRegistered = "BIG_REGISTERED"
    case meetingsPerYear = "MEETINGS_PER_YEAR"
    case meetingInterval = "MEETING_INTERVAL"
    case planProgramme = "PLAN_PROGRAMME"
    case attendance75 = "ATTENDANCE_75"
    case annualEvaluation = "ANNUAL_EVALUATION"
    case planBeforeFirst = "PLAN_BEFORE_FIRST"
    case planPeriod = "PLAN_PERIOD"
    case supervisorRegistration = "SUPERVISOR_REGISTRATION"
    case durationUniform = "DURATION_UNIFORM"
    case accreditationCap = "ACCREDITATION_CAP"
    case planComplete = "PLAN_COMPLETE"
    /// Not from the regulation: two synced machines recorded one meeting differently.
    case syncConflict = "SYNC_CONFLICT"

    /// The rule's name in a word or two, as people read it: the app shows findings by it (the id
    /// is for `check --json`, the rules' documentation and help).
    public var shortName: LocalizedText {
        switch self {
        case .groupSize: return LocalizedText(nl: "Groepsgrootte", en: "Group size")
        case .groupFixed: return LocalizedText(nl: "Vaste groep", en: "Fixed group")
        case .bigRegistered: return LocalizedText(nl: "BIG-registratie", en: "BIG registration")
        case .meetingsPerYear: return LocalizedText(nl: "Aantal per jaar", en: "Meetings a year")
        case .meetingInterval: return LocalizedText(nl: "Elke 3 maanden", en: "Every 3 months")
        case .planProgramme: return LocalizedText(nl: "Programma vooraf", en: "Programme ahead")
        case .attendance75: return LocalizedText(nl: "Aanwezigheid 75%", en: "Attendance 75%")
        case .annualEvaluation: return LocalizedText(nl: "Jaarevaluatie", en: "Annual evaluation")
        case .planBeforeFirst: return LocalizedText(nl: "Jaarplan op tijd", en: "Plan in time")
        case .planPeriod: return LocalizedText(nl: "Jaargang", en: "Plan year")
        case .supervisorRegistration: return LocalizedText(nl: "Registratie begeleider", en: "Supervisor registration")
        case .durationUniform: return LocalizedText(nl: "Gelijke duur", en: "Same duration")
        case .accreditationCap: return LocalizedText(nl: "Accreditatie-uren", en: "Accredited hours")
        case .planComplete: return LocalizedText(nl: "Jaarplan volledig", en: "Plan complete")
        case .syncConflict: return LocalizedText(nl: "Twee versies", en: "Two versions")
        }
    }

    /// The rule in a few words, for lists and help.
    public var summary: LocalizedText {
        switch self {
        case .groupSize: return LocalizedText(nl: "4 tot 8 leden", en: "4 to 8 members")
        case .groupFixed: return LocalizedText(nl: "vaste samenstelling", en: "fixed composition")
        case .bigRegistered: return LocalizedText(nl: "BIG-geregistreerd", en: "BIG-registered")
        case .meetingsPerYear: return LocalizedText(nl: "minstens 4 bijeenkomsten per jaar", en: "at least 4 meetings a year")
        case .meetingInterval: return LocalizedText(nl: "hoogstens 3 maanden tussen bijeenkomsten", en: "at most 3 months between meetings")
        case .planProgramme: return LocalizedText(nl: "programma vooraf vastgesteld", en: "programme fixed in advance")
        case .attendance75: return LocalizedText(nl: "75% aanwezigheid", en: "75% attendance")
        case .annualEvaluation: return LocalizedText(nl: "jaarlijkse evaluatie", en: "annual evaluation")
        case .planBeforeFirst: return LocalizedText(nl: "ingediend in GAIA vóór eerste bijeenkomst", en: "submitted in GAIA before the first meeting")
        case .planPeriod: return LocalizedText(nl: "jaargang van één jaar", en: "a year of one year")
        case .supervisorRegistration: return LocalizedText(nl: "registratie begeleider", en: "supervisor registration")
        case .durationUniform: return LocalizedText(nl: "gelijke duur per bijeenkomst", en: "uniform meeting duration")
        case .accreditationCap: return LocalizedText(nl: "max. 24 uur per 5 jaar", en: "max. 24 hours per 5 years")
        case .planComplete: return LocalizedText(nl: "jaarplan volledig", en: "plan complete")
        case .syncConflict: return LocalizedText(nl: "één versie per bijeenkomst", en: "one version per meeting")
        }
    }
}

public enum Severity: String, Sendable, Hashable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// One thing that is wrong now, or due soon, in a group.
public struct Finding: Hashable, Sendable {
    public var rule: RuleID
    public var severity: Severity
    public var groupID: GroupID
    public var groupName: String
    public var memberID: MemberID?
    public var memberName: String?
    /// The date by which something must happen, where there is one.
    public var due: CivilDate?
    /// The year (jaargang) the finding belongs to; nil: the group as a whole (no plan at all, a
    /// meeting in no plan, the supervisor's registration on file).
    public var year: YearPeriod?
    public var message: LocalizedText
    /// The action on the agenda that resolves it, where one of the usual steps does (submit the plan,
    /// hold a meeting, evaluate, plan next year); nil: an error of its own, to fix (or, in a year
    /// that ended, to close the year with).
    public var resolvedBy: ActionKind?

    public init(rule: RuleID, severity: Severity, groupID: GroupID, groupName: String, memberID: MemberID? = nil,
                memberName: String? = nil, due: CivilDate? = nil, year: YearPeriod? = nil, message: LocalizedText,
                resolvedBy: ActionKind? = nil) {
        self.rule = rule
        self.severity = severity
        self.groupID = groupID
        self.groupName = groupName
        self.memberID = memberID
        self.memberName = memberName
        self.due = due
        self.year = year
        self.message = message
        self.resolvedBy = resolvedBy
    }
}
