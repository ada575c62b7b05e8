import IntervisionCore
import Testing

/// What an export is called and whether it is refused: decided once, in Core, for the command line
/// and the app.
@Suite("Export requests")
struct ExportRequestTests {
    static let plan = YearPlan(from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 12, day: 31)!,
                               totalMeetings: 4, durationHours: 2)
    static let evaluation = Evaluation(id: "e", date: CivilDate(year: 2026, month: 11, day: 22)!, participants: [])
    static let group = Group(id: "g", name: "Chirurgen Utrecht", plans: [plan], evaluations: [evaluation])
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    @Test("the names of every kind", arguments: [
        (ExportKind.plan(.docx), "jaarplan-Chirurgen-Utrecht.docx"),
        (.attendance(.csv), "presentielijst-Chirurgen-Utrecht.csv"),
        (.calendar, "agenda-Chirurgen-Utrecht.ics"),
        (.evaluation(.md), "jaarevaluatie-2026-11-22-Chirurgen-Utrecht.md"),
        (.groupFile(encrypted: false), "groep-Chirurgen-Utrecht.json"),
        (.groupFile(encrypted: true), "groep-Chirurgen-Utrecht.json.age"),
        (.meetingAttendance(.docx, date: CivilDate(year: 2026, month: 11, day: 18)!), "presentielijst-2026-11-18-Chirurgen-Utrecht.docx"),
    ])
    func names(kind: ExportKind, expected: String) {
        let request = ExportRequest(kind, group: Self.group, plan: Self.plan, evaluation: Self.evaluation, today: Self.today)
        #expect(request.fileName == expected)
    }

    @Test func refusals() {
        // The group's form is empty: a final plan is refused with what is missing, a draft is not.
        let final = ExportRequest(.plan(.md), group: Self.group, plan: Self.plan, today: Self.today)
        guard case .incompletePlan(let missing) = final.refusal else { Issue.record("refused: \(String(describing: final.refusal))"); return }
        #expect(missing == PlanCompleteness.missingFields(group: Self.group, plan: Self.plan, supervisor: nil))
        #expect(final.refusal?.message.nl.hasPrefix("het jaarplan is niet volledig; nog in te vullen: ") == true)
        #expect(final.recordsExport)
        var draft = final
        draft.draft = true
        #expect(draft.refusal == nil && !draft.recordsExport)
        // Of one year, without a plan; an evaluation without one; the group file needs neither.
        for kind in [ExportKind.plan(.docx), .attendance(.html), .calendar] {
            #expect(ExportRequest(kind, group: Self.group, draft: true, today: Self.today).refusal == .noPlan)
        }
        #expect(ExportRequest(.evaluation(.html), group: Self.group, today: Self.today).refusal == .noEvaluation)
        #expect(ExportRequest(.groupFile(encrypted: true), group: Self.group, today: Self.today).refusal == nil)
        #expect(ExportRequest(.attendance(.csv), group: Self.group, plan: Self.plan, today: Self.today).refusal == nil)  // incomplete, but no plan form
        // One meeting's list: a day with no meeting held or planned is refused.
        let day = CivilDate(year: 2026, month: 3, day: 3)!
        #expect(ExportRequest(.meetingAttendance(.csv, date: day), group: Self.group, plan: Self.plan, today: Self.today).refusal
            == .noMeetingOn(day))
        var planned = Self.group
        planned.plans[0].planned = [PlannedMeeting(date: day, topic: "Casus")]
        #expect(ExportRequest(.meetingAttendance(.csv, date: day), group: planned, plan: planned.plans[0], today: Self.today).refusal == nil)
    }
}
