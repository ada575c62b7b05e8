import IntervisionCore
@testable import IntervisionApp
import Testing

/// Core's text limits (names 200, topics 500, long texts 10,000 characters; no control character)
/// in every form: said under the field as it is typed, and the save refused with the text kept.
@Suite("Text limits and control characters in every form")
struct TextLimitTests {
    static func long(_ count: Int) -> String { String(repeating: "a", count: count) }

    /// Replaces the screen on top (a text too long to type key by key in a test).
    static func replaceTop<S: Screen>(_ state: inout AppState, _ change: (inout S) -> Void) throws {
        var screen = try #require(state.top as? S)
        change(&screen)
        state.stack[state.stack.count - 1] = screen
    }

    @Test func aMeetingsTopicMethodAndReasonAreCheckedAsTypedAndRefuseTheSave() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .tab, .tab], &state)
        Fixture.type(Self.long(501), &state)
        #expect(state.meetingForm?.refusal(.topic)?.isFinal == false)
        #expect(Fixture.text(state).contains("te lang: 501 tekens, hoogstens 500"))
        // Ctrl-S: refused by the topic, nothing asked of the store, the text kept.
        var effects = Fixture.press([.control("s")], &state)
        var form = try #require(state.meetingForm)
        #expect(effects.isEmpty && form.focus == .topic && form.refusal(.topic)?.isFinal == true)
        #expect(form.topic.text.count == 501)
        // One character less: saved.
        Fixture.press([.backspace, .tab], &state)
        Fixture.type(Self.long(201), &state)
        #expect(Fixture.text(state).contains("te lang: 201 tekens, hoogstens 200"))
        effects = Fixture.press([.control("s")], &state)
        form = try #require(state.meetingForm)
        #expect(effects.isEmpty && form.focus == .method)
        Fixture.press([.control("u")], &state)
        Fixture.type("Balintmethode", &state)

        // The reason of an absence: Enter keeps a reason that is too long in its field, with why over the list.
        // The place (past the time): a name's limit.
        Fixture.press([.tab, .tab], &state)
        Fixture.type(Self.long(201), &state)
        effects = Fixture.press([.control("s")], &state)
        #expect(effects.isEmpty && state.meetingForm?.focus == .location && state.meetingForm?.refusal(.location)?.isFinal == true)
        Fixture.press([.control("u")], &state)
        Fixture.press([.tab, .character(" "), .enter], &state)
        Fixture.type(Self.long(501), &state)
        #expect(Fixture.text(state).contains("↳ reden: te lang: 501 tekens"))
        Fixture.press([.enter], &state)
        #expect(state.meetingForm?.reason?.text.count == 501)
        Fixture.press([.backspace, .enter], &state)
        #expect(state.meetingForm?.reason == nil)

        Fixture.press([.control("s")], &state)
        #expect(state.top is MeetingResult)
        let group = try #require(state.catalog.groups.first { $0.name == "Chirurgen Utrecht" })
        let meeting = try #require(group.meetings.first { $0.date == Fixture.today })
        #expect(meeting.topic.count == 500 && meeting.method == "Balintmethode")
        #expect(meeting.attendance.contains { $0.reason.count == 500 })
    }

    @Test func aMembersNameSpecialismAndPhoneAndAControlCharacterFromAFile() throws {
        // A name that came in with an ESC (a hand-edited file): shown as a picture, refused until corrected.
        var groups = Fixture.demo.groups
        let index = try #require(groups.firstIndex { $0.name == "Chirurgen Utrecht" })
        groups[index].members[0].name = "Ruben\u{1B}[2J Hendriks"
        var state = Fixture.groupScreen(groups: groups)
        Fixture.press([.character("1"), .character("e")], &state)
        var form = try #require(state.memberForm)
        #expect(form.refusal(.name)?.text == TextProblem.controlCharacter("␛").message)
        #expect(Fixture.text(state).contains("bevat een stuurteken (␛)"))
        #expect(!Fixture.text(state).contains("\u{1B}"))
        var effects = Fixture.press([.control("s")], &state)
        form = try #require(state.memberForm)
        #expect(effects.isEmpty && form.focus == .name && form.refusal(.name)?.isFinal == true)

        // A specialism of 201 characters; the name typed again.
        Fixture.press([.control("u")], &state)
        Fixture.type("Ruben Hendriks", &state)
        Fixture.press([.tab, .control("u")], &state)
        Fixture.type(Self.long(201), &state)
        #expect(Fixture.text(state).contains("te lang: 201 tekens, hoogstens 200"))
        effects = Fixture.press([.control("s")], &state)
        form = try #require(state.memberForm)
        #expect(effects.isEmpty && form.focus == .specialism)
        Fixture.press([.backspace, .control("s")], &state)
        #expect(state.top is GroupScreen)
        let member = try #require(state.catalog.groups.first { $0.name == "Chirurgen Utrecht" }?.members.first)
        #expect(member.name == "Ruben Hendriks" && member.specialism.count == 200)
    }

    @Test func theProfilesNameAndRegistrationNumber() throws {
        var state = Fixture.state()
        _ = App.apply(ProfileForm.open(state), to: state.top, &state)
        Fixture.press([.control("u")], &state)
        Fixture.type(Self.long(201), &state)
        #expect(Fixture.text(state).contains("te lang: 201 tekens, hoogstens 200"))
        let effects = Fixture.press([.control("s")], &state)
        let form = try #require(state.top as? ProfileForm)
        #expect(effects.isEmpty && form.focus == .name && form.refusal(.name)?.isFinal == true)
        Fixture.press([.backspace, .control("s")], &state)
        #expect(state.catalog.supervisor?.name.count == 200)
    }

    @Test func anEvaluationsAnswerUpToTenThousandCharacters() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("v"), .tab, .tab, .tab], &state)
        guard case .answer(let question) = state.evaluationForm?.focus else { Issue.record("on the first answer"); return }
        try Self.replaceTop(&state) { (form: inout EvaluationForm) in form.answers[question] = TextArea(Self.long(10_000)) }
        Fixture.type("b", &state)
        #expect(state.evaluationForm?.answerRefusal(question)?.isFinal == false)
        #expect(Fixture.text(state).contains("te lang: 10001 tekens, hoogstens 10000"))
        // Ctrl-S from another field: back to the answer, refused, nothing asked of the store.
        Fixture.press([.backTab], &state)
        let effects = Fixture.press([.control("s")], &state)
        let form = try #require(state.evaluationForm)
        #expect(effects.isEmpty && form.focus == .answer(question) && form.answerRefusal(question)?.isFinal == true)
        Fixture.press([.backspace], &state)
        #expect(state.evaluationForm?.answerRefusal(question) == nil)
        Fixture.press([.control("s")], &state)
        #expect(state.top is GroupScreen)
        let group = try #require(state.catalog.groups.first { $0.name == "Chirurgen Utrecht" })
        #expect(group.evaluations.contains { $0.answers[question]?.count == 10_000 })
    }

    @Test func thePlanFormsTextsAndAnOwnEntry() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("p")], &state)
        var form = try #require(state.top as? PlanFormScreen)
        #expect(form.focus == .groupName)
        Fixture.type(Self.long(201), &state)
        #expect(Fixture.text(state).contains("te lang: 201 tekens, hoogstens 200"))
        // Leaving the field: the text stays, refused, and the group keeps its name.
        Fixture.press([.tab], &state)
        form = try #require(state.top as? PlanFormScreen)
        #expect(form.drafts[.groupName]?.count == 201 && form.errors[.groupName] != nil)
        #expect(form.draft?.name ?? "Chirurgen Utrecht" == "Chirurgen Utrecht")

        // A planned meeting's topic (not checked by the edit itself).
        #expect(FormTarget.meeting(0, .topic).textKind == .topic)
        #expect(PlanFormContent.liveCheck(.meeting(0, .topic), Self.long(501), isNewRow: false)?.1 == .warning)
        #expect(PlanFormContent.liveCheck(.remarks, Self.long(10_001), isNewRow: false) != nil)
        #expect(PlanFormContent.liveCheck(.remarks, "Regel\u{7}", isNewRow: false)?.0 == TextProblem.controlCharacter("␇").message)

        // An own focus area: Enter refuses one that is too long.
        Fixture.press([.escape], &state)  // the name's typing undone
        state = Fixture.groupScreen()
        Fixture.press([.character("p"), .tab, .enter], &state)
        let before = try #require((state.top as? PlanFormScreen)?.choice)
        Fixture.type("x" + Self.long(200), &state)
        Fixture.press([.enter], &state)
        let list = try #require((state.top as? PlanFormScreen)?.choice)
        #expect(list.options == before.options && list.own.text.count == 201)
        #expect(state.message?.isError == true && state.message?.text.contains("te lang: 201 tekens") == true)
    }

    @Test func theNewGroupsName() {
        var state = Fixture.state()
        Fixture.press([.character("n")], &state)
        Fixture.type(Self.long(201), &state)
        #expect((state.top as? NewGroupScreen)?.refusal(state)?.isFinal == false)
        #expect(Fixture.text(state).contains("te lang: 201 tekens, hoogstens 200"))
        let effects = Fixture.press([.enter], &state)
        #expect(effects.isEmpty && state.top is NewGroupScreen)
    }
}
