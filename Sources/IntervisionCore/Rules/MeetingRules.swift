/// MEETINGS_PER_YEAR and MEETING_INTERVAL: how often the group meets.
enum MeetingRules {
    static let minimumPerYear = 4
    static let maximumGapMonths = 3
    /// Warn this many days before the next meeting is due.
    static let dueSoonDays = 14
    /// The pace the year should still allow: about one meeting a month, 4 weeks each.
    static let daysPerMeetingAtPace = 28

    static func findings(_ j: Judgement) -> [Finding] {
        meetingsPerYear(j) + heldGaps(j) + plannedGaps(j)
    }

    /// What is due now, from the last held meeting on (not bound to the year it falls in).
    static func groupFindings(_ facts: GroupFacts) -> [Finding] {
        forward(facts)
    }

    static func meetingsPerYear(_ j: Judgement) -> [Finding] {
        let plan = j.plan
        var result: [Finding] = []
        let planned = plan.meetingCount
        let stated = plan.totalMeetings != nil || !plan.planned.isEmpty
        if stated && planned < minimumPerYear {
            let count = counted(planned, "bijeenkomst", "bijeenkomsten", "meeting", "meetings")
            result.append(j.finding(.meetingsPerYear, .error,
                nl: "Het jaarplan telt \(count.nl); minimaal \(minimumPerYear) per jaar nodig",
                en: "The plan has \(count.en); at least \(minimumPerYear) a year needed"))
        }
        let held = j.heldThisYear.count
        if j.yearEnded {
            if held < minimumPerYear {
                let count = counted(held, "bijeenkomst", "bijeenkomsten", "meeting", "meetings")
                result.append(j.finding(.meetingsPerYear, .error, due: plan.to,
                    nl: "De jaargang eindigde op \(plan.to.dutch) met \(count.nl); minimaal \(minimumPerYear) nodig",
                    en: "The year ended on \(plan.to.iso) with \(count.en); at least \(minimumPerYear) needed"))
            }
        } else if j.hasStarted, let warning = pace(j, held: held) {
            result.append(warning)
        }
        return result
    }

    /// Ahead of time: fewer weeks left in the year than 4 × the meetings still needed for the
    /// minimum (planned dates do not count as held), so that about one a month no longer fits.
    static func pace(_ j: Judgement, held: Int) -> Finding? {
        let needed = minimumPerYear - held
        guard needed > 0 else { return nil }
        let daysLeft = j.today.days(until: j.plan.to) + 1  // today included
        guard daysLeft < needed * daysPerMeetingAtPace else { return nil }
        let meetings = counted(needed, "bijeenkomst", "bijeenkomsten", "meeting", "meetings")
        let weeks = counted(daysLeft / 7, "week", "weken", "week", "weeks")
        return j.finding(.meetingsPerYear, .warning, due: j.plan.to, resolvedBy: .holdMeeting,
            nl: "Nog \(meetings.nl) nodig voor minimaal \(minimumPerYear) per jaar en nog \(weeks.nl) in de jaargang: houd ze uiterlijk \(j.plan.to.dutch)",
            en: "\(meetings.en) still needed for at least \(minimumPerYear) a year and \(weeks.en) left in the year: hold them by \(j.plan.to.iso)")
    }

    /// The date by which the meeting after `date` must be held.
    static func nextDue(after date: CivilDate) -> CivilDate { date.adding(months: maximumGapMonths) }

    /// Gaps between held meetings, judged in the year of the later meeting, so the turn of the year
    /// counts and old history does not.
    static func heldGaps(_ j: Judgement) -> [Finding] {
        var result: [Finding] = []
        for (earlier, later) in zip(j.held, j.held.dropFirst()) where j.plan.contains(later.date) {
            let due = nextDue(after: earlier.date)
            if later.date > due {
                result.append(j.finding(.meetingInterval, .error, due: due,
                    nl: "Tussen \(earlier.date.dutch) en \(later.date.dutch) zat meer dan 3 maanden (uiterlijk \(due.dutch))",
                    en: "More than 3 months between \(earlier.date.iso) and \(later.date.iso) (due by \(due.iso))"))
            }
        }
        return result
    }

    /// Planned dates of a year still to come that leave more than 3 months after the meeting before
    /// them: the last held one, or a date planned in an earlier year (so a gap across the turn of
    /// the year is judged in the later year, as for held meetings). A warning as soon as it is planned.
    static func plannedGaps(_ j: Judgement) -> [Finding] {
        guard !j.yearEnded else { return [] }
        let ahead = j.plannedAhead
        guard !ahead.isEmpty else { return [] }
        let plannedBefore = j.facts.plans.filter { $0.from < j.plan.from }
            .flatMap { $0.planned.compactMap(\.date) }.filter { j.facts.isAhead($0) && $0 < ahead[0] }.max()
        let previous = [j.held.last?.date, plannedBefore].compactMap { $0 }.max()
        return PlannedDates.gaps(between: ahead, after: previous).map { gap in
            j.finding(.meetingInterval, .warning, due: gap.due, nl: "Planning: \(gap.message.nl)", en: "Planning: \(gap.message.en)")
        }
    }

    /// From the last held meeting: the next one is due within 3 months. The finding belongs to the
    /// year the next meeting will be held in: today's, else the next to come, else the last meeting's
    /// (a gap is judged in the year of the later meeting).
    static func forward(_ facts: GroupFacts) -> [Finding] {
        guard let last = facts.held.last?.date else { return [] }
        let due = nextDue(after: last)
        let year = (facts.plan(containing: facts.today) ?? facts.plans.first { $0.from > facts.today }
            ?? facts.plan(containing: last))?.period
        let daysLeft = facts.today.days(until: due)
        if daysLeft < 0 {
            return [facts.finding(.meetingInterval, .error, year: year, due: due, resolvedBy: .holdMeeting,
                nl: "Geen bijeenkomst sinds \(last.dutch); de volgende had uiterlijk \(due.dutch) moeten zijn",
                en: "No meeting since \(last.iso); the next was due by \(due.iso)")]
        }
        if daysLeft <= dueSoonDays {
            let days = counted(daysLeft, "dag", "dagen", "day", "days")
            return [facts.finding(.meetingInterval, .warning, year: year, due: due, resolvedBy: .holdMeeting,
                nl: "De volgende bijeenkomst moet uiterlijk \(due.dutch) zijn (nog \(days.nl))",
                en: "The next meeting is due by \(due.iso) (\(days.en) left)")]
        }
        return []
    }
}
