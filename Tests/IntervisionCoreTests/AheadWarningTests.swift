import Testing
@testable import IntervisionCore

/// Warnings ahead of time, not after: the pace of meetings, the 24-hour cap with what is planned,
/// gaps as soon as they are planned, the supervisor's registration before the next application.
@Suite("Warnings ahead of time")
struct AheadWarningTests {
    @Test("MEETINGS_PER_YEAR: fewer days left than 4 weeks per meeting still needed", arguments: [
        ("2026-11-06", false), ("2026-11-07", true), ("2026-12-31", true),
    ])
    func pace(today: String, warns: Bool) {
        // Two held; the dates planned in December do not count as held.
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])
        group.plans[0].planned += [PlannedMeeting(date: d("2026-12-01")), PlannedMeeting(date: d("2026-12-15"))]
        let findings = report(group, today: today).findings(.meetingsPerYear)
        #expect(findings.map(\.severity) == (warns ? [.warning] : []))
        if today == "2026-11-07" {
            #expect(findings.first?.due == d("2026-12-31"))
            #expect(findings.first?.message.nl == "Nog 2 bijeenkomsten nodig voor minimaal 4 per jaar en nog 7 weken in de jaargang: houd ze uiterlijk 31-12-2026")
        }
    }

    @Test func paceCountsOnlyWhatTheMinimumStillNeeds() {
        // Three held: one needed, 4 weeks: from 4 December on (28 days left, today included, is enough).
        let group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01"])
        #expect(report(group, today: "2026-12-04").findings(.meetingsPerYear).isEmpty)
        #expect(report(group, today: "2026-12-05").findings(.meetingsPerYear).first?.message.en
                == "1 meeting still needed for at least 4 a year and 3 weeks left in the year: hold them by 2026-12-31")
    }

    /// Ten meetings of 2 hours held in 2026 (20 hours), the plan's total of `total` still to come.
    func capGroup(total: Int) -> Group {
        let dates = (1...10).map { "2026-\($0 < 10 ? "0" : "")\($0)-05" }
        var group = healthyGroup(heldDates: dates, plannedDates: [])
        group.plans[0].totalMeetings = total
        return group
    }

    @Test("ACCREDITATION_CAP counts the meetings still planned: exactly 24 is fine, above it a warning", arguments: [
        (12, false), (13, true),
    ])
    func capAhead(total: Int, warns: Bool) {
        let r = report(capGroup(total: total), today: "2026-10-10")
        #expect(r.standing("m1")?.hoursInPeriod == 20)
        #expect(r.standing("m1")?.hoursWithPlanned == Double(20 + 2 * (total - 10)))
        let warnings = r.findings(.accreditationCap)
        #expect(warnings.count == (warns ? 5 : 0))
        if warns {
            #expect(warnings.first { $0.memberID == "m1" }?.message.nl
                    == "Lid 1 heeft 20 uur in 01-01-2022 – 31-12-2026, met de nog geplande bijeenkomsten erbij 26 uur; boven 24 uur per 5 jaar worden geen uren geaccrediteerd")
        }
    }

    @Test func capIgnoresAMemberWithoutBIGNumber() {
        var group = capGroup(total: 13)
        group.members[0].big = nil
        let r = report(group, today: "2026-10-10")
        #expect(r.standing("m1")?.hoursWithPlanned == 0)
        #expect(!r.findings(.accreditationCap).contains { $0.memberID == "m1" })
    }

    @Test func aPlannedGapIntoNextYearsPlanIsAWarningOfThatYear() {
        var group = healthyGroup()
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                    planned: [PlannedMeeting(date: d("2027-01-15"))], submitted: d("2026-11-01")))
        let gaps = report(group, today: "2026-06-01").findings(.meetingInterval)
        #expect(gaps.map(\.message.nl) == ["Planning: 15-01-2027 ligt meer dan 3 maanden na 20-09-2026 (uiterlijk 20-12-2026)"])
        #expect(gaps.first?.year == YearPeriod(from: d("2027-01-01"), to: d("2027-12-31")))
        #expect(gaps.first?.due == d("2026-12-20"))
    }

    @Test("SUPERVISOR_REGISTRATION: expiring within 60 days of the next application", arguments: [
        ("2027-03-02", true), ("2027-03-03", false), ("2026-05-31", true),
    ])
    func registrationExpiry(expires: String, warns: Bool) {
        var supervisor = profile
        supervisor.registrationExpires = d(expires)
        // Every plan submitted: the next application is for the year from 01-01-2027.
        let findings = report(healthyGroup(), today: "2026-06-01", supervisor: supervisor).findings(.supervisorRegistration)
        #expect(findings.map(\.severity) == (warns ? [.warning] : []))
        if expires == "2026-05-31" {
            #expect(findings.first?.message.nl.hasPrefix("De registratie van de begeleider is verlopen op 31-05-2026") == true)
        }
        if expires == "2027-03-02" { #expect(findings.first?.due == d("2027-01-01")) }
    }

    @Test func theNextApplicationIsTheFirstMeetingOfThePlanNotYetSubmitted() {
        var group = healthyGroup()
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), planned: [PlannedMeeting(date: d("2027-01-12"))]))
        var supervisor = profile
        supervisor.registrationExpires = d("2027-03-13")  // 12-01-2027 + 60 days
        let finding = report(group, today: "2026-06-01", supervisor: supervisor).findings(.supervisorRegistration).first
        #expect(finding?.due == d("2027-01-12"))
        #expect(finding?.year == YearPeriod(from: d("2027-01-01"), to: d("2027-12-31")))
        supervisor.registrationExpires = d("2027-03-14")
        #expect(report(group, today: "2026-06-01", supervisor: supervisor).findings(.supervisorRegistration).isEmpty)
    }
}
