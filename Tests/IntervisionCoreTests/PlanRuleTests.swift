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

    @Test func nextYearsPlanIsDueBeforeTheYearEnds() {
        let group = healthyGroup()
        #expect(report(group, today: "2026-11-30").findings(.planProgramme).isEmpty)
        let warning = report(group, today: "2026-12-01").findings(.planProgramme)
        #expect(warning.map(\.severity) == [.warning])
        #expect(warning.first?.due == d("2027-01-01"))
        var withNext = group
        withNext.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31")))
        #expect(report(withNext, today: "2026-12-01").findings(.planProgramme).isEmpty)
    }

    @Test func meetingBeforeThePlanWasSentIsAnError() {
        var notSent = healthyGroup(heldDates: ["2026-02-01"])
        notSent.plans[0].exported = nil
        #expect(report(notSent, today: "2026-02-02").findings(.planBeforeFirst).map(\.severity) == [.error])

        var late = healthyGroup(heldDates: ["2026-02-01"])
        late.plans[0].exported = d("2026-02-02")
        #expect(report(late, today: "2026-02-03").findings(.planBeforeFirst).map(\.severity) == [.error])

        var sameDay = healthyGroup(heldDates: ["2026-02-01"])
        sameDay.plans[0].exported = nil
        sameDay.plans[0].submitted = d("2026-02-01")
        #expect(report(sameDay, today: "2026-02-03").findings(.planBeforeFirst).isEmpty)
    }

    @Test("warn from 28 days before the first planned meeting while not exported", arguments: [
        ("2026-01-03", false), ("2026-01-04", true), ("2026-02-01", true),
    ])
    func sendWarning(today: String, warns: Bool) {
        var group = healthyGroup()
        group.plans[0].exported = nil
        let findings = report(group, today: today).findings(.planBeforeFirst)
        #expect(findings.count == (warns ? 1 : 0))
        if warns {
            #expect(findings.first?.severity == .warning)
            #expect(findings.first?.due == d("2026-02-01"))
        }
    }

    @Test func upcomingPlanIsWatchedToo() {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                    planned: [PlannedMeeting(date: d("2027-01-12"), topic: "")]))
        let findings = report(group, today: "2026-12-20").findings(.planBeforeFirst)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.due == d("2027-01-12"))
    }

    @Test func completePlanHasNoFinding() {
        let r = report(healthyGroup(), today: "2026-01-10")
        #expect(r.findings(.planComplete).isEmpty)
        #expect(r.planStatus == .exported(d("2025-12-15")))
        var notSent = healthyGroup()
        notSent.plans[0].exported = nil
        #expect(report(notSent, today: "2025-11-10").planStatus == .complete)
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

    @Test func durationDifferentFromThePlanIsAWarning() {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])
        group.meetings[1].durationHours = 2.5
        let findings = report(group, today: "2026-05-01").findings(.durationUniform)
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.nl.contains("2,5 uur") == true)
        group.meetings[1].durationHours = nil  // nil means the plan's duration
        #expect(report(group, today: "2026-05-01").findings(.durationUniform).isEmpty)
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
        #expect(problems.contains { $0.index == 2 && $0.rule == .meetingInterval })
        // 2025-10-15 + 3 months = 2026-01-15 < 2026-02-01: the turn of the year counts.
        #expect(problems.contains { $0.index == 0 && $0.rule == .meetingInterval })
    }

    @Test func aGoodScheduleHasNoProblems() {
        let plan = healthyGroup().plans[0]
        #expect(PlannedDates.problems(in: plan, previousMeeting: d("2025-11-15")).isEmpty)
    }
}
