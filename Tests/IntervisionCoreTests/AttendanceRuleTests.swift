import Testing
@testable import IntervisionCore

@Suite("ATTENDANCE_75 and member standings")
struct AttendanceRuleTests {
    let four = ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"]
    let six = ["2026-01-15", "2026-03-01", "2026-05-01", "2026-07-01", "2026-09-01", "2026-11-01"]

    @Test("3 of 4 is exactly 75 %: no finding")
    func threeOfFour() {
        let group = healthyGroup(heldDates: four, absences: ["2026-04-15": [1]])
        let r = report(group, today: "2026-10-01")
        #expect(r.findings(.attendance75).isEmpty)
        let standing = r.standing("m1")
        #expect(standing?.attended == 3)
        #expect(standing?.expected == 4)
        #expect(standing?.percentage == 0.75)
        #expect(standing?.mayStillMiss == 0)
        #expect(standing?.canReach75 == true)
    }

    @Test("4 of 6 is below 75 %: an error once it cannot be reached")
    func fourOfSix() {
        let group = healthyGroup(heldDates: six, absences: ["2026-03-01": [2], "2026-07-01": [2]], plannedDates: six)
        let r = report(group, today: "2026-11-15")
        let findings = r.findings(.attendance75)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.memberID == "m2")
        #expect(r.standing("m2")?.mayStillMiss == -1)
    }

    @Test func mayMissNoFurtherMeetingIsAWarning() {
        let group = healthyGroup(heldDates: ["2026-02-01"], absences: ["2026-02-01": [3]])
        let r = report(group, today: "2026-03-01")
        let findings = r.findings(.attendance75)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.memberID == "m3")
        #expect(findings.first?.due == d("2026-04-15"))  // the next planned meeting
        #expect(r.standing("m3")?.mayStillMiss == 0)
        #expect(r.standing("m1")?.mayStillMiss == 1)
    }

    @Test func cannotReachAnyMoreIsAnErrorBeforeTheYearEnds() {
        let group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"], absences: ["2026-02-01": [4], "2026-04-15": [4]])
        let findings = report(group, today: "2026-05-01").findings(.attendance75)
        #expect(findings.map(\.severity) == [.error])
        #expect(findings.first?.message.en.contains("at most 2 of 4, 3 needed") == true)
    }

    @Test func yearEndedBelowSeventyFivePercent() {
        let group = healthyGroup(heldDates: four, absences: ["2026-02-01": [5], "2026-07-01": [5]])
        let findings = report(group, today: "2027-01-05").findings(.attendance75)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.due == d("2026-12-31"))
    }

    @Test func moreMeetingsHeldThanPlannedRaiseTheTotal() {
        let group = healthyGroup(heldDates: six, absences: ["2026-01-15": [1]])  // plan says 4, 6 held
        let standing = report(group, today: "2026-11-15").standing("m1")
        #expect(standing?.yearTotal == 6)
        #expect(standing?.mayStillMiss == 0)  // 5 of 6, 5 needed
    }

    @Test func excusedAbsenceStillCountsAsAbsent() {
        var group = healthyGroup(heldDates: ["2026-02-01"])
        group.meetings[0].attendance[0] = Attendance(memberID: "m1", present: false, reason: "Ziek", excused: true)
        #expect(report(group, today: "2026-03-01").standing("m1")?.attended == 0)
    }

    @Test func membersWhoLeftGetNoFinding() {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"], absences: ["2026-02-01": [2], "2026-04-15": [2]])
        group.members[1].left = d("2026-05-01")
        #expect(report(group, today: "2026-06-01").findings(.attendance75).isEmpty)
    }

    @Test func hoursEarnedOnlyWithBIGNumber() {
        var group = healthyGroup(heldDates: four, absences: ["2026-04-15": [1]])
        group.members[1].big = nil
        let r = report(group, today: "2026-10-01")
        #expect(r.standing("m1")?.hoursThisYear == 6)
        #expect(r.standing("m2")?.hoursThisYear == 0)
        #expect(r.standing("m3")?.hoursThisYear == 8)
    }
}

@Suite("ACCREDITATION_CAP")
struct CapRuleTests {
    /// Meetings of 2 hours every two months from 2025-01, in plans per calendar year.
    func group(meetings count: Int, periodStart: String? = nil) -> Group {
        var dates: [String] = []
        var date = d("2025-01-10")
        for _ in 0..<count {
            dates.append(date.iso)
            date = date.adding(months: 2)
        }
        var group = healthyGroup(heldDates: dates)
        group.plans = (2025...2027).map { year in
            YearPlan(from: d("\(year)-01-01"), to: d("\(year)-12-31"), totalMeetings: 6, durationHours: 2,
                     exported: d("\(year - 1)-12-01"), submitted: d("\(year - 1)-12-01"))
        }
        group.members[0].registrationPeriodStart = periodStart.map(d)
        return group
    }

    @Test("24 hours is the cap: 12 meetings of 2 hours is fine, 13 is over")
    func boundary() {
        #expect(report(group(meetings: 12), today: "2026-12-15").findings(.accreditationCap).isEmpty)
        let over = report(group(meetings: 13), today: "2027-02-15")
        #expect(over.findings(.accreditationCap).count == 5)
        #expect(over.findings(.accreditationCap).allSatisfy { $0.severity == .warning })
        #expect(over.standing("m1")?.hoursInPeriod == 26)
    }

    @Test func registrationPeriodStartLimitsTheCount() {
        let r = report(group(meetings: 13, periodStart: "2026-01-01"), today: "2027-02-15")
        #expect(r.standing("m1")?.hoursInPeriod == 14)  // 7 meetings since 2026-01-01
        #expect(r.findings(.accreditationCap).contains { $0.memberID == "m1" } == false)
        #expect(r.standing("m1")?.periodStart == d("2026-01-01"))
        #expect(r.standing("m1")?.periodEnd == d("2030-12-31"))
    }

    @Test func periodRollsOverEveryFiveYears() {
        let member = Member(id: "x", name: "X", registrationPeriodStart: d("2015-03-01"))
        let period = CapRule.period(for: member, yearEnd: d("2026-12-31"))
        #expect(period.from == d("2025-03-01"))
        #expect(period.to == d("2030-02-28"))
        let noStart = CapRule.period(for: Member(id: "y", name: "Y"), yearEnd: d("2026-12-31"))
        #expect(noStart.from == d("2022-01-01"))
    }
}
