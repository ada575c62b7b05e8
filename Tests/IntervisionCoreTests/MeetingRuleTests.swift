import Testing
@testable import IntervisionCore

@Suite("MEETINGS_PER_YEAR, MEETING_INTERVAL")
struct MeetingRuleTests {
    @Test func planWithFewerThanFourMeetingsIsAnError() {
        let three = healthyGroup(plannedDates: ["2026-02-01", "2026-05-01", "2026-08-01"])
        #expect(report(three, today: "2026-01-10").findings(.meetingsPerYear).map(\.severity) == [.error])
        let four = healthyGroup()
        #expect(report(four, today: "2026-01-10").findings(.meetingsPerYear).isEmpty)
    }

    @Test func yearEndingWithFewerThanFourHeldIsAnError() {
        let dates = ["2026-02-01", "2026-04-15", "2026-07-01"]
        let group = healthyGroup(heldDates: dates)
        // Still running: only the warning ahead that one meeting no longer fits at a monthly pace.
        #expect(report(group, today: "2026-12-31").findings(.meetingsPerYear).map(\.severity) == [.warning])
        let ended = report(group, today: "2027-01-01").findings(.meetingsPerYear)
        #expect(ended.count == 1)
        #expect(ended.first?.due == d("2026-12-31"))
        let enough = healthyGroup(heldDates: dates + ["2026-09-20"])
        #expect(report(enough, today: "2027-01-01").findings(.meetingsPerYear).isEmpty)
    }

    @Test("31 Jan + 3 months = 30 Apr: a meeting on 30 Apr is in time, on 1 May it is not")
    func gapBoundary() {
        let inTime = healthyGroup(heldDates: ["2026-01-31", "2026-04-30"], plannedDates: ["2026-01-31", "2026-04-30", "2026-07-01", "2026-09-01"])
        #expect(report(inTime, today: "2026-05-01").findings(.meetingInterval).filter { $0.severity == .error }.isEmpty)
        let late = healthyGroup(heldDates: ["2026-01-31", "2026-05-01"], plannedDates: ["2026-01-31", "2026-05-01", "2026-07-01", "2026-09-01"])
        let errors = report(late, today: "2026-05-02").findings(.meetingInterval).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.due == d("2026-04-30"))
    }

    @Test func leapYearGap() {
        // 30 Nov 2023 + 3 months = 29 Feb 2024.
        var group = healthyGroup(heldDates: ["2023-11-30", "2024-02-29"])
        group.plans = [YearPlan(from: d("2023-09-01"), to: d("2024-08-31"), totalMeetings: 4, durationHours: 2,
                                exported: d("2023-08-01"), submitted: d("2023-08-01"))]
        #expect(report(group, today: "2024-03-01").findings(.meetingInterval).filter { $0.severity == .error }.isEmpty)
        group.meetings[1].date = d("2024-03-01")
        #expect(report(group, today: "2024-03-02").findings(.meetingInterval).filter { $0.severity == .error }.count == 1)
    }

    @Test func gapAcrossTheTurnOfTheYearCounts() {
        var group = healthyGroup(heldDates: ["2025-10-15", "2026-02-01"])
        group.plans.insert(YearPlan(from: d("2025-01-01"), to: d("2025-12-31"), totalMeetings: 4, durationHours: 2,
                                    exported: d("2024-12-01"), submitted: d("2024-12-01")), at: 0)
        let errors = report(group, today: "2026-02-10").findings(.meetingInterval).filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.due == d("2026-01-15"))
    }

    @Test func overdueWithNoMeetingSinceIsAnError() {
        let group = healthyGroup(heldDates: ["2026-02-01"])
        let due = d("2026-05-01")
        #expect(report(group, today: "2026-05-01").findings(.meetingInterval).allSatisfy { $0.severity == .warning })
        let overdue = report(group, today: "2026-05-02").findings(.meetingInterval).filter { $0.severity == .error }
        #expect(overdue.count == 1)
        #expect(overdue.first?.due == due)
    }

    @Test("the next meeting due within 14 days is a warning", arguments: [
        ("2026-04-16", false), ("2026-04-17", true), ("2026-05-01", true),
    ])
    func dueSoon(today: String, warns: Bool) {
        let group = healthyGroup(heldDates: ["2026-02-01"], plannedDates: ["2026-02-01", "2026-04-30", "2026-07-01", "2026-09-01"])
        let r = report(group, today: today)
        #expect(r.nextMeetingDue == d("2026-05-01"))
        let warnings = r.findings(.meetingInterval).filter {
            $0.severity == .warning && $0.due == d("2026-05-01") && !$0.message.en.hasPrefix("Planning")
        }
        #expect(warnings.count == (warns ? 1 : 0))
    }

    @Test func plannedDatesAheadThatLeaveAGapAreAWarning() {
        let group = healthyGroup(heldDates: ["2026-02-01"], plannedDates: ["2026-02-01", "2026-04-15", "2026-09-01", "2026-11-01"])
        let planning = report(group, today: "2026-03-01").findings(.meetingInterval).filter { $0.message.en.hasPrefix("Planning") }
        #expect(planning.count == 1)
        #expect(planning.first?.message.en.contains("2026-09-01") == true)
    }
}
