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
        let period = CapRule.period(for: member, yearEnd: j.plan.to)
        let hoursInPeriod = member.big == nil ? 0
            : hours(of: member, in: j.held.filter { period.from <= $0.date && $0.date <= period.to }, j)
        let hoursAhead = member.big == nil ? 0 : Double(remaining) * (j.plan.durationHours ?? 0)
        return MemberStanding(
            memberID: member.id, name: member.name, expected: expected, attended: attended, yearTotal: total,
            percentage: expected > 0 ? Double(attended) / Double(expected) : nil,
            mayStillMiss: mayStillMiss,
            hoursThisYear: member.big == nil ? 0 : hours(of: member, in: expectedMeetings, j),
            hoursInPeriod: hoursInPeriod, hoursWithPlanned: hoursInPeriod + hoursAhead,
            periodStart: period.from, periodEnd: period.to)
    }

    /// The members on `today` when the group has no plan: nothing held in a year, hours in the 5
    /// years up to today.
    static func standingsWithoutPlan(_ facts: GroupFacts) -> [MemberStanding] {
        facts.group.members(on: facts.today).map { member in
            let period = CapRule.period(for: member, yearEnd: facts.today)
            let hours = member.big == nil ? 0 : facts.held.filter { period.from <= $0.date && $0.date <= period.to }
                .reduce(0) { $0 + ($1.wasPresent(member.id) ? facts.accreditedHours(of: $1) : 0) }
            return MemberStanding(memberID: member.id, name: member.name, expected: 0, attended: 0, yearTotal: 0,
                                  percentage: nil, mayStillMiss: 0, hoursThisYear: 0, hoursInPeriod: hours,
                                  hoursWithPlanned: hours, periodStart: period.from, periodEnd: period.to)
        }
    }

    /// Meetings of the year still to come that the member may be expected at. A member who leaves (or
    /// joins) during the rest of the year counts the planned dates before leaving (from joining), plus
    /// the meetings not dated yet, which may fall either side: so a schedule not known yet gives no
    /// error before the dates make it certain.
    static func remainingMeetings(for member: Member, in j: Judgement) -> Int {
        guard !j.yearEnded else { return 0 }
        if let left = member.left, left <= j.today { return 0 }
        let stillToCome = max(j.yearTotal - j.heldThisYear.count, 0)
        let leaves = member.left.flatMap { $0 <= j.plan.to ? $0 : nil }
        let joins = member.joined.flatMap { $0 > max(j.today, j.plan.from) ? $0 : nil }
        guard leaves != nil || joins != nil else { return stillToCome }
        let ahead = j.plannedAhead
        let dated = ahead.filter { date in (leaves.map { date < $0 } ?? true) && (joins.map { date >= $0 } ?? true) }.count
        let undated = max(stillToCome - ahead.count, 0)
        return min(dated + undated, stillToCome)
    }

    static func hours(of member: Member, in meetings: [Meeting], _ j: Judgement) -> Double {
        meetings.reduce(0) { $0 + ($1.wasPresent(member.id) ? j.accreditedHours(of: $1) : 0) }
    }

    static func findings(_ j: Judgement, standings: [MemberStanding]) -> [Finding] {
        let plan = j.plan
        let current = Set(j.currentMembers.map(\.id))
        var result: [Finding] = []
        for standing in standings where current.contains(standing.memberID) && standing.yearTotal > 0 {
            guard let member = j.group.member(standing.memberID) else { continue }
            let percent = standing.percentage.map { Int(($0 * 100).rounded()) } ?? 0
            if j.yearEnded {
                if standing.expected > 0 && !meetsThreshold(attended: standing.attended, of: standing.expected) {
                    let of = counted(standing.expected, "bijeenkomst", "bijeenkomsten", "meeting", "meetings")
                    result.append(j.finding(.attendance75, .error, member: member, due: plan.to,
                        nl: "\(member.name) was aanwezig bij \(standing.attended) van de \(of.nl) (\(percent)%); minder dan 75%",
                        en: "\(member.name) attended \(standing.attended) of the \(of.en) (\(percent)%); below 75%"))
                }
            } else if !standing.canReach75 {
                let best = standing.attended + standing.yearTotal - standing.expected
                result.append(j.finding(.attendance75, .error, member: member,
                    nl: "\(member.name) kan 75% niet meer halen: hoogstens aanwezig bij \(best) van de \(standing.yearTotal), \(needed(of: standing.yearTotal)) nodig",
                    en: "\(member.name) can no longer reach 75%: at most \(best) of \(standing.yearTotal), \(needed(of: standing.yearTotal)) needed"))
            } else if standing.mayStillMiss == 0 && standing.yearTotal > standing.expected {
                let next = j.plannedAhead.first
                result.append(j.finding(.attendance75, .warning, member: member, due: next,
                    nl: "\(member.name) mag geen bijeenkomst meer missen (aanwezig bij \(standing.attended) van de \(standing.expected) tot nu toe)",
                    en: "\(member.name) may miss no further meeting (\(standing.attended) of \(standing.expected) so far)"))
            }
        }
        return result
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

    /// A warning when the member's hours in the period, with the year's meetings still to come,
    /// would pass 24: beyond it they earn nothing. Exactly 24 is fine. Judged on the current year
    /// and the years that ended, not again on the years to come (it is a running total).
    static func findings(_ j: Judgement, standings: [MemberStanding]) -> [Finding] {
        guard j.isCurrent || j.yearEnded else { return [] }
        let current = Set(j.currentMembers.map(\.id))
        return standings.compactMap { standing in
            guard current.contains(standing.memberID), standing.hoursWithPlanned > maximumHours,
                  let member = j.group.member(standing.memberID),
                  let from = standing.periodStart, let to = standing.periodEnd else { return nil }
            let (nl, en) = (formatHours(standing.hoursInPeriod), formatHours(standing.hoursInPeriod, decimalSeparator: "."))
            let period = YearPeriod(from: from, to: to).label
            if standing.hoursInPeriod > maximumHours {
                return j.finding(.accreditationCap, .warning, member: member,
                    nl: "\(member.name) heeft \(nl) uur in \(period.nl); maximaal 24 uur per 5 jaar worden geaccrediteerd",
                    en: "\(member.name) has \(en) hours in \(period.en); at most 24 hours per 5 years are accredited")
            }
            let (nlAll, enAll) = (formatHours(standing.hoursWithPlanned), formatHours(standing.hoursWithPlanned, decimalSeparator: "."))
            return j.finding(.accreditationCap, .warning, member: member,
                nl: "\(member.name) heeft \(nl) uur in \(period.nl), met de nog geplande bijeenkomsten erbij \(nlAll) uur; boven 24 uur per 5 jaar worden geen uren geaccrediteerd",
                en: "\(member.name) has \(en) hours in \(period.en), \(enAll) hours with the meetings still planned; hours beyond 24 per 5 years are not accredited")
        }
    }
}

/// Hours as people write them: 2, 2,5 / 2.5; with `decimals: 2`, 1,75.
func formatHours(_ hours: Double, decimalSeparator: String = ",", decimals: Int = 1) -> String {
    var scale = 1
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((hours * Double(scale)).rounded())
    let whole = (scaled < 0 ? "-" : "") + String(abs(scaled) / scale)
    var fraction = abs(scaled) % scale
    guard fraction != 0 else { return whole }
    var places = decimals
    while fraction % 10 == 0 { fraction /= 10; places -= 1 }
    let digits = String(fraction)
    return whole + decimalSeparator + String(repeating: "0", count: places - digits.count) + digits
}
