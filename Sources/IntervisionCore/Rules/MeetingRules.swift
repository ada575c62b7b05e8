/// MEETINGS_PER_YEAR and MEETING_INTERVAL: how often the group meets.
enum MeetingRules {
    static let minimumPerYear = 4
    static let maximumGapMonths = 3
    /// Warn this many days before the next meeting is due.
    static let dueSoonDays = 14

    static func findings(_ j: Judgement) -> [Finding] {
        meetingsPerYear(j) + intervals(j)
    }

    static func meetingsPerYear(_ j: Judgement) -> [Finding] {
        guard let plan = j.plan else { return [] }
        var result: [Finding] = []
        let planned = plan.meetingCount
        let stated = plan.totalMeetings != nil || !plan.planned.isEmpty
        if stated && planned < minimumPerYear {
            result.append(j.finding(.meetingsPerYear, .error,
                nl: "Het jaarplan telt \(planned) bijeenkomsten; minimaal \(minimumPerYear) per jaar nodig",
                en: "The plan has \(planned) meetings; at least \(minimumPerYear) a year needed"))
        }
        if j.yearEnded && j.heldThisYear.count < minimumPerYear {
            result.append(j.finding(.meetingsPerYear, .error, due: plan.to,
                nl: "Het jaar eindigde op \(plan.to.dutch) met \(j.heldThisYear.count) bijeenkomsten; minimaal \(minimumPerYear) nodig",
                en: "The year ended on \(plan.to.iso) with \(j.heldThisYear.count) meetings; at least \(minimumPerYear) needed"))
        }
        return result
    }

    /// The date by which the meeting after `date` must be held.
    static func nextDue(after date: CivilDate) -> CivilDate { date.adding(months: maximumGapMonths) }

    static func intervals(_ j: Judgement) -> [Finding] {
        var result: [Finding] = []
        // Gaps between held meetings, judged where the later meeting is in the judged year, so the
        // turn of the year counts and old history does not.
        if let plan = j.plan {
            for (earlier, later) in zip(j.held, j.held.dropFirst()) where plan.contains(later.date) {
                let due = nextDue(after: earlier.date)
                if later.date > due {
                    result.append(j.finding(.meetingInterval, .error, due: due,
                        nl: "Tussen \(earlier.date.dutch) en \(later.date.dutch) zat meer dan 3 maanden (uiterlijk \(due.dutch))",
                        en: "More than 3 months between \(earlier.date.iso) and \(later.date.iso) (due by \(due.iso))"))
                }
            }
        }
        // Forward: from the last held meeting.
        if let last = j.held.last?.date {
            let due = nextDue(after: last)
            let daysLeft = j.today.days(until: due)
            if daysLeft < 0 {
                result.append(j.finding(.meetingInterval, .error, due: due,
                    nl: "Geen bijeenkomst sinds \(last.dutch); de volgende had uiterlijk \(due.dutch) moeten zijn",
                    en: "No meeting since \(last.iso); the next was due by \(due.iso)"))
            } else if daysLeft <= dueSoonDays {
                result.append(j.finding(.meetingInterval, .warning, due: due,
                    nl: "De volgende bijeenkomst moet uiterlijk \(due.dutch) zijn (nog \(daysLeft) dagen)",
                    en: "The next meeting is due by \(due.iso) (\(daysLeft) days left)"))
            }
        }
        return result
    }
}
