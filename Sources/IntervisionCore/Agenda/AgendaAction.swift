/// The kinds of thing a supervisor (or contact person) does for a group. The raw values are part of
/// `agenda --json`.
public enum ActionKind: String, Sendable, CaseIterable, Hashable {
    /// Mark the year's plan as submitted in GAIA (after filling it in and exporting it).
    case submitPlan = "submit-plan"
    /// Hold the next meeting: within 3 months of the last one.
    case holdMeeting = "hold-meeting"
    /// Enter a held meeting's attendance in GAIA.
    case reportAttendance = "report-attendance"
    /// Evaluate the year with the group.
    case evaluate
    /// Draw up (and submit) the plan for the year after the last one.
    case planNextYear = "plan-next-year"
    /// Close a year that has ended.
    case closeYear = "close-year"
    /// Put right an error that none of the steps above resolves.
    case fix

    /// The rule the action serves, where one asks for it; `fix` carries its finding's rule instead.
    public var rule: RuleID? {
        switch self {
        case .submitPlan: return .planBeforeFirst
        case .holdMeeting: return .meetingInterval
        case .evaluate: return .annualEvaluation
        case .planNextYear: return .planProgramme
        case .reportAttendance, .closeYear, .fix: return nil
        }
    }
}

/// One thing to do for a group, by a date: a step of the GAIA cycle or the regulation's year, or an
/// error to put right. Derived from the group's report (`Agenda.actions`), never stored.
public struct AgendaAction: Hashable, Sendable {
    public var kind: ActionKind
    public var groupID: GroupID
    public var groupName: String
    public var due: CivilDate
    /// The rule it serves, where there is one.
    public var rule: RuleID?
    /// The most serious finding it resolves; nil: nothing is reported about it (yet), it is simply
    /// what comes next.
    public var severity: Severity?
    /// Its due date lies before the report's day.
    public var isOverdue: Bool
    /// What to do and by when, in the interface's language ("Jaarplan 2028 indienen in GAIA,
    /// uiterlijk 04-12-2027").
    public var text: LocalizedText
    /// The year (jaargang) it is about: the plan to submit, the year to evaluate or close.
    public var year: YearPeriod?
    /// The held meeting whose attendance is to be entered (`report-attendance`).
    public var meetingID: MeetingID?
    public var meetingDate: CivilDate?
    /// The member a `fix` is about, where it is about one.
    public var memberID: MemberID?
    /// The findings of the report this action resolves (each error finding is resolved by exactly one).
    public var findings: [Finding]

    public init(kind: ActionKind, groupID: GroupID, groupName: String, due: CivilDate, rule: RuleID?,
                severity: Severity? = nil, isOverdue: Bool, text: LocalizedText, year: YearPeriod? = nil,
                meetingID: MeetingID? = nil, meetingDate: CivilDate? = nil, memberID: MemberID? = nil,
                findings: [Finding] = []) {
        self.kind = kind
        self.groupID = groupID
        self.groupName = groupName
        self.due = due
        self.rule = rule
        self.severity = severity
        self.isOverdue = isOverdue
        self.text = text
        self.year = year
        self.meetingID = meetingID
        self.meetingDate = meetingDate
        self.memberID = memberID
        self.findings = findings
    }

    /// What comes first: the earlier due date; on one day an error before a warning before the
    /// rest; then the order of the kinds, the group and the text (so the order never depends on input order).
    public static func urgencyOrder(_ a: AgendaAction, _ b: AgendaAction) -> Bool {
        if a.due != b.due { return a.due < b.due }
        if a.severityRank != b.severityRank { return a.severityRank > b.severityRank }
        if a.kind != b.kind { return a.kind.order < b.kind.order }
        if a.groupName != b.groupName { return a.groupName < b.groupName }
        if a.groupID != b.groupID { return a.groupID < b.groupID }
        return a.text.en < b.text.en
    }
}

extension AgendaAction {
    /// 2 an error, 1 a warning, 0 nothing reported.
    var severityRank: Int {
        switch severity {
        case .error?: return 2
        case .warning?: return 1
        case nil: return 0
        }
    }
}

extension ActionKind {
    var order: Int { ActionKind.allCases.firstIndex(of: self)! }
}
