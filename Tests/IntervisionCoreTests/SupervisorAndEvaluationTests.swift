import Testing
@testable import IntervisionCore

@Suite("SUPERVISOR_REGISTRATION, ANNUAL_EVALUATION")
struct SupervisorAndEvaluationTests {
    @Test func registrationOnFile() {
        let group = healthyGroup()
        #expect(report(group, today: "2026-01-10", supervisor: nil).findings(.supervisorRegistration).map(\.severity) == [.error])
        #expect(report(group, today: "2026-01-10", supervisor: Supervisor(name: "X")).findings(.supervisorRegistration).count == 1)
        for registration in [Registration.coachesVoorMedici, .balint] {
            let supervisor = Supervisor(name: "X", registration: registration)
            #expect(report(group, today: "2026-01-10", supervisor: supervisor).findings(.supervisorRegistration).isEmpty)
        }
    }

    @Test("LVSC needs at least 60 hours", arguments: [(nil, true), (59.5, true), (60.0, false)] as [(Double?, Bool)])
    func lvscHours(hours: Double?, isError: Bool) {
        let supervisor = Supervisor(name: "X", registration: .lvsc, lvscHours: hours)
        let findings = report(healthyGroup(), today: "2026-01-10", supervisor: supervisor).findings(.supervisorRegistration)
        #expect(findings.count == (isError ? 1 : 0))
    }

    @Test("evaluation: reminded from 30 days before the year's last planned meeting, an error once the year ended", arguments: [
        ("2026-08-20", nil), ("2026-08-21", Severity.warning), ("2026-09-20", .warning), ("2026-12-31", .warning), ("2027-01-01", .error),
    ] as [(String, Severity?)])
    func evaluation(today: String, severity: Severity?) {
        let dates = ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"]
        let group = healthyGroup(heldDates: dates.filter { $0 <= today })
        let findings = report(group, today: today).findings(.annualEvaluation)
        #expect(findings.map(\.severity) == (severity.map { [$0] } ?? []))
        // Due at the last planned meeting while it is ahead; after it, by the year's end.
        if severity != nil { #expect(findings.first?.due == (today <= "2026-09-19" ? d("2026-09-20") : d("2026-12-31"))) }
    }

    @Test("evaluation without dated meetings: reminded within 30 days of the year's end", arguments: [
        ("2026-11-30", false), ("2026-12-01", true),
    ])
    func evaluationWithoutDates(today: String, warns: Bool) {
        let group = healthyGroup(plannedDates: [])
        #expect(report(group, today: today).findings(.annualEvaluation).count == (warns ? 1 : 0))
    }

    @Test func anEvaluationInTheYearSatisfiesTheRule() {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        group.evaluations = [Evaluation(id: "e", date: d("2026-09-20"), participants: ["m1", "m2"])]
        #expect(report(group, today: "2027-01-01").findings(.annualEvaluation).isEmpty)
        group.evaluations = [Evaluation(id: "e", date: d("2025-12-20"))]  // last year's does not count
        #expect(report(group, today: "2027-01-01").findings(.annualEvaluation).count == 1)
    }
}

@Suite("The report")
struct ReportTests {
    @Test func judgesTheYearContainingTodayElseTheLatestEnded() {
        var group = healthyGroup()
        group.plans.insert(YearPlan(from: d("2025-01-01"), to: d("2025-12-31"), totalMeetings: 5), at: 0)
        #expect(report(group, today: "2026-06-01").year?.from == d("2026-01-01"))
        #expect(report(group, today: "2025-06-01").year?.from == d("2025-01-01"))
        #expect(report(group, today: "2027-03-01").year?.from == d("2026-01-01"))
        #expect(report(group, today: "2024-06-01").year?.from == d("2025-01-01"))  // only plans to come
    }

    @Test func answersTheSupervisorsQuestions() {
        let group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"], absences: ["2026-02-01": [2]])
        let r = report(group, today: "2026-05-01")
        #expect(r.heldThisYear == 2)
        #expect(r.plannedThisYear == 4)
        #expect(r.lastMeeting == d("2026-04-15"))
        #expect(r.nextMeetingDue == d("2026-07-15"))
        #expect(r.nextPlannedMeeting == d("2026-07-01"))
        #expect(r.standing("m2")?.mayStillMiss == 0)
        #expect(r.standing("m1")?.mayStillMiss == 1)
        #expect(r.membersAtRisk == 1)
    }

    @Test func thePlannedDateOfTodayIsNotNextOnceHeld() {
        let before = report(healthyGroup(), today: "2026-04-15")
        #expect(before.nextPlannedMeeting == d("2026-04-15"))
        let after = report(healthyGroup(heldDates: ["2026-02-01", "2026-04-15"]), today: "2026-04-15")
        #expect(after.nextPlannedMeeting == d("2026-07-01"))
    }

    @Test func errorsComeFirstThenTheEarliestDue() {
        var group = healthyGroup(heldDates: ["2026-02-01"], absences: ["2026-02-01": [1]])
        group.members[4].big = nil
        let r = report(group, today: "2026-04-20", supervisor: nil)
        #expect(r.hasErrors)
        let severities = r.findings.map(\.severity)
        #expect(severities == severities.sorted(by: >))
        let warningDues = r.findings.filter { $0.severity == .warning }.compactMap(\.due)
        #expect(warningDues == warningDues.sorted())
    }

    @Test func everyRuleIdIsCovered() {
        // The ids are the product's public contract (docs/rules.md, check --json).
        #expect(RuleID.allCases.map(\.rawValue) == [
            "GROUP_SIZE", "GROUP_FIXED", "BIG_REGISTERED", "MEETINGS_PER_YEAR", "MEETING_INTERVAL", "PLAN_PROGRAMME",
            "ATTENDANCE_75", "ANNUAL_EVALUATION", "PLAN_BEFORE_FIRST", "PLAN_PERIOD", "SUPERVISOR_REGISTRATION", "DURATION_UNIFORM",
            "ACCREDITATION_CAP", "PLAN_COMPLETE", "SYNC_CONFLICT",
        ])
    }

    @Test func demoDataIsReproducibleAndRealistic() {
        let today = d("2026-11-22")
        let a = DemoData.generate(groups: 30, seed: 7, today: today)
        let b = DemoData.generate(groups: 30, seed: 7, today: today)
        #expect(a.groups == b.groups)
        #expect(DemoData.generate(groups: 30, seed: 8, today: today).groups != a.groups)
        for group in a.groups {
            #expect((5...9).contains(group.members.count))
            #expect(group.plans.count == 3)
            #expect(Set(group.members.map(\.id)).count == group.members.count)
        }
        #expect(a.groups.contains { $0.members.contains { $0.big == nil } })
        #expect(a.groups.contains { $0.members.contains { $0.left != nil } })
        let reports = a.groups.map { RulesEngine.report(for: $0, supervisor: a.supervisor, today: today) }
        #expect(reports.contains { $0.hasErrors })
        #expect(reports.contains { !$0.hasErrors })
    }
}
