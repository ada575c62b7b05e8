/// What an edit did to a group's standing: the report before and after, compared. The screens show
/// it right after a meeting is saved, so the supervisor sees the new due date, whose attendance moved
/// and any error the change caused before leaving the screen.
public struct ReportChanges: Hashable, Sendable {
    /// One member whose attendance, or room to miss, changed.
    public struct MemberChange: Hashable, Sendable {
        public var name: String
        public var before: MemberStanding?
        public var after: MemberStanding
    }

    public var nextDueBefore: CivilDate?
    public var nextDueAfter: CivilDate?
    public var members: [MemberChange]
    /// Errors the edit caused (not in the report before).
    public var newErrors: [Finding]
    /// Errors the edit resolved (no longer in the report).
    public var resolvedErrors: [Finding]

    public init(before: GroupReport, after: GroupReport) {
        nextDueBefore = before.nextMeetingDue
        nextDueAfter = after.nextMeetingDue
        let old = Dictionary(before.members.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first })
        members = after.members.compactMap { standing in
            let previous = old[standing.memberID]
            // Shown when what the supervisor reads changed: the rounded percentage or the room to miss.
            let same = previous.map {
                ReportChanges.percent($0) == ReportChanges.percent(standing) && $0.mayStillMiss == standing.mayStillMiss
            } ?? false
            return same ? nil : MemberChange(name: standing.name, before: previous, after: standing)
        }
        let beforeErrors = Set(before.findings.filter { $0.severity == .error }.map(ReportChanges.wording))
        let afterErrors = Set(after.findings.filter { $0.severity == .error }.map(ReportChanges.subject))
        newErrors = after.findings.filter { $0.severity == .error && !beforeErrors.contains(ReportChanges.wording($0)) }
        resolvedErrors = before.findings.filter { $0.severity == .error && !afterErrors.contains(ReportChanges.subject($0)) }
    }

    private static func percent(_ standing: MemberStanding) -> Int? {
        standing.percentage.map { Int(($0 * 100).rounded()) }
    }

    public var dueChanged: Bool { nextDueBefore != nextDueAfter }

    /// An error is new when its wording is: one whose numbers changed ("at most 3 of 6" after another
    /// absence) is shown again, because the edit changed it.
    private static func wording(_ finding: Finding) -> String {
        "\(finding.rule.rawValue)|\(finding.memberID ?? "")|\(finding.message.en)"
    }

    /// An error is resolved only when nothing about the same rule, member and due date remains: a late
    /// meeting turns "no meeting since …" into "more than 3 months between …", which resolves nothing.
    private static func subject(_ finding: Finding) -> String {
        "\(finding.rule.rawValue)|\(finding.memberID ?? "")|\(finding.due?.iso ?? "")"
    }
}
