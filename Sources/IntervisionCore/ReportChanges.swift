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
            let same = previous.map {
                $0.attended == standing.attended && $0.expected == standing.expected && $0.mayStillMiss == standing.mayStillMiss
            } ?? false
            return same ? nil : MemberChange(name: standing.name, before: previous, after: standing)
        }
        let beforeErrors = Set(before.findings.filter { $0.severity == .error }.map(ReportChanges.identity))
        let afterErrors = Set(after.findings.filter { $0.severity == .error }.map(ReportChanges.identity))
        newErrors = after.findings.filter { $0.severity == .error && !beforeErrors.contains(ReportChanges.identity($0)) }
        resolvedErrors = before.findings.filter { $0.severity == .error && !afterErrors.contains(ReportChanges.identity($0)) }
    }

    public var dueChanged: Bool { nextDueBefore != nextDueAfter }

    /// A finding is "the same" when rule, member and wording are: an error whose numbers changed
    /// ("at most 3 of 6" after another absence) is shown again, because the edit changed it.
    private static func identity(_ finding: Finding) -> String {
        "\(finding.rule.rawValue)|\(finding.memberID ?? "")|\(finding.message.en)"
    }
}
