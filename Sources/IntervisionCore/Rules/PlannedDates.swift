/// Checks of the planned meeting dates against the rules, as they are typed into the plan form and
/// for the year still ahead: enough meetings, inside the year, no gap over 3 months, and the meeting
/// still due before the year ends.
public enum PlannedDates {
    public struct Problem: Hashable, Sendable {
        /// The index of the planned meeting (in `plan.planned`) the problem is about, if one.
        public var index: Int?
        public var rule: RuleID
        public var message: LocalizedText
    }

    /// A planned date that comes more than 3 months after the meeting before it.
    public struct Gap: Hashable, Sendable {
        public var date: CivilDate
        public var previous: CivilDate
        /// The latest date the meeting after `previous` could be: previous + 3 months.
        public var due: CivilDate

        public var message: LocalizedText {
            LocalizedText(nl: "\(date.dutch) ligt meer dan 3 maanden na \(previous.dutch) (uiterlijk \(due.dutch))",
                          en: "\(date.iso) is more than 3 months after \(previous.iso) (due by \(due.iso))")
        }
    }

    /// The plan form's planning check. Nothing here refuses: a plan may be saved while problems
    /// stand, as on the paper form; an empty list is the form's ✓.
    /// - Parameters:
    ///   - previousMeeting: the last meeting before the year (held or planned), so the gap across
    ///     the turn of the year is checked too.
    ///   - nextMeeting: the first date planned in the next year's plan, if there is one: the gap
    ///     into it is checked, and no meeting is asked for before the year's end when it is in time.
    public static func problems(in plan: YearPlan, previousMeeting: CivilDate?, nextMeeting: CivilDate? = nil) -> [Problem] {
        var problems: [Problem] = []
        let count = plan.meetingCount
        let dates = plan.planned.compactMap(\.date)
        if count < MeetingRules.minimumPerYear {
            let meetings = counted(count, "bijeenkomst", "bijeenkomsten", "meeting", "meetings")
            problems.append(Problem(index: nil, rule: .meetingsPerYear, message: LocalizedText(
                nl: "\(meetings.nl) gepland; minimaal \(MeetingRules.minimumPerYear) nodig",
                en: "\(meetings.en) planned; at least \(MeetingRules.minimumPerYear) needed")))
        }
        if let total = plan.totalMeetings {
            if dates.isEmpty {
                problems.append(Problem(index: nil, rule: .planProgramme, message: LocalizedText(
                    nl: "Nog geen data gepland: of \(total) bijeenkomsten in de jaargang passen, is nog niet te zien",
                    en: "No dates planned yet: whether \(total) meetings fit in the year cannot be seen yet")))
            } else if dates.count > total {
                problems.append(Problem(index: nil, rule: .planProgramme, message: LocalizedText(
                    nl: "\(dates.count) data gepland, meer dan het totaal van \(total) bijeenkomsten",
                    en: "\(dates.count) dates planned, more than the total of \(total) meetings")))
            }
        }
        var seen: [CivilDate: Int] = [:]
        for (index, meeting) in plan.planned.enumerated() {
            guard let date = meeting.date else { continue }
            if !plan.contains(date) {
                problems.append(Problem(index: index, rule: .planProgramme, message: LocalizedText(
                    nl: "\(date.dutch) valt buiten de jaargang \(plan.period.label.nl)",
                    en: "\(date.iso) is outside the year \(plan.period.label.en)")))
            }
            if let first = seen[date] {
                problems.append(Problem(index: index, rule: .planProgramme, message: LocalizedText(
                    nl: "\(date.dutch) staat al op regel \(first + 1)",
                    en: "\(date.iso) is already on row \(first + 1)")))
            } else {
                seen[date] = index
            }
        }
        let inYear = plan.planned.enumerated().compactMap { entry in
            entry.element.date.flatMap { plan.contains($0) ? (entry.offset, $0) : nil }
        }.sorted { $0.1 < $1.1 }
        let chain = inYear.map(\.1) + [nextMeeting].compactMap { $0 }
        for gap in gaps(between: chain, after: previousMeeting) {
            let index = inYear.first { $0.1 == gap.date }?.0
            problems.append(Problem(index: index, rule: .meetingInterval, message: gap.message))
        }
        if let last = inYear.last?.1, let due = stillDue(after: last, in: plan, nextMeeting: nextMeeting) {
            problems.append(Problem(index: nil, rule: .meetingInterval, message: LocalizedText(
                nl: "Na \(last.dutch) moet er uiterlijk \(due.dutch) nog een bijeenkomst zijn",
                en: "After \(last.iso) another meeting is due by \(due.iso)")))
        }
        return problems
    }

    /// The date by which a meeting is due after the last planned one, when that falls inside the
    /// year (so the next year's first meeting cannot be it) and the next year's plan has no date in time.
    public static func stillDue(after last: CivilDate, in plan: YearPlan, nextMeeting: CivilDate?) -> CivilDate? {
        let due = MeetingRules.nextDue(after: last)
        guard due <= plan.to else { return nil }
        if let nextMeeting, nextMeeting <= due { return nil }
        return due
    }

    /// Consecutive dates (sorted) more than 3 months apart, starting from `previous`.
    public static func gaps(between dates: [CivilDate], after previous: CivilDate?) -> [Gap] {
        var gaps: [Gap] = []
        var before = previous
        for date in dates {
            if let before, date > MeetingRules.nextDue(after: before) {
                gaps.append(Gap(date: date, previous: before, due: MeetingRules.nextDue(after: before)))
            }
            before = date
        }
        return gaps
    }
}

extension Group {
    /// The plan form's planning check for `plan` as it stands (or as typed): the meeting before the
    /// year and the next year's first planned date are the group's.
    public func planningProblems(of plan: YearPlan) -> [PlannedDates.Problem] {
        let next = plans.filter { $0.from > plan.to }.min { $0.from < $1.from }
        let nextFirst = next.flatMap { $0.planned.compactMap(\.date).filter { next!.contains($0) }.min() }
        return PlannedDates.problems(in: plan, previousMeeting: lastMeeting(before: plan), nextMeeting: nextFirst)
    }
}
