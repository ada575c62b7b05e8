import Testing
@testable import IntervisionCore

/// Each kind of action at its boundary dates: the day before it is due, the day itself, the day after.
@Suite("Agenda: a group's actions")
struct AgendaActionTests {
    func actions(_ group: Group, today: String) -> [AgendaAction] {
        Agenda.actions(for: group, report: report(group, today: today))
    }

    func only(_ kind: ActionKind, _ group: Group, today: String) -> AgendaAction? {
        let found = actions(group, today: today).filter { $0.kind == kind }
        #expect(found.count <= 1, "one \(kind.rawValue) expected, got \(found.map(\.text.en))")
        return found.first
    }

    /// Due on `due`: the day before not overdue, the day itself not overdue, the day after overdue.
    func expectBoundary(_ kind: ActionKind, _ group: Group, due: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (day, overdue) in [(d(due).adding(days: -1), false), (d(due), false), (d(due).adding(days: 1), true)] {
            let action = only(kind, group, today: day.iso)
            #expect(action?.due == d(due), "on \(day.iso)", sourceLocation: sourceLocation)
            #expect(action?.isOverdue == overdue, "on \(day.iso)", sourceLocation: sourceLocation)
        }
    }

    // MARK: submit-plan

    @Test("submit-plan: due 28 days before the first planned meeting, in the issue's words")
    func submitPlanText() {
        var group = healthyGroup()
        group.plans.append(YearPlan(from: d("2028-01-01"), to: d("2028-12-31"), totalMeetings: 4, durationHours: 2,
                                    planned: [PlannedMeeting(date: d("2028-01-01"))]))
        let action = actions(group, today: "2027-11-01").first { $0.kind == .submitPlan && $0.year?.from == d("2028-01-01") }
        #expect(action?.text.nl == "Jaarplan 2028 indienen in GAIA, uiterlijk 04-12-2027")
        #expect(action?.text.en == "Submit plan 2028 in GAIA by 2027-12-04")
        #expect(action?.rule == .planBeforeFirst)
    }

    @Test("submit-plan at its boundary: a warning from the day it is due, an error once a meeting was held")
    func submitPlanBoundary() throws {
        var group = healthyGroup()
        group.plans[0].submitted = nil  // first planned meeting 2026-02-01: due 2026-01-04
        expectBoundary(.submitPlan, group, due: "2026-01-04")
        #expect(only(.submitPlan, group, today: "2026-01-03")?.severity == nil)
        #expect(only(.submitPlan, group, today: "2026-01-04")?.severity == .warning)
        group.meetings = healthyGroup(heldDates: ["2026-02-01"]).meetings
        let late = try #require(only(.submitPlan, group, today: "2026-02-02"))
        #expect(late.severity == .error && late.isOverdue)
        #expect(late.findings.map(\.rule) == [.planBeforeFirst])
        try group.markSubmitted(from: d("2026-01-01"), on: d("2026-02-02"), today: d("2026-02-02"))
        #expect(only(.submitPlan, group, today: "2026-02-02") == nil)
    }

    @Test("submit-plan without planned dates: 28 days before the year starts")
    func submitPlanWithoutDates() {
        var group = healthyGroup(plannedDates: [])
        group.plans[0].submitted = nil
        #expect(only(.submitPlan, group, today: "2025-11-01")?.due == d("2025-12-04"))
    }

    // MARK: hold-meeting

    @Test("hold-meeting: the last meeting + 3 months when no earlier date is planned; an error the day after")
    func holdMeetingDeadline() {
        let group = healthyGroup(heldDates: ["2026-01-31"], plannedDates: ["2026-01-31", "2026-06-15", "2026-08-01", "2026-10-01"])
        expectBoundary(.holdMeeting, group, due: "2026-04-30")
        let action = only(.holdMeeting, group, today: "2026-04-29")
        #expect(action?.text.nl == "Bijeenkomst houden: gepland op 15-06-2026, uiterlijk 30-04-2026")
        #expect(action?.severity == .warning)
        #expect(only(.holdMeeting, group, today: "2026-05-01")?.severity == .error)
        #expect(only(.holdMeeting, group, today: "2026-05-01")?.rule == .meetingInterval)
    }

    @Test("hold-meeting: the next planned date when it comes first; both dates named")
    func holdMeetingPlanned() {
        let group = healthyGroup(heldDates: ["2026-01-31"], plannedDates: ["2026-01-31", "2026-03-15", "2026-06-01", "2026-08-01"])
        #expect(only(.holdMeeting, group, today: "2026-03-14")?.due == d("2026-03-15"))
        #expect(only(.holdMeeting, group, today: "2026-03-15")?.due == d("2026-03-15"))
        #expect(only(.holdMeeting, group, today: "2026-03-01")?.text.en == "Hold a meeting: planned on 2026-03-15, due by 2026-04-30")
        // Once the planned day has passed unheld, the deadline is what is left (not overdue yet).
        #expect(only(.holdMeeting, group, today: "2026-03-16")?.due == d("2026-04-30"))
        #expect(only(.holdMeeting, group, today: "2026-03-16")?.isOverdue == false)
    }

    @Test("hold-meeting appears while a year runs, not before")
    func holdMeetingOnlyWhileAYearRuns() {
        let group = healthyGroup(plannedDates: [])
        #expect(only(.holdMeeting, group, today: "2025-12-31") == nil)
        #expect(only(.holdMeeting, group, today: "2026-01-01")?.due == d("2026-04-01"))
        #expect(only(.holdMeeting, group, today: "2026-01-01")?.text.nl == "Bijeenkomst houden, uiterlijk 01-04-2026")
    }

    // MARK: report-attendance

    @Test("report-attendance: 30 days after the meeting; gone once marked as entered in GAIA")
    func reportAttendance() throws {
        var group = healthyGroup(heldDates: ["2026-03-10"])
        expectBoundary(.reportAttendance, group, due: "2026-04-09")
        let action = try #require(only(.reportAttendance, group, today: "2026-03-11"))
        #expect(action.text.nl == "Aanwezigheid van 10-03-2026 invoeren in GAIA, uiterlijk 09-04-2026")
        #expect(action.meetingID == "mt-2026-03-10" && action.meetingDate == d("2026-03-10"))
        #expect(action.rule == nil && action.severity == nil)
        try group.markAttendanceReported(meetingOn: d("2026-03-10"), on: d("2026-03-11"), today: d("2026-03-11"))
        #expect(only(.reportAttendance, group, today: "2026-03-11") == nil)
    }

    @Test("report-attendance: nothing for a meeting of a closed year")
    func reportAttendanceClosedYear() throws {
        var group = healthyGroup(heldDates: ["2026-03-10"])
        try group.closeYear(from: d("2026-01-01"), on: d("2027-01-10"))
        #expect(only(.reportAttendance, group, today: "2027-01-10") == nil)
    }

    // MARK: evaluate

    @Test("evaluate: due at the year's last planned meeting while it is ahead")
    func evaluateAtTheLastPlannedMeeting() {
        let group = healthyGroup()  // last planned 2026-09-20
        #expect(only(.evaluate, group, today: "2026-09-19")?.due == d("2026-09-20"))
        #expect(only(.evaluate, group, today: "2026-09-20")?.due == d("2026-09-20"))
        #expect(only(.evaluate, group, today: "2026-09-20")?.isOverdue == false)
        // The meeting passed without an evaluation recorded: by the year's end, as ANNUAL_EVALUATION says.
        #expect(only(.evaluate, group, today: "2026-09-21")?.due == d("2026-12-31"))
        #expect(only(.evaluate, group, today: "2026-09-19")?.severity == .warning)
        #expect(only(.evaluate, group, today: "2026-09-19")?.text.nl == "Jaargang 2026 evalueren met de groep, uiterlijk 20-09-2026")
    }

    @Test("evaluate: after the last planned meeting, by the year's end; an error once it ended")
    func evaluateByTheYearsEnd() throws {
        var group = healthyGroup()
        #expect(only(.evaluate, group, today: "2026-09-21")?.due == d("2026-12-31"))
        expectBoundary(.evaluate, group, due: "2026-12-31")
        let late = try #require(only(.evaluate, group, today: "2027-01-01"))
        #expect(late.severity == .error && late.findings.map(\.rule) == [.annualEvaluation])
        try group.recordEvaluation(on: d("2027-01-05"), participants: [], answers: [:])
        #expect(only(.evaluate, group, today: "2027-01-05") == nil)
    }

    // MARK: plan-next-year

    @Test("plan-next-year: 28 days before the last year ends; gone once next year has a plan")
    func planNextYear() throws {
        var group = healthyGroup()
        expectBoundary(.planNextYear, group, due: "2026-12-03")
        #expect(only(.planNextYear, group, today: "2026-11-02")?.severity == nil)
        #expect(only(.planNextYear, group, today: "2026-11-03")?.severity == .warning)
        #expect(only(.planNextYear, group, today: "2026-11-03")?.text.nl == "Jaarplan 2027 opstellen en indienen in GAIA, uiterlijk 03-12-2026")
        _ = try group.planIndex(from: d("2027-01-01"), to: d("2027-12-31"))
        #expect(only(.planNextYear, group, today: "2026-12-04") == nil)
    }

    @Test("plan-next-year: a group without any plan draws one up today, an error")
    func firstPlan() {
        var group = healthyGroup()
        group.plans = []
        let action = only(.planNextYear, group, today: "2026-05-01")
        #expect(action?.due == d("2026-05-01") && action?.severity == .error)
        #expect(action?.text.nl == "Jaarplan opstellen en indienen in GAIA, vóór de eerste bijeenkomst")
    }

    // MARK: close-year

    @Test("close-year: 30 days after the year's end, carrying the year's errors; gone once closed")
    func closeYear() throws {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15"])
        try group.recordEvaluation(on: d("2026-04-15"), participants: [], answers: [:])
        #expect(only(.closeYear, group, today: "2026-12-31") == nil)
        expectBoundary(.closeYear, group, due: "2027-01-30")
        let action = try #require(only(.closeYear, group, today: "2027-01-01"))
        #expect(action.text.nl == "Jaargang 2026 afsluiten, uiterlijk 30-01-2027")
        #expect(action.severity == .error)  // only 2 meetings held
        #expect(action.findings.contains { $0.rule == .meetingsPerYear })
        try group.closeYear(from: d("2026-01-01"), on: d("2027-01-02"))
        #expect(only(.closeYear, group, today: "2027-01-02") == nil)
    }

    // MARK: fix

    @Test("fix: an error no step resolves is due today, with its rule and the finding's words")
    func fix() throws {
        let group = healthyGroup(members: 3)
        let action = try #require(actions(group, today: "2026-03-01").first { $0.kind == .fix })
        #expect(action.due == d("2026-03-01") && !action.isOverdue)
        #expect(action.rule == .groupSize && action.severity == .error)
        #expect(action.text.nl == "De groep heeft 3 leden; minimaal 4 nodig")
    }

    @Test("the order: overdue first, an error before a warning on the same day")
    func order() {
        let group = healthyGroup(members: 3, heldDates: ["2026-01-10"])
        let list = actions(group, today: "2026-03-01")
        #expect(list == list.sorted(by: AgendaAction.urgencyOrder))
        #expect(list.first?.kind == .reportAttendance)  // due 2026-02-09
        #expect(list.map(\.due) == list.map(\.due).sorted())
    }
}
