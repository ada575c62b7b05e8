import IntervisionCore
@testable import IntervisionApp
import Testing

extension Fixture {
    /// The overview with the group of this name opened (the demo's "Chirurgen Utrecht" by default).
    static func groupScreen(_ name: String = "Chirurgen Utrecht", size: Size = Size(width: 80, height: 24), language: Language = .nl,
                            groups: [Group]? = nil) -> AppState {
        var state = Fixture.state(size, language: language, groups: groups)
        let id = state.catalog.groups.first { $0.name == name }!.id
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter], &state)
        return state
    }

    static func text(_ state: AppState) -> String { App.view(state).lines().joined(separator: "\n") }

    static var chirurgen: Group { demo.groups.first { $0.name == "Chirurgen Utrecht" }! }
}

extension AppState {
    var meetingForm: MeetingForm? { top as? MeetingForm }
    var groupScreen: GroupScreen? { top as? GroupScreen }
    func current(_ name: String = "Chirurgen Utrecht") -> Group { catalog.groups.first { $0.name == name }! }
}

@Suite("Recording a meeting")
struct MeetingFormTests {
    /// n, then Tab to the attendance list: Petra absent, Thijs absent with notice and a reason.
    static let twoAbsences: [Key] = [.character("n"), .tab, .tab, .tab, .tab, .tab, .tab, .down, .character(" "), .down, .down, .control("e"),
                                     .enter, .character("D"), .character("i"), .character("e"), .character("n"), .character("s"),
                                     .character("t"), .enter]

    @Test func oneKeyOpensTheFormWithTodayThePlansDurationAndEveryonePresent() throws {
        var state = Fixture.groupScreen()
        #expect(state.top.keyScope == .membersTab)
        Fixture.press([.character("n")], &state)
        let form = try #require(state.meetingForm)
        #expect(form.date.text == "22-11-2026")
        #expect(form.duration.text == "2")
        #expect(form.topic.text == "")  // all six planned meetings were held: this one is extra
        #expect(form.method.text == Fixture.chirurgen.methods.first)
        #expect(form.absences.isEmpty)
        let screen = Fixture.text(state)
        #expect(screen.contains("zondag 22 november 2026"))
        #expect(screen.contains("Aanwezigheid: 8 aanwezig · 0 afwezig"))
        #expect(screen.contains("Afwezig met bericht telt ook als afwezig voor de 75%-regel."))
        #expect(screen.contains("[✓] Ruben Hendriks"))
    }

    @Test func twoAbsencesAreSavedAndTheResultSaysWhatChanged() throws {
        var state = Fixture.groupScreen()
        Fixture.press(Self.twoAbsences, &state)
        var screen = Fixture.text(state)
        #expect(screen.contains("Aanwezigheid: 6 aanwezig · 2 afwezig (1 met bericht)"))
        #expect(screen.contains("[ ] Thijs de Wit"))
        #expect(screen.contains("afwezig · met bericht · Dienst"))

        let effects = Fixture.press([.control("s")], &state)
        let group = state.current()
        #expect(effects == [.saveGroup(group)])
        let meeting = try #require(group.meetings.first { $0.date == Fixture.today })
        #expect(meeting.presentCount == 6)
        #expect(meeting.topic == "")
        #expect(meeting.attendance.filter { !$0.present }.map { group.member($0.memberID)!.name } == ["Petra Dijkstra", "Thijs de Wit"])
        #expect(meeting.attendance.first { group.member($0.memberID)?.name == "Thijs de Wit" }
            .map { $0.excused && $0.reason == "Dienst" } == true)

        // Before leaving: the new due date, whose attendance moved, and the errors it caused.
        guard let result = state.top as? MeetingResult else { Issue.record("the result shows"); return }
        #expect(result.changes.nextDueAfter == CivilDate(year: 2027, month: 2, day: 22))
        screen = Fixture.text(state)
        #expect(screen.contains("Bijeenkomst van 22-11-2026 vastgelegd"))
        #expect(screen.contains("6 van 8 aanwezig."))
        #expect(screen.contains("Volgende bijeenkomst uiterlijk 22-02-2027 (was 18-02-2027)."))
        #expect(screen.contains("Wat er veranderde in de aanwezigheid van deze jaargang:"))
        #expect(screen.contains("Petra Dijkstra: 100% → 86% · mag geen bijeenkomst meer missen"))
        #expect(screen.contains("     (was\u{00A0}1)"))  // wrapped under its member, "(was 1)" in one piece
        #expect(screen.contains("Enter of Esc sluit · toets u: ongedaan maken"))
        #expect(screen.contains("FOUT: Thijs de Wit kan 75% niet meer halen"))

        // One key closes it: the meetings tab, on the new meeting; the members tab has the new figures.
        Fixture.press([.escape], &state)
        let back = try #require(state.groupScreen)
        #expect(back.tab == .meetings)
        #expect(state.content(of: back)?.meetings[back.cursors[1].selected].date == Fixture.today)
        Fixture.press([.character("1")], &state)
        let petra = Fixture.text(state).split(separator: "\n").first { $0.contains("Petra Dijkstra") }
        #expect(petra?.contains("86%") == true)
    }

    @Test("a refused date keeps everything typed, with the message by the field",
          arguments: [
            ("23-11-2026", "23-11-2026 ligt na vandaag (22-11-2026)"),
            ("31-02-2026", "'31-02-2026' bestaat niet: die maand heeft 28 dagen"),
            ("01-01-2020", "01-01-2020 valt buiten de jaargang 01-12-2023 – 30-11-2024"),
            ("18-11-2026", "er is al een bijeenkomst op 18-11-2026"),
            ("gisteren", "'gisteren' is geen datum"),
          ])
    func refusedDate(_ typed: String, _ message: String) throws {
        var state = Fixture.groupScreen()
        Fixture.press(Self.twoAbsences, &state)
        Fixture.press([.tab], &state)  // back to the date (Tab wraps round)
        #expect(state.meetingForm?.focus == .date)
        Fixture.press([.control("u")], &state)
        Fixture.type(typed, &state)
        let before = try #require(state.meetingForm)
        let effects = Fixture.press([.control("s")], &state)
        #expect(effects.isEmpty)
        let form = try #require(state.meetingForm, "the form stays")
        #expect(form.focus == .date)
        #expect(form.errors[.date]?.nl.contains(message) == true, "\(String(describing: form.errors[.date]))")
        #expect(form.date.text == typed)
        #expect(form.topic.text == before.topic.text)
        #expect(form.absences == before.absences)
        #expect(Fixture.text(state).contains(String(message.prefix(30))))
        #expect(state.current() == Fixture.chirurgen)
        // Typing in the field clears its message; a good date then saves.
        Fixture.press([.control("u")], &state)
        #expect(state.meetingForm?.errors[.date] == nil)
        Fixture.type("2026-11-21", &state)
        Fixture.press([.control("s")], &state)
        #expect(state.current().meetings.contains { $0.date == CivilDate(year: 2026, month: 11, day: 21) && $0.presentCount == 6 })
    }

    @Test func aBadDurationIsRefusedByItsField() throws {
        var state = Fixture.groupScreen(language: .en)
        Fixture.press([.character("n"), .tab, .control("u")], &state)
        Fixture.type("three", &state)
        Fixture.press([.control("s")], &state)
        let form = try #require(state.meetingForm)
        #expect(form.focus == .duration)
        #expect(Fixture.text(state).contains("'three' is not a duration in hours"))
    }

    @Test func topicsComeFromThePlanNearestFirstAndMethodsFromTheGroup() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .tab, .tab, .pageDown], &state)
        #expect(state.meetingForm?.topic.text == "Complicatie na operatie")  // planned on 18-11, the nearest
        Fixture.press([.pageDown], &state)
        #expect(state.meetingForm?.topic.text == "Samenwerken met de huisarts")  // 06-09: the next nearest
        Fixture.press([.pageUp], &state)
        #expect(state.meetingForm?.topic.text == "Complicatie na operatie")
        // Free text is allowed; the method cycles through the group's methods, then the others known.
        Fixture.press([.control("u")], &state)
        Fixture.type("Eigen casus", &state)
        Fixture.press([.tab, .pageDown], &state)
        let methods = state.methods.choices(for: Fixture.chirurgen)
        #expect(methods.count == 4)
        #expect(state.meetingForm?.method.text == methods[1])
        #expect(state.meetingForm?.topic.text == "Eigen casus")
        // A new date no longer replaces a topic that was chosen.
        Fixture.press([.tab, .tab, .tab, .control("u")], &state)
        Fixture.type("01-03-2026", &state)
        #expect(state.meetingForm?.topic.text == "Eigen casus")
    }

    /// A group with planned meetings still to hold: the nearest of them gives the topic.
    static func groupWithAPlannedMeetingAhead() throws -> (Group, PlannedMeeting) {
        for group in Fixture.demo.groups {
            guard let plan = group.plan(containing: Fixture.today),
                  let next = plan.planned.filter({ ($0.date ?? Fixture.today) > Fixture.today && !$0.topic.isEmpty })
                      .min(by: { $0.date! < $1.date! }) else { continue }
            return (group, next)
        }
        throw CancellationError()
    }

    @Test func theTopicIsThatOfTheNearestPlannedMeetingNotHeldYet() throws {
        let (group, next) = try Self.groupWithAPlannedMeetingAhead()
        var state = Fixture.groupScreen(group.name)
        Fixture.press([.character("n")], &state)
        #expect(state.meetingForm?.topic.text == next.topic)
        // A new date brings the planned topic nearest to it that was not held.
        Fixture.press([.control("u")], &state)
        Fixture.type(Format.date(next.date!.adding(days: 3), .nl), &state)
        #expect(state.meetingForm?.topic.text == next.topic)
    }

    @Test func anExtraUnplannedMeetingStartsWithAnEmptyTopic() throws {
        // Chirurgen Utrecht held all six planned meetings of the year.
        var state = Fixture.groupScreen()
        Fixture.press([.character("n")], &state)
        #expect(state.meetingForm?.topic.text == "")
        // Also on another date of the year: 23-02-2026's "Rol als leidinggevende" was held that day.
        Fixture.press([.control("u")], &state)
        Fixture.type("01-03-2026", &state)
        #expect(state.meetingForm?.topic.text == "")
        #expect(state.meetingForm?.topicChoice == -1)
        // The plan's topics stay a PgDn away.
        Fixture.press([.tab, .tab, .pageDown], &state)
        #expect(state.meetingForm?.topic.text == "Rol als leidinggevende")
    }

    @Test func theMethodsStepsShowOnRequestAndNothingIsLost() throws {
        var state = Fixture.groupScreen(language: .en)
        Fixture.press(Self.twoAbsences, &state)
        let before = try #require(state.meetingForm)
        Fixture.press([.function(3)], &state)
        guard let panel = state.top as? MethodPanel else { Issue.record("steps"); return }
        #expect(panel.names[panel.index] == before.method.text)
        let shown = Fixture.text(state)
        let method = try #require(state.methods.method(named: before.method.text))
        #expect(shown.contains("\(method.title.en) · \(method.steps.count) steps"))
        #expect(shown.contains("1. \(method.steps[0].title.en)"))
        Fixture.press([.right], &state)
        guard let next = state.top as? MethodPanel else { return }
        #expect(next.index == (panel.index + 1) % panel.names.count)
        Fixture.press([.escape], &state)
        #expect(state.meetingForm == before)
    }

    @Test func escOnAChangedFormAsksFirst() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .escape], &state)
        #expect(state.groupScreen != nil, "an untouched form closes at once")
        Fixture.press(Self.twoAbsences + [.escape], &state)
        #expect(state.top is DiscardChangesPrompt)
        #expect(Fixture.text(state).contains("Wijzigingen weggooien?"))
        Fixture.press([.character("n")], &state)
        #expect(state.meetingForm?.absences.count == 2)
        #expect(Fixture.press([.escape, .character("j")], &state).isEmpty)
        #expect(state.groupScreen != nil)
        #expect(state.current() == Fixture.chirurgen)
    }

    @Test func editDeleteWithConfirmationAndOneStepOfUndo() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("2"), .end], &state)  // the last meeting: 18-11-2026, four absent
        Fixture.press([.character("e")], &state)
        let form = try #require(state.meetingForm)
        #expect(form.editing != nil)
        #expect(form.date.text == "18-11-2026")
        #expect(form.absences.count == 4)
        Fixture.press([.tab, .tab, .control("u")], &state)
        Fixture.type("Nieuw onderwerp", &state)
        Fixture.press([.control("s")], &state)
        #expect(Fixture.text(state).contains("Bijeenkomst van 18-11-2026 gewijzigd"))
        #expect(state.current().meetings.filter { $0.date.year == 2026 && $0.date.month == 11 }.map(\.topic) == ["Nieuw onderwerp"])
        Fixture.press([.enter], &state)

        // d asks; n keeps it; d and j delete it; u puts it back.
        Fixture.press([.character("d")], &state)
        guard let request = state.top as? ConfirmDeletePrompt else { Issue.record("delete asks"); return }
        #expect(request.label.nl == "de bijeenkomst van 18-11-2026 (Nieuw onderwerp, 4/8 aanwezig)")
        #expect(Fixture.text(state).contains("Wilt u de bijeenkomst van 18-11-2026 (Nieuw onderwerp, 4/8"))
        #expect(Fixture.press([.character("n")], &state).isEmpty)
        #expect(state.current().meetings.count == Fixture.chirurgen.meetings.count)
        let effects = Fixture.press([.character("d"), .character("j")], &state)
        #expect(effects.count == 1)
        #expect(state.current().meetings.count == Fixture.chirurgen.meetings.count - 1)
        #expect(state.message?.text.contains("Verwijderd") == true)
        let restore = Fixture.press([.character("u")], &state)
        #expect(state.current().meetings.count == Fixture.chirurgen.meetings.count)
        #expect(restore == [.saveGroup(state.current())])
        #expect(state.message?.text == "Verwijderen ongedaan gemaakt; de bijeenkomst van 18-11-2026 (Nieuw onderwerp, 4/8 aanwezig) staat er weer.")
        // One step only.
        Fixture.press([.character("u")], &state)
        #expect(state.message?.text == "Niets om ongedaan te maken.")
        #expect(state.current().meetings.first { $0.date == CivilDate(year: 2026, month: 11, day: 18) }?.topic == "Nieuw onderwerp")
    }

    @Test func undoLeavesAloneAGroupChangedSinceElsewhere() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .control("s"), .escape], &state)
        // Another screen (the plan form, an import) changes the group afterwards.
        var changed = state.current()
        changed.remarks = "Elders gewijzigd"
        Fixture.answer(App.save(changed, .exportDate, replacing: state.current(), what: LocalizedText(nl: "x", en: "x"), &state), &state)
        #expect(Fixture.press([.character("u")], &state).isEmpty)
        #expect(state.message?.text == "Niets om ongedaan te maken.")
        #expect(state.current().remarks == "Elders gewijzigd")
        #expect(state.current().meetings.count == Fixture.chirurgen.meetings.count + 1)
    }

    @Test func uInTheResultUndoesTheMeetingAtOnce() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .control("s")], &state)
        #expect(state.current().meetings.count == Fixture.chirurgen.meetings.count + 1)
        Fixture.press([.character("u")], &state)
        #expect(state.groupScreen != nil)
        #expect(state.current() == Fixture.chirurgen)
    }

    /// The refusal's line under the date takes a line from the attendance list: the selected member
    /// stays in view (found by the random-event test).
    @Test func aRefusedSaveKeepsTheSelectedMemberInView() throws {
        var state = Fixture.groupScreen(size: Size(width: 71, height: 16))
        Fixture.press([.character("n"), .backTab, .down, .down, .down, .down, .down, .tab, .character("x"), .control("s")], &state)
        let form = try #require(state.meetingForm)
        #expect(form.errors[.date] != nil && form.list.selected == 5)
        let group = state.current()
        let height = MeetingFormLayout(form: form, size: state.size, language: state.language).listHeight
        #expect(form.list.isValid(count: form.attendanceMembers(group, today: state.today).count, height: height))
    }

    @Test func aPlannedMeetingIsRecordedFromItsRow() throws {
        // A group with a planned meeting still ahead.
        let state0 = Fixture.state()
        let group = try #require(state0.catalog.groups.first { group in
            state0.content(of: GroupScreen(groupID: group.id, groupIndex: 0))?.meetings.contains { !$0.isHeld } == true
        })
        var state = Fixture.groupScreen(group.name)
        let screen = try #require(state.groupScreen)
        let content = try #require(state.content(of: screen))
        let row = try #require(content.meetings.firstIndex { !$0.isHeld })
        Fixture.press([.character("2")] + Array(repeating: .down, count: row) + [.character("d")], &state)
        #expect(state.message?.text.contains("jaarplan") == true)
        Fixture.press([.enter], &state)
        let form = try #require(state.meetingForm)
        #expect(form.editing == nil)
        #expect(form.topic.text == content.meetings[row].topic)
        #expect(form.date.text == "22-11-2026")  // the planned date has not come yet
    }
}
