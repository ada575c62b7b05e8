import Testing
@testable import IntervisionCore

/// A year stays judged until the supervisor closes it; findings carry their year.
@Suite("Which years are judged, closing a year")
struct YearJudgementTests {
    static let y2026 = YearPeriod(from: d("2026-01-01"), to: d("2026-12-31"))
    static let y2027 = YearPeriod(from: d("2027-01-01"), to: d("2027-12-31"))

    /// 2026 ended with Lid 1 at 2 of 4 and no evaluation; 2027 runs, submitted, one meeting held.
    func twoYears() -> Group {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"],
                                 absences: ["2026-02-01": [1], "2026-07-01": [1]])
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                    planned: ["2027-01-10", "2027-04-01", "2027-06-20", "2027-09-15"].map { PlannedMeeting(date: d($0)) },
                                    submitted: d("2026-12-01")))
        group.meetings.append(Meeting(id: "mt-2027", date: d("2027-01-10"), durationHours: 2,
                                      attendance: group.members.map { Attendance(memberID: $0.id, present: true) }))
        return group
    }

    @Test func anEndedYearStaysJudgedUntilItIsClosed() throws {
        var group = twoYears()
        let open = report(group, today: "2027-02-01")
        #expect(open.years.map(\.period) == [Self.y2026, Self.y2027])
        #expect(open.years.map(\.state) == [.ended, .running])
        #expect(open.year?.from == d("2027-01-01"))  // the standing shown is this year's
        let attendance = open.findings(.attendance75)
        #expect(attendance.map(\.year) == [Self.y2026])
        #expect(attendance.first?.message.nl == "Lid 1 was aanwezig bij 2 van de 4 bijeenkomsten (50%); minder dan 75%")
        #expect(open.findings(.annualEvaluation).map(\.year) == [Self.y2026])
        #expect(open.spansSeveralYears)

        try group.closeYear(from: d("2026-01-01"), on: d("2027-02-01"))
        #expect(group.plans[0].closed == d("2027-02-01"))
        let closed = report(group, today: "2027-02-01")
        #expect(closed.years.map(\.period) == [Self.y2027])
        #expect(closed.findings(.attendance75).isEmpty)
        #expect(closed.findings(.annualEvaluation).isEmpty)
        // The closed year's own report keeps them.
        let history = try #require(RulesEngine.report(for: group, year: d("2026-06-01"), supervisor: profile, today: d("2027-02-01")))
        #expect(history.years.map(\.state) == [.closed(d("2027-02-01"))])
        #expect(history.findings(.attendance75).count == 1)
        #expect(history.findings(.annualEvaluation).count == 1)
        #expect(history.findings.allSatisfy { $0.year == Self.y2026 })
    }

    @Test func aYearIsClosedOnlyOnceAndOnlyAfterItEnded() throws {
        var group = twoYears()
        #expect(throws: EditError.yearNotEnded(Self.y2027)) { try group.closeYear(from: d("2027-01-01"), on: d("2027-12-31")) }
        #expect(throws: EditError.noPlanFor(d("2025-06-01"))) { try group.closeYear(from: d("2025-06-01"), on: d("2027-02-01")) }
        try group.closeYear(from: d("2026-03-15"), on: d("2027-01-01"))  // any day in the year names it
        #expect(throws: EditError.yearAlreadyClosed(Self.y2026, on: d("2027-01-01"))) {
            try group.closeYear(from: d("2026-01-01"), on: d("2027-02-01"))
        }
        #expect(EditError.yearNotEnded(Self.y2027).message.nl == "de jaargang 01-01-2027 – 31-12-2027 loopt nog tot en met 31-12-2027; sluit hem af als hij voorbij is")
    }

    @Test func closingListsTheErrorsThatRemain() throws {
        let group = twoYears()
        let errors = group.closingErrors(from: d("2026-01-01"), supervisor: profile, today: d("2027-02-01"))
        #expect(errors.map(\.rule) == [.attendance75, .annualEvaluation])
        #expect(errors.allSatisfy { $0.severity == .error })
        var good = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        _ = try good.recordEvaluation(on: d("2026-09-20"), answers: [:])
        good.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31")))  // "no meeting since …" is 2027's
        #expect(good.closingErrors(from: d("2026-01-01"), supervisor: profile, today: d("2027-01-05")).isEmpty)
    }

    @Test func oneYearsReportIsItsPartOfTheWhole() throws {
        let group = twoYears()
        let whole = report(group, today: "2027-02-01")
        for period in [Self.y2026, Self.y2027] {
            let one = try #require(RulesEngine.report(for: group, year: period.from, supervisor: profile, today: d("2027-02-01")))
            #expect(one.years.count == 1)
            #expect(Set(one.findings) == Set(whole.years.first { $0.period == period }!.findings))
        }
        #expect(RulesEngine.report(for: group, year: d("2030-01-01"), supervisor: profile, today: d("2027-02-01")) == nil)
    }

    @Test func findingsAboutTheGroupAsAWholeCarryNoYear() {
        let r = report(twoYears(), today: "2027-02-01", supervisor: nil)
        #expect(r.findings(.supervisorRegistration).map(\.year) == [nil])
        // The gap into 2027 is judged in 2027, as is what is due now.
        #expect(r.findings(.meetingInterval).map(\.year) == [Self.y2027])
        var noPlan = twoYears()
        noPlan.plans = []
        #expect(report(noPlan, today: "2027-02-01").findings(.planProgramme).map(\.year) == [nil])
    }

    @Test func theSameWordsInTwoOpenYearsAreSaidOnceForTheLaterYear() {
        var group = twoYears()
        group.members[4].big = nil
        let warnings = report(group, today: "2027-02-01").findings(.bigRegistered)
        #expect(warnings.count == 1)
        #expect(warnings.first?.year == Self.y2027)
    }

    @Test func errorsFirstThenDueThenTheOlderYear() {
        let r = report(twoYears(), today: "2027-02-01")
        let dues = r.findings.filter { $0.severity == .error }.compactMap(\.due)
        #expect(dues == dues.sorted())
    }
}
