/// ATTENDANCE_75 and the per-member standing: attendance, what may still be missed, hours earned.
enum AttendanceRules {
    /// The smallest number of meetings out of `total` that is at least 75 %: ceil(0.75 × total),
    /// in whole numbers so 3 of 4 is exactly enough and 4 of 6 is not.
    static func needed(of total: Int) -> Int { (3 * total + 3) / 4 }

    static func meetsThreshold(attended: Int, of total: Int) -> Bool { attended * 4 >= total * 3 }

    static func standing(of member: Member, in j: Judgement) -> MemberStanding {
        let expectedMeetings = j.heldThisYear.filter { $0.expects(member.id) || member.isMember(on: $0.date) }
        let attended = expectedMeetings.reduce(0) { $0 + ($1.wasPresent(member.id) ? 1 : 0) }
        let expected = expectedMeetings.count
        let remaining = remainingMeetings(for: member, in: j)
        let total = expected + remaining
        let mayStillMiss = attended + remaining - needed(of: total)
        let period = CapRule.period(for: member, yearEnd: j.plan?.to ?? j.today)
        return MemberStanding(
            memberID: member.id, name: member.name, expected: expected, attended: attended, yearTotal: total,
            percentage: expected > 0 ? Double(attended) / Double(expected) : nil,
            mayStillMiss: mayStillMiss,
            hoursThisYear: member.big == nil ? 0 : hours(of: member, in: expectedMeetings, j),
            hoursInPeriod: member.big == nil ? 0
                : hours(of: member, in: j.held.filter { period.from <= $0.date && $0.date <= period.to }, j),
            periodStart: period.from, periodEnd: period.to)
    }

    /// Meetings of the year still to come that the member is expected at.
    static func remainingMeetings(for member: Member, in j: Judgement) -> Int {
        guard let plan = j.plan, !j.yearEnded else { return 0 }
        if let left = member.left, left <= j.today { return 0 }
        if let left = member.left, left <= plan.to {
            // Leaving later this year: only planned dates before leaving, where they are known.
            return plan.planned.compactMap(\.date).filter { $0 > j.today && $0 < left }.count
        }
        return max(j.yearTotal - j.heldThisYear.count, 0)
    }

    static func hours(of member: Member, in meetings: [Meeting], _ j: Judgement) -> Double {
        meetings.reduce(0) { $0 + ($1.wasPresent(member.id) ? j.accreditedHours(of: $1) : 0) }
    }

    static func findings(_ j: Judgement, standings: [MemberStanding]) -> [Finding] {
        guard let plan = j.plan else { return [] }
        let current = Set(j.currentMembers.map(\.id))
        var result: [Finding] = []
        for standing in standings where current.contains(standing.memberID) && standing.yearTotal > 0 {
            guard let member = j.group.member(standing.memberID) else { continue }
            let percent = standing.percentage.map { Int(($0 * 100).rounded()) } ?? 0
            if j.yearEnded {
                if standing.expected > 0 && !meetsThreshold(attended: standing.attended, of: standing.expected) {
                    result.append(j.finding(.attendance75, .error, member: member, due: plan.to,
                        nl: "\(member.name) was bij \(standing.attended) van \(standing.expected) bijeenkomsten (\(percent)%); minder dan 75%",
                        en: "\(member.name) attended \(standing.attended) of \(standing.expected) meetings (\(percent)%); below 75%"))
                }
            } else if !standing.canReach75 {
                let best = standing.attended + standing.yearTotal - standing.expected
                result.append(j.finding(.attendance75, .error, member: member,
                    nl: "\(member.name) kan 75% niet meer halen: hoogstens \(best) van \(standing.yearTotal), \(needed(of: standing.yearTotal)) nodig",
                    en: "\(member.name) can no longer reach 75%: at most \(best) of \(standing.yearTotal), \(needed(of: standing.yearTotal)) needed"))
            } else if standing.mayStillMiss == 0 && standing.yearTotal > standing.expected {
                let next = nextPlanned(after: j.today, in: plan)
                result.append(j.finding(.attendance75, .warning, member: member, due: next,
                    nl: "\(member.name) mag geen bijeenkomst meer missen (\(standing.attended) van \(standing.expected) tot nu toe)",
                    en: "\(member.name) may miss no further meeting (\(standing.attended) of \(standing.expected) so far)"))
            }
        }
        return result
    }

    static func nextPlanned(after day: CivilDate, in plan: YearPlan) -> CivilDate? {
        plan.planned.compactMap(\.date).filter { $0 > day }.min()
    }
}

/// ACCREDITATION_CAP: at most 24 accredited hours per 5-year re-registration period.
enum CapRule {
    static let maximumHours = 24.0
    static let periodYears = 5

    /// The member's re-registration period that contains `yearEnd`: from the entered period start
    /// in steps of 5 years, else the 5 years up to `yearEnd`.
    static func period(for member: Member, yearEnd: CivilDate) -> (from: CivilDate, to: CivilDate) {
        guard var start = member.registrationPeriodStart else {
            return (yearEnd.adding(years: -periodYears).adding(days: 1), yearEnd)
        }
        while start.adding(years: periodYears) <= yearEnd { start = start.adding(years: periodYears) }
        return (start, start.adding(years: periodYears).adding(days: -1))
    }

    static func findings(_ j: Judgement, standings: [MemberStanding]) -> [Finding] {
        let current = Set(j.currentMembers.map(\.id))
        return standings.compactMap { standing in
            guard current.contains(standing.memberID), standing.hoursInPeriod > maximumHours,
                  let member = j.group.member(standing.memberID),
                  let from = standing.periodStart, let to = standing.periodEnd else { return nil }
            let hours = formatHours(standing.hoursInPeriod)
            return j.finding(.accreditationCap, .warning, member: member,
                nl: "\(member.name) heeft \(hours) uur in \(from.dutch) – \(to.dutch); maximaal 24 uur per 5 jaar worden geaccrediteerd",
                en: "\(member.name) has \(formatHours(standing.hoursInPeriod, decimalSeparator: ".")) hours in \(from.iso) – \(to.iso); at most 24 hours per 5 years are accredited")
        }
    }
}

/// Hours as people write them: 2, 2,5 / 2.5.
func formatHours(_ hours: Double, decimalSeparator: String = ",") -> String {
    let tenths = Int((hours * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10)\(decimalSeparator)\(tenths % 10)"
}
