import IntervisionCore
@testable import IntervisionApp
import Testing

/// A planned meeting's time and place on the plan form: typed in the meetings table, checked as
/// typed with Core's `MeetingTime.parse`, saved with the form's Ctrl-S like its date and topic.
@Suite("Plan form: a planned meeting's time and place")
struct PlanFormTimeTests {
    /// The plan form of Chirurgen Utrecht (its plan 01-12-2025 – 30-11-2026), the focus on `target`.
    static func form(at target: FormTarget, size: Size = Size(width: 80, height: 24), language: Language = .nl) throws -> AppState {
        var state = Fixture.groupScreen(size: size, language: language)
        Fixture.press([.character("p")], &state)
        try PlanFormTests.tab(to: target, &state)
        return state
    }

    static func saved(_ state: AppState) -> Group { state.catalog.groups.first { $0.name == "Chirurgen Utrecht" }! }
    static func plan(_ group: Group) -> YearPlan { group.plans.first { $0.from == CivilDate(year: 2025, month: 12, day: 1) }! }

    @Test func theTimeAndPlaceAreTypedCheckedAndSavedWithCtrlS() throws {
        var state = try Self.form(at: .meeting(0, .time))
        let before = Self.plan(Self.saved(state)).planned[0]
        #expect(try PlanFormTests.form(state).0.editor.text == "19:00-21:30")  // the demo's time, selected
        Fixture.type("1930 - 2200", &state)
        #expect(PlanFormTests.screenText(state).contains("↳ 19:30 tot 22:00 (2,5 uur)"))  // read back as typed
        Fixture.press([.tab], &state)
        Fixture.type("Praktijk Oudegracht 12, Utrecht", &state)
        Fixture.press([.tab], &state)
        #expect(try PlanFormTests.form(state).0.draft != nil)  // "niet bewaard (Ctrl-S)" in the title
        #expect(Self.plan(Self.saved(state)).planned[0] == before)  // nothing saved before Ctrl-S
        let effects = Fixture.press([.control("s")], &state)
        #expect(effects.contains { if case .saveGroup = $0 { return true } else { return false } })
        let after = Self.plan(Self.saved(state)).planned[0]
        #expect(after.time == MeetingTime(start: ClockTime(hour: 19, minute: 30)!, end: ClockTime(hour: 22, minute: 0)!))
        #expect(after.location == "Praktijk Oudegracht 12, Utrecht")
        #expect(after.id == before.id && after.date == before.date && after.topic == before.topic)
        #expect(after.revision > before.revision)  // a calendar that imported it updates the event
        #expect(state.undo?.before.plans != state.undo?.after.plans)  // one step `u` takes back
    }

    @Test(arguments: [("25:00-26:00", MeetingTime.InputError.notATime("25:00-26:00")),
                      ("21:00-19:00", MeetingTime.InputError.endNotAfterStart("21:00-19:00"))])
    func aWrongTimeIsSaidUnderTheRowAndCtrlSIsRefusedKeepingIt(_ typed: String, _ error: MeetingTime.InputError) throws {
        var state = try Self.form(at: .meeting(0, .topic))
        Fixture.type("Nieuw onderwerp", &state)  // an edit that would be saved
        Fixture.press([.tab], &state)
        Fixture.type(typed, &state)
        #expect(PlanFormTests.screenText(state).contains("↳ " + AppTexts.timeProblem(error).nl))
        let before = Self.saved(state)
        let effects = Fixture.press([.control("s")], &state)
        #expect(!effects.contains { if case .saveGroup = $0 { return true } else { return false } })
        #expect(Self.saved(state) == before)
        #expect(state.message?.isError == true && state.message?.text.hasPrefix("Niet bewaard: 1 veld klopt niet") == true)
        let form = try PlanFormTests.form(state).0
        #expect(form.focus == .meeting(0, .time) && form.editor.text == typed)
        #expect(form.drafts[.meeting(0, .time)] == typed && form.errors[.meeting(0, .time)] == AppTexts.timeProblem(error))
        #expect(form.draft.map(Self.plan)?.planned[0].topic == "Nieuw onderwerp")  // the other edit kept, not saved
        #expect(PlanFormTests.screenText(state).contains("↳ " + AppTexts.timeProblem(error).nl))
        // Corrected, it saves both.
        Fixture.press([.control("u")], &state)
        Fixture.type("19:00-21:00", &state)
        Fixture.press([.control("s")], &state)
        let planned = Self.plan(Self.saved(state)).planned[0]
        #expect(planned.topic == "Nieuw onderwerp" && planned.time?.text == "19:00-21:00")
    }

    @Test func aMovedDateKeepsTheMeetingsIdAsTheCommandLinesMoveDoes() throws {
        var state = try Self.form(at: .meeting(1, .date))
        let group = Self.saved(state)
        let before = Self.plan(group).planned[1]
        Fixture.type("02-03-2026", &state)
        Fixture.press([.tab, .tab], &state)
        Fixture.type("20:00-22:00", &state)
        Fixture.press([.control("s")], &state)
        let moved = try #require(Self.plan(Self.saved(state)).planned.first { $0.id == before.id })
        #expect(moved.date == CivilDate(year: 2026, month: 3, day: 2) && moved.time?.text == "20:00-22:00")
        #expect(moved.topic == before.topic && moved.revision == before.revision + 2)  // two edits, as --move-to with --time
        // The command line's move gives the same meeting the same id.
        var byCommand = group
        try byCommand.movePlannedMeeting(from: before.date!, to: CivilDate(year: 2026, month: 3, day: 2)!)
        try byCommand.planMeeting(on: CivilDate(year: 2026, month: 3, day: 2)!, topic: "", time: moved.time)
        #expect(Self.plan(byCommand).planned.first { $0.id == before.id } == moved)
    }

    @Test func aNewRowTakesItsTimeAndPlaceAndTabOnItsPlaceAddsTheNextRow() throws {
        var state = try Self.form(at: .meeting(5, .location))
        let ids = Set(Self.plan(Self.saved(state)).planned.map(\.id))
        Fixture.press([.tab], &state)  // Tab on the last cell of the last row adds a row
        #expect(try PlanFormTests.form(state).0.focus == .meeting(6, .date))
        Fixture.press([.tab, .tab], &state)
        Fixture.type("18.30-2100", &state)  // typed before the date: the row is made with it
        Fixture.press([.tab], &state)
        Fixture.type("Ziekenhuis, zaal 3", &state)
        Fixture.press([.backTab, .backTab, .backTab], &state)
        Fixture.type("20-10-2026", &state)
        Fixture.press([.tab], &state)
        Fixture.type("Reserve", &state)
        Fixture.press([.control("s")], &state)
        let row = try #require(Self.plan(Self.saved(state)).planned.last)
        #expect(row.date == CivilDate(year: 2026, month: 10, day: 20) && row.topic == "Reserve")
        #expect(row.time?.text == "18:30-21:00" && row.location == "Ziekenhuis, zaal 3")
        #expect(!ids.contains(row.id) && row.revision > 0)  // a new id, kept as its date was typed after
    }

    @Test func aPlaceTooLongIsRefusedByItsCell() throws {
        var state = try Self.form(at: .meeting(0, .location))
        Fixture.type(String(repeating: "x", count: 201), &state)
        #expect(PlanFormTests.screenText(state).contains("te lang: 201 tekens, hoogstens 200"))
        Fixture.press([.tab], &state)
        #expect(try PlanFormTests.form(state).0.errors[.meeting(0, .location)] != nil)
        Fixture.press([.control("s")], &state)
        #expect(Self.plan(Self.saved(state)).planned[0].location.isEmpty)
    }

    /// The official plan document (and its fingerprint) shows date and topic only: a time or place
    /// changed after the export does not make the plan "gewijzigd na export".
    @Test func timeAndPlaceAreNotOnTheExportedPlan() throws {
        var group = Fixture.demo.groups.first { $0.name == "Chirurgen Utrecht" }!
        let index = group.plans.firstIndex { $0.from == CivilDate(year: 2025, month: 12, day: 1) }!
        group.plans[index].exportedFingerprint = PlanContent(group: group, plan: group.plans[index], supervisor: Fixture.demo.supervisor).fingerprint
        var meeting = group.plans[index].planned[0]
        meeting.time = MeetingTime.parse("08:00-10:00").value
        meeting.location = "Elders"
        try group.setPlannedMeeting(plan: index, row: 0, to: meeting)
        #expect(!group.application(of: group.plans[index], supervisor: Fixture.demo.supervisor).changedSinceExport)
        meeting.topic = "Ander onderwerp"
        try group.setPlannedMeeting(plan: index, row: 0, to: meeting)
        #expect(group.application(of: group.plans[index], supervisor: Fixture.demo.supervisor).changedSinceExport)
    }
}

private extension Result {
    var value: Success? { try? get() }
}
