import Testing
@testable import IntervisionCore

@Suite("PLAN_PROGRAMME, PLAN_BEFORE_FIRST, PLAN_COMPLETE, DURATION_UNIFORM")
struct PlanRuleTests {
    @Test func noPlanAtAllIsAnError() {
        var group = healthyGroup()
        group.plans = []
        let r = report(group, today: "2026-03-01")
        #expect(r.findings(.planProgramme).map(\.severity) == [.error])
        #expect(r.planStatus == .missing)
    }

    @Test func aMeetingOutsideEveryPlanIsAnError() {
        var group = healthyGroup(heldDates: ["2026-02-01"])
        group.meetings.append(Meeting(id: "x", date: d("2027-01-10"), attendance: []))
        let errors = report(group, today: "2027-01-20").findings(.planProgramme).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.en.contains("2027-01-10") == true)
    }

    @Test("next year's plan: reminded from 30 days before 4 weeks before the year's end", arguments: [
        ("2026-11-02", false), ("2026-11-03", true), ("2027-01-10", true),
    ])
    func nextYearsPlanIsDueAheadOfTheYearsEnd(today: String, warns: Bool) {
        let group = healthyGroup()
        let warning = report(group, today: today).findings(.planProgramme)
        #expect(warning.map(\.severity) == (warns ? [.warning] : []))
        if warns {
            #expect(warning.first?.due == d("2026-12-03"))  // 31-12-2026 − 28 days
            #expect(warning.first?.year == YearPeriod(from: d("2026-01-01"), to: d("2026-12-31")))
            #expect(warning.first?.message.nl.contains("uiterlijk 03-12-2026") == true)
        }
        var withNext = group
        withNext.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31")))
        #expect(report(withNext, today: today).findings(.planProgramme).isEmpty)
    }

    @Test func aMeetingBeforeThePlanWasSubmittedInGAIAIsAnError() {
        // Exported before the meeting, but never marked as submitted: exporting is not applying.
        var exportedOnly = healthyGroup(heldDates: ["2026-02-01"])
        exportedOnly.plans[0].submitted = nil
        let error = report(exportedOnly, today: "2026-02-02").findings(.planBeforeFirst)
        #expect(error.map(\.severity) == [.error])
        #expect(error.first?.due == d("2026-02-01"))
        #expect(error.first?.message.nl == "De eerste bijeenkomst was op 01-02-2026, maar het jaarplan is geëxporteerd op 15-12-2025, nog niet als ingediend in GAIA gemarkeerd")
        #expect(error.first?.message.en == "The first meeting was on 2026-02-01, but the plan is exported on 2025-12-15, not yet marked as submitted in GAIA")

        var neither = exportedOnly
        neither.plans[0].exported = nil
        #expect(report(neither, today: "2026-02-02").findings(.planBeforeFirst).first?.message.nl.contains("nog niet geëxporteerd, nog niet als ingediend in GAIA gemarkeerd") == true)

        var late = healthyGroup(heldDates: ["2026-02-01"])
        late.plans[0].submitted = d("2026-02-02")
        let lateError = report(late, today: "2026-02-03").findings(.planBeforeFirst)
        #expect(lateError.map(\.severity) == [.error])
        #expect(lateError.first?.message.nl.contains("pas op 02-02-2026 ingediend in GAIA") == true)

        var sameDay = healthyGroup(heldDates: ["2026-02-01"])
        sameDay.plans[0].exported = nil
        sameDay.plans[0].submitted = d("2026-02-01")
        #expect(report(sameDay, today: "2026-02-03").findings(.planBeforeFirst).isEmpty)
    }

    @Test("warn from 28 days before the first planned meeting while not submitted", arguments: [
        ("2026-01-03", false), ("2026-01-04", true), ("2026-01-05", true), ("2026-02-01", true),
    ])
    func submitWarning(today: String, warns: Bool) {
        var group = healthyGroup()
        group.plans[0].submitted = nil
        let findings = report(group, today: today).findings(.planBeforeFirst)
        #expect(findings.count == (warns ? 1 : 0))
        if warns {
            #expect(findings.first?.severity == .warning)
            #expect(findings.first?.due == d("2026-02-01"))
            #expect(findings.first?.message.nl.contains("geëxporteerd op 15-12-2025, nog niet als ingediend in GAIA gemarkeerd") == true)
        }
        // Submitted: nothing to warn about, exported or not.
        group.plans[0].submitted = d("2026-01-02")
        #expect(report(group, today: today).findings(.planBeforeFirst).isEmpty)
    }

    @Test func upcomingPlanIsWatchedToo() {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                    planned: [PlannedMeeting(date: d("2027-01-12"), topic: "")]))
        let findings = report(group, today: "2026-12-20").findings(.planBeforeFirst)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.due == d("2027-01-12"))
        #expect(findings.first?.year == YearPeriod(from: d("2027-01-01"), to: d("2027-12-31")))
    }

    @Test func completePlanHasNoFindingAndItsStatusNamesTheGAIAState() {
        let r = report(healthyGroup(), today: "2026-01-10")
        #expect(r.findings(.planComplete).isEmpty)
        #expect(r.planStatus == .submitted(d("2025-12-15")))
        var notSubmitted = healthyGroup()
        notSubmitted.plans[0].submitted = nil
        #expect(report(notSubmitted, today: "2025-11-10").planStatus == .exported(d("2025-12-15")))
        notSubmitted.plans[0].exported = nil
        #expect(report(notSubmitted, today: "2025-11-10").planStatus == .complete)
    }

    @Test func everyEmptyFieldIsNamed() {
        var group = healthyGroup()
        group.name = " "
        group.focusAreas = []
        group.methods = []
        group.contactMemberID = nil
        group.members[0].specialism = ""
        group.plans[0].totalMeetings = nil
        group.plans[0].durationHours = nil
        group.plans[0].exported = nil
        group.plans[0].submitted = nil
        let r = report(group, today: "2025-11-10", supervisor: nil)
        let expected: [PlanField] = [.groupName, .focusAreas, .supervisor, .contactPerson, .methods, .participants,
                                     .totalMeetings, .duration]
        #expect(r.planStatus == .incomplete(missing: expected))
        let messages = r.findings(.planComplete).map(\.message.nl)
        #expect(messages.count == expected.count)
        for field in expected {
            #expect(messages.contains { $0.contains(field.label.nl) })
        }
        #expect(r.findings(.planComplete).allSatisfy { $0.severity == .error })
    }

    @Test func remarksAreOptionalAndTheGroupsSupervisorOverridesTheProfile() {
        var group = healthyGroup()
        group.remarks = ""
        #expect(report(group, today: "2026-01-10").findings(.planComplete).isEmpty)
        group.supervisorName = "Andere Begeleider"
        group.supervisorPhone = ""
        #expect(report(group, today: "2026-01-10").findings(.planComplete).count == 1)
        #expect(PlanCompleteness.missingFields(group: group, plan: group.plans[0], supervisor: profile) == [.supervisor])
    }

    @Test func contactPersonNeedsAPhone() {
        var group = healthyGroup()
        group.members[0].phone = ""
        #expect(PlanCompleteness.missingFields(group: group, plan: group.plans[0], supervisor: profile) == [.contactPerson])
    }

    @Test func onlyAnAverageBelowThePlannedDurationIsAWarning() {
        // One meeting longer than planned, or one shorter balanced by a longer one: fine.
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])
        group.meetings[1].durationHours = 2.5
        #expect(report(group, today: "2026-05-01").findings(.durationUniform).isEmpty)
        group.meetings[0].durationHours = 1.5
        #expect(report(group, today: "2026-05-01").findings(.durationUniform).isEmpty)
        // Below on average: the members would be credited more than they spent; say by how much.
        group.meetings[1].durationHours = 2.1
        let findings = report(group, today: "2026-05-01").findings(.durationUniform)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.nl == "De 2 bijeenkomsten duurden gemiddeld 1,8 uur netto, 12 minuten korter dan de 2 uur per bijeenkomst in het jaarplan")
        #expect(findings.first?.message.en == "The 2 meetings lasted 1.8 net hours on average, 12 minutes less than the plan's 2 hours per meeting")
        group.meetings[1].durationHours = nil  // nil means the plan's duration: average 1,75
        #expect(report(group, today: "2026-05-01").findings(.durationUniform).first?.message.nl.contains("gemiddeld 1,75 uur netto, 15 minuten korter") == true)
    }

    @Test("PLAN_PERIOD: D to D + 1 year − 1 day is right; a day longer is an error, a day shorter a warning", arguments: [
        ("2026-03-01", "2027-02-28", nil), ("2026-03-01", "2027-03-01", Severity.error), ("2026-03-01", "2027-02-27", .warning),
        ("2028-02-29", "2029-02-28", nil), ("2024-01-01", "2024-12-31", nil),
    ] as [(String, String, Severity?)])
    func planPeriod(from: String, to: String, severity: Severity?) {
        var group = healthyGroup()
        group.plans = [YearPlan(from: d(from), to: d(to), totalMeetings: 4, durationHours: 2, submitted: d(from))]
        let findings = report(group, today: from).findings(.planPeriod)
        #expect(findings.map(\.severity) == (severity.map { [$0] } ?? []))
    }

    @Test func planPeriodSaysHowMuchLongerOrThatAShortYearCanOnlyBeTheFirst() {
        var group = healthyGroup()
        group.plans[0].to = d("2027-01-31")
        #expect(report(group, today: "2026-03-01").findings(.planPeriod).first?.message.nl
                == "De jaargang 01-01-2026 – 31-01-2027 is 31 dagen langer dan een jaar; een jaar vanaf 01-01-2026 loopt tot en met 31-12-2026")
        group.plans[0].to = d("2026-12-30")
        #expect(report(group, today: "2026-03-01").findings(.planPeriod).first?.message.en
                == "The year 2026-01-01 – 2026-12-30 is 1 day shorter than one year; that can only be a first, partial year")
    }
}

@Suite("Planned dates as typed in the form")
struct PlannedDatesTests {
    @Test func checksCountRangeDuplicatesAndGaps() {
        let plan = YearPlan(from: d("2026-01-01"), to: d("2026-12-31"), totalMeetings: nil, planned: [
            PlannedMeeting(date: d("2026-02-01")), PlannedMeeting(date: d("2026-02-01")),
            PlannedMeeting(date: d("2027-01-05")),
        ])
        let problems = PlannedDates.problems(in: plan, previousMeeting: d("2025-10-15"))
        #expect(problems.contains { $0.rule == .meetingsPerYear })
        #expect(problems.contains { $0.index == 1 && $0.message.en.contains("already on row 1") })
        #expect(problems.contains { $0.index == 2 && $0.message.en.contains("outside the year") })
        // 2025-10-15 + 3 months = 2026-01-15 < 2026-02-01: the turn of the year counts.
        #expect(problems.contains { $0.index == 0 && $0.rule == .meetingInterval })
    }

    @Test func aGoodScheduleHasNoProblems() {
        var plan = healthyGroup().plans[0]
        plan.planned[3].date = d("2026-10-01")  // + 3 months is past the year's end
        #expect(PlannedDates.problems(in: plan, previousMeeting: d("2025-11-15")).isEmpty)
    }

    @Test("after the last planned date a meeting is still due when that falls in the year", arguments: [
        ("2026-09-28", "2026-12-28"), ("2026-09-30", "2026-12-30"), ("2026-10-01", nil),
    ] as [(String, String?)])
    func meetingStillDueBeforeTheYearEnds(last: String, due: String?) {
        var plan = healthyGroup().plans[0]
        plan.planned[3].date = d(last)
        let notes = PlannedDates.problems(in: plan, previousMeeting: nil).filter { $0.message.nl.hasPrefix("Na ") }
        #expect(notes.map(\.message.nl) == due.map { ["Na \(d(last).dutch) moet er uiterlijk \(d($0).dutch) nog een bijeenkomst zijn"] } ?? [])
    }

    @Test func theNextYearsFirstPlannedDateIsChecked() {
        let plan = healthyGroup().plans[0]  // last date 20-09-2026, due by 20-12-2026
        let gap = PlannedDates.problems(in: plan, previousMeeting: nil, nextMeeting: d("2027-01-15"))
        #expect(gap.contains { $0.index == nil && $0.message.en == "2027-01-15 is more than 3 months after 2026-09-20 (due by 2026-12-20)" })
        // A meeting in next year's plan cannot be in time for 20-12-2026: still due this year.
        #expect(gap.contains { $0.message.nl == "Na 20-09-2026 moet er uiterlijk 20-12-2026 nog een bijeenkomst zijn" })
    }

    @Test func moreDatesThanTheTotalIsAWarningFewerIsFineAndATotalWithoutDatesIsNoTick() {
        var plan = healthyGroup().plans[0]
        plan.planned[3].date = d("2026-10-01")
        plan.totalMeetings = 5  // 4 dates of 5: "voor zover bekend"
        #expect(PlannedDates.problems(in: plan, previousMeeting: nil).isEmpty)
        plan.totalMeetings = 3
        #expect(PlannedDates.problems(in: plan, previousMeeting: nil).map(\.message.nl)
                == ["3 bijeenkomsten gepland; minimaal 4 nodig", "4 data gepland, meer dan het totaal van 3 bijeenkomsten"])
        plan.totalMeetings = 6
        plan.planned = []
        #expect(PlannedDates.problems(in: plan, previousMeeting: nil).map(\.message.en)
                == ["No dates planned yet: whether 6 meetings fit in the year cannot be seen yet"])
    }

    @Test func theGroupsPlanningCheckLooksIntoNextYearsPlan() {
        var group = healthyGroup()
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), planned: [PlannedMeeting(date: d("2027-01-10"))]))
        let problems = group.planningProblems(of: group.plans[0])
        #expect(problems.contains { $0.message.en.hasPrefix("2027-01-10 is more than 3 months after 2026-09-20") })
    }
}
