/// Checks of the planned meeting dates against the rules, as they are typed into the plan form and
/// for the year still ahead: enough meetings, inside the year, no gap over 3 months.
public enum PlannedDates {
    public struct Problem: Hashable, Sendable {
        /// The index of the planned meeting (in `plan.planned`) the problem is about, if one.
        public var index: Int?
        public var rule: RuleID
        public var message: LocalizedText
    }

    /// - Parameter previousMeeting: the last meeting before the year (held or planned), so the gap
    ///   across the turn of the year is checked too.
    public static func problems(in plan: YearPlan, previousMeeting: CivilDate?) -> [Problem] {
        var problems: [Problem] = []
        let count = plan.meetingCount
        if count < MeetingRules.minimumPerYear {
            problems.append(Problem(index: nil, rule: .meetingsPerYear, message: LocalizedText(
                nl: "\(count) bijeenkomsten gepland; minimaal \(MeetingRules.minimumPerYear) nodig",
                en: "\(count) meetings planned; at least \(MeetingRules.minimumPerYear) needed")))
        }
        var seen: [CivilDate: Int] = [:]
        for (index, meeting) in plan.planned.enumerated() {
            guard let date = meeting.date else { continue }
            if !plan.contains(date) {
                problems.append(Problem(index: index, rule: .planProgramme, message: LocalizedText(
                    nl: "\(date.dutch) valt buiten de jaargang \(plan.from.dutch) – \(plan.to.dutch)",
                    en: "\(date.iso) is outside the year \(plan.from.iso) – \(plan.to.iso)")))
            }
            if let first = seen[date] {
                problems.append(Problem(index: index, rule: .planProgramme, message: LocalizedText(
                    nl: "\(date.dutch) staat al op regel \(first + 1)",
                    en: "\(date.iso) is already on row \(first + 1)")))
            } else {
                seen[date] = index
            }
        }
        problems += gaps(in: plan, after: previousMeeting)
        return problems
    }

    /// Gaps of more than 3 months between consecutive planned dates (and from `previous`).
    public static func gaps(in plan: YearPlan, after previous: CivilDate?, from start: CivilDate? = nil) -> [Problem] {
        let dated = plan.planned.enumerated().compactMap { entry in entry.element.date.map { (entry.offset, $0) } }
            .filter { start == nil || $0.1 > start! }
            .sorted { $0.1 < $1.1 }
        var problems: [Problem] = []
        var before = previous
        for (index, date) in dated {
            if let before, date > MeetingRules.nextDue(after: before) {
                problems.append(Problem(index: index, rule: .meetingInterval, message: LocalizedText(
                    nl: "\(date.dutch) ligt meer dan 3 maanden na \(before.dutch) (uiterlijk \(MeetingRules.nextDue(after: before).dutch))",
                    en: "\(date.iso) is more than 3 months after \(before.iso) (due by \(MeetingRules.nextDue(after: before).iso))")))
            }
            before = date
        }
        return problems
    }
}
