import Testing
@testable import IntervisionCore

/// The evaluation belongs to the year it evaluates.
@Suite("The evaluation's year")
struct EvaluationYearTests {
    /// 2026 held in full; 2027 planned, its first meeting held on 20-01-2027.
    func group(firstOf2027: String? = "2027-01-20") -> Group {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        group.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                    submitted: d("2026-12-01")))
        if let firstOf2027 {
            group.meetings.append(Meeting(id: "mt-2027", date: d(firstOf2027), attendance: []))
        }
        return group
    }

    @Test("after a year's end, up to the next year's first held meeting, it belongs to the year that ended", arguments: [
        ("2026-11-20", "2026-01-01"), ("2027-01-05", "2026-01-01"), ("2027-01-20", "2026-01-01"), ("2027-01-21", "2027-01-01"),
    ])
    func defaultYear(date: String, year: String) {
        #expect(group().defaultEvaluationYear(on: d(date))?.from == d(year))
    }

    @Test func notWhenTheEndedYearHasOneOrIsClosed() throws {
        var evaluated = group()
        try evaluated.recordEvaluation(on: d("2026-09-20"), answers: [:])
        #expect(evaluated.defaultEvaluationYear(on: d("2027-01-05"))?.from == d("2027-01-01"))
        // Editing that evaluation itself does not count as the year having one.
        #expect(evaluated.defaultEvaluationYear(on: d("2027-01-05"), excluding: evaluated.evaluations[0].id)?.from == d("2026-01-01"))
        var closed = group()
        closed.plans[0].closed = d("2027-01-02")
        #expect(closed.defaultEvaluationYear(on: d("2027-01-05"))?.from == d("2027-01-01"))
    }

    @Test func anEvaluationAfterTheLastYearEndedIsNotRefused() throws {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        let evaluation = try group.recordEvaluation(on: d("2027-01-08"), answers: [.wentWell: "Goed"])
        #expect(evaluation.year == d("2026-01-01"))
        #expect(report(group, today: "2027-01-10").findings(.annualEvaluation).isEmpty)
    }

    @Test("a date in no year counts for the ended year up to 3 months after its end", arguments: [
        ("2027-03-31", true), ("2027-04-01", false),
    ])
    func noYearAtAll(date: String, accepted: Bool) {
        var group = healthyGroup(heldDates: ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"])
        let result = Result { () throws(EditError) in try group.recordEvaluation(on: d(date), answers: [:]) }
        if accepted {
            #expect((try? result.get())?.year == d("2026-01-01"))
        } else {
            #expect(throws: EditError.outsidePlan(d(date), from: d("2026-01-01"), to: d("2026-12-31"))) { try result.get() }
        }
    }

    @Test func itSatisfiesOnlyItsOwnYear() throws {
        var group = group(firstOf2027: nil)
        try group.recordEvaluation(on: d("2027-01-12"), answers: [:])  // about 2026
        #expect(group.evaluations[0].year == d("2026-01-01"))
        #expect(report(group, today: "2027-02-01").findings(.annualEvaluation).isEmpty)
        let end2027 = report(group, today: "2028-01-01").findings(.annualEvaluation)
        #expect(end2027.map(\.year) == [YearPeriod(from: d("2027-01-01"), to: d("2027-12-31"))])
    }

    @Test func theYearCanBeNamedAndAnEditKeepsIt() throws {
        var group = group()
        let named = try group.recordEvaluation(on: d("2027-02-10"), year: d("2026-06-30"), answers: [:])  // any day in it
        #expect(named.year == d("2026-01-01"))
        let edited = try group.recordEvaluation(on: d("2027-02-10"), answers: [.notes: "Aangevuld"], replacing: named.id)
        #expect(edited.year == d("2026-01-01"))
        #expect(throws: EditError.noPlanFor(d("2030-01-01"))) { try group.recordEvaluation(on: d("2027-02-10"), year: d("2030-01-01"), answers: [:]) }
        #expect(throws: EditError.evaluationBeforeYear(d("2026-12-20"), YearPeriod(from: d("2027-01-01"), to: d("2027-12-31")))) {
            try group.recordEvaluation(on: d("2026-12-20"), year: d("2027-01-01"), answers: [:])
        }
    }

    @Test func evaluationsMoveWithTheirYearsPeriod() throws {
        var group = group()
        try group.recordEvaluation(on: d("2027-01-05"), answers: [:])
        try group.setPlanPeriod(at: 0, from: d("2025-12-01"), to: d("2026-11-30"))
        #expect(group.evaluations[0].year == d("2025-12-01"))
        #expect(group.year(of: group.evaluations[0])?.from == d("2025-12-01"))
    }

    @Test func anOlderRecordWithoutAYearBelongsToTheYearOfItsDate() {
        var group = group()
        group.evaluations = [Evaluation(id: "old", date: d("2027-01-05"))]
        #expect(group.year(of: group.evaluations[0])?.from == d("2027-01-01"))
    }
}
