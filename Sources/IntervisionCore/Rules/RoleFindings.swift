/// Which findings the person at the keyboard can act on. The contact person fills in the plan and
/// the participants; the records (meetings, attendance, hours, the annual evaluation) and the
/// supervisor's own registration are the supervisor's. On a contact person's machine those
/// findings are still shown, muted, so nothing is hidden, but they are not that person's errors.
extension Role {
    /// The rules whose findings only the supervisor can act on (docs/tui.md, "The contact person"):
    /// the supervisor's registration, and what follows from the meetings the supervisor records —
    /// attendance (ATTENDANCE_75), the hours it earns (ACCREDITATION_CAP), the duration entered per
    /// meeting (DURATION_UNIFORM) and the evaluation the supervisor holds (ANNUAL_EVALUATION).
    public static let supervisorOnlyRules: Set<RuleID> = [
        .supervisorRegistration, .attendance75, .accreditationCap, .durationUniform, .annualEvaluation,
    ]

    /// Whether this role can do something about the finding.
    public func actsOn(_ finding: Finding) -> Bool {
        self == .supervisor || !Role.supervisorOnlyRules.contains(finding.rule)
    }
}

extension GroupReport {
    /// The errors this role can act on (all of them for the supervisor).
    public func errorCount(for role: Role) -> Int {
        findings.reduce(0) { $0 + ($1.severity == .error && role.actsOn($1) ? 1 : 0) }
    }

    /// The warnings this role can act on.
    public func warningCount(for role: Role) -> Int {
        findings.reduce(0) { $0 + ($1.severity == .warning && role.actsOn($1) ? 1 : 0) }
    }

    /// The earliest due date among the findings this role can act on.
    public func earliestDue(for role: Role) -> CivilDate? {
        role == .supervisor ? earliestDue : findings.lazy.filter { role.actsOn($0) }.compactMap(\.due).min()
    }
}
