import IntervisionCore
@testable import IntervisionApp
import Testing

/// A meeting's attendance entered in GAIA from the app: `r` on a held meeting opens the GAIA dialog
/// (its BIG numbers, who is not in them, the copy to the clipboard), `i` marks it entered with a
/// date, `x` takes that back; the group's header lists what the group needs next.
@Suite("Attendance in GAIA, the group's next actions")
struct GAIATests {
    typealias World = YearKeysTests
    static let name = "Chirurgen Utrecht"

    /// Chirurgen Utrecht on 10-12-2026 with its last held meeting not entered in GAIA yet, and one
    /// member present at it without a BIG number.
    static func groups(withoutBIG: Bool = true) -> [Group] {
        World.demo.groups.map { group in
            guard group.name == name else { return group }
            var changed = group
            let last = changed.meetings.indices.max { changed.meetings[$0].date < changed.meetings[$1].date }!
            changed.meetings[last].reported = nil
            if withoutBIG, let present = changed.meetings[last].attendance.first(where: \.present) {
                let index = changed.members.firstIndex { $0.id == present.memberID }!
                changed.members[index].big = nil
            }
            return changed
        }
    }

    static var waiting: Meeting {
        groups().first { $0.name == name }!.meetings.max { $0.date < $1.date }!
    }

    /// The group's meetings tab with the meeting waiting for GAIA selected.
    static func onWaitingMeeting(size: Size = Size(width: 80, height: 24), language: Language = .nl) -> AppState {
        var state = World.state(groups(), size: size, language: language)
        let id = state.catalog.groups.first { $0.name == name }!.id
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter, .character("2")], &state)
        let content = state.content(of: state.groupScreen!)!
        let row = content.meetings.firstIndex { $0.id == waiting.id }!
        Fixture.press(Array(repeating: .down, count: row), &state)
        return state
    }

    static func group(_ state: AppState) -> Group { state.catalog.groups.first { $0.name == name }! }
    static func meeting(_ state: AppState) -> Meeting { group(state).meetings.first { $0.id == waiting.id }! }
    static func waitsInAgenda(_ state: AppState) -> Bool {
        let group = group(state)
        return Agenda.actions(for: group, report: state.report(group.id)!).contains { $0.kind == .reportAttendance && $0.meetingID == waiting.id }
    }

    // MARK: The dialog

    @Test func rOnAHeldMeetingShowsItsBIGNumbersAndCopiesThemToTheClipboard() throws {
        var state = Self.onWaitingMeeting()
        let effects = Fixture.press([.character("r")], &state)
        let dialog = try #require(state.top as? GAIADialog)
        let group = Self.group(state)
        let meeting = Self.meeting(state)
        // The copy is the list Core makes for GAIA's import, and nothing else.
        #expect(effects == [.copyToClipboard(group.gaiaImportText(of: meeting))])
        #expect(dialog.copy == .asked)
        let text = World.text(state)
        for number in group.gaiaBIGNumbers(of: meeting) { #expect(text.contains(number.digits)) }
        let missing = group.presentWithoutBIG(at: meeting)
        #expect(missing.count == 2)  // the demo's member without one, and the one taken here
        #expect(text.contains("2 aanwezigen zonder BIG-nummer staan er niet in: \(missing[0].name),"))
        #expect(text.contains("Naar het klembord sturen…"))
        #expect(text.contains("Nog niet ingevoerd in GAIA, uiterlijk \(meeting.date.adding(days: 30).dutch)"))

        _ = App.update(&state, .effectResult(.clipboardCopy(sent: true)))
        #expect((state.top as? GAIADialog)?.copy == .sent)
        #expect(World.text(state).contains("Naar het klembord gestuurd (OSC 52)"))
        _ = App.update(&state, .effectResult(.clipboardCopy(sent: false)))  // no copy asked: nothing changes
        #expect((state.top as? GAIADialog)?.copy == .sent)
        Fixture.press([.character("c")], &state)
        _ = App.update(&state, .effectResult(.clipboardCopy(sent: false)))
        #expect(World.text(state).contains("Niet naar het klembord gestuurd"))
    }

    @Test func elevenDigitsWithLeadingZerosAreShownAndCopiedAsTheyAre() throws {
        var groups = Self.groups(withoutBIG: false)
        let index = groups.firstIndex { $0.name == Self.name }!
        let present = Self.waiting.attendance.first(where: \.present)!.memberID
        let member = groups[index].members.firstIndex { $0.id == present }!
        groups[index].members[member].big = try BIGNumber.parse("00012345678").get()
        var state = World.state(groups)
        let id = state.catalog.groups.first { $0.name == Self.name }!.id
        let effects = Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter, .character("r")], &state)
        #expect(state.top is GAIADialog)
        #expect(World.text(state).contains("  00012345678  "))
        guard case .copyToClipboard(let copied)? = effects.last else { Issue.record("no copy asked"); return }
        #expect(copied.hasPrefix("00012345678\n") || copied.contains("\n00012345678\n"))
    }

    @Test func rOnAPlannedMeetingSaysOnlyAHeldOneGoesToGAIA() throws {
        var state = Self.onWaitingMeeting()
        let content = state.content(of: state.groupScreen!)!
        let planned = try #require(content.meetings.firstIndex { !$0.isHeld })
        Fixture.press([.home] + Array(repeating: .down, count: planned) + [.character("r")], &state)
        #expect(state.top is GroupScreen)
        #expect(state.message?.text.contains("Alleen van een gehouden bijeenkomst") == true)
    }

    @Test func rOnAnotherTabOpensTheOldestMeetingWaitingForGAIA() throws {
        var state = World.state(Self.groups())
        let id = state.catalog.groups.first { $0.name == Self.name }!.id
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter, .character("r")], &state)
        #expect((state.top as? GAIADialog)?.meetingID == Self.waiting.id)
        // With nothing waiting it says so.
        var done = World.state()
        Fixture.press(Array(repeating: .down, count: done.catalog.rowIndex(of: id)!) + [.enter, .character("r")], &done)
        #expect(done.top is GroupScreen)
        #expect(done.message?.text.contains("Geen bijeenkomst wacht op invoer in GAIA") == true)
    }

    // MARK: Marking

    @Test func iMarksTheAttendanceEnteredTodayTheAgendaDropsItAndUUndoesIt() throws {
        var state = Self.onWaitingMeeting()
        #expect(Self.waitsInAgenda(state))
        Fixture.press([.character("r"), .character("i")], &state)
        let prompt = try #require(state.top as? MarkReportedPrompt)
        #expect(prompt.date.text == "10-12-2026")
        #expect(World.text(state).contains("Aanwezigheid van \(Self.waiting.date.dutch) is ingevoerd in GAIA op:"))
        let effects = Fixture.press([.enter], &state)
        #expect(state.top is GAIADialog)
        #expect(Self.meeting(state).reported == World.today)
        #expect(effects == [.saveGroup(Self.group(state))])
        #expect(!Self.waitsInAgenda(state))
        #expect(World.text(state).contains("✓ Ingevoerd in GAIA op 10-12-2026."))
        Fixture.press([.character("u")], &state)
        #expect(Self.meeting(state).reported == nil)
        #expect(Self.waitsInAgenda(state))
    }

    @Test func aDayAfterTodayOrBeforeTheMeetingIsRefusedInThePromptWithWhatWasTyped() throws {
        var state = Self.onWaitingMeeting()
        Fixture.press([.character("r"), .character("i"), .control("u")], &state)
        Fixture.type("11-12-2026", &state)
        Fixture.press([.enter], &state)
        let prompt = try #require(state.top as? MarkReportedPrompt)
        #expect(prompt.date.text == "11-12-2026")
        #expect(prompt.error != nil)
        #expect(Self.meeting(state).reported == nil)
        Fixture.press([.control("u")], &state)
        Fixture.type(Self.waiting.date.adding(days: -1).dutch, &state)
        Fixture.press([.enter], &state)
        #expect(state.top is MarkReportedPrompt)
        #expect(Self.meeting(state).reported == nil)
    }

    @Test func xTakesTheMarkBackAndTheMeetingWaitsAgain() throws {
        var state = Self.onWaitingMeeting()
        Fixture.press([.character("r"), .character("i"), .enter], &state)
        #expect(!Self.waitsInAgenda(state))
        let effects = Fixture.press([.character("x")], &state)
        #expect(Self.meeting(state).reported == nil)
        #expect(effects == [.saveGroup(Self.group(state))])
        #expect(Self.waitsInAgenda(state))
        Fixture.press([.character("x")], &state)
        #expect(state.message?.text.contains("nog niet als ingevoerd") == true)
    }

    @Test func theMeetingsTabMarksEachHeldMeetingEnteredOrNot() throws {
        var state = Self.onWaitingMeeting()
        let lines = App.view(state).lines()
        #expect(lines[6].contains("GAIA") && lines[6].contains("Tijd"))
        let row = try #require(lines.first { $0.contains(Self.waiting.date.dutch) && $0.contains("gehouden") })
        #expect(row.contains("nog niet"))
        #expect(lines.filter { $0.contains("gehouden") && $0.contains("✓") }.count >= 1)
        Fixture.press([.character("r"), .character("i"), .enter, .escape], &state)
        let after = try #require(App.view(state).lines().first { $0.contains(Self.waiting.date.dutch) && $0.contains("gehouden") })
        #expect(after.contains("✓") && !after.contains("nog niet"))
    }

    // MARK: The header

    @Test func theHeaderListsTheGroupsActionsMostUrgentFirstWithTheirDates() throws {
        for (size, lines) in [(Size(width: 80, height: 24), 2), (Size(width: 120, height: 40), 4)] {
            var state = World.state(Self.groups(), size: size)
            let id = state.catalog.groups.first { $0.name == Self.name }!.id
            Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter], &state)
            let group = Self.group(state)
            let actions = Agenda.actions(for: group, report: state.report(group.id)!)
            #expect(actions.count > lines)
            #expect(Layout.groupActionLines(size) == lines)
            let canvas = App.view(state)
            for (offset, action) in actions.prefix(lines).enumerated() {
                let line = canvas.lines()[3 + offset]
                #expect(line.hasPrefix(" " + action.due.dutch + "  " + String(action.text.nl.prefix(20))))
                // An action past its date is in the error style.
                #expect((canvas[3 + offset, 14].role == .error) == action.isOverdue)
            }
            #expect(canvas.lines()[3 + lines - 1].hasSuffix("+\(actions.count - lines) "))
            #expect(canvas.lines()[3 + lines].contains("1 Leden"))
        }
    }

    @Test func anOverdueActionIsRedAndNamesItsKey() throws {
        // The meeting held long ago: its attendance is overdue in GAIA.
        let state = Self.onWaitingMeeting(size: Size(width: 120, height: 40))
        let group = Self.group(state)
        let actions = Agenda.actions(for: group, report: state.report(group.id)!)
        let report = try #require(actions.firstIndex { $0.kind == .reportAttendance })
        let canvas = App.view(state)
        if report < Layout.groupActionLines(state.size) {
            let line = canvas.lines()[3 + report]
            #expect(line.contains("(toets r)"))
            #expect((canvas[3 + report, 14].role == .error) == actions[report].isOverdue)
        }
    }
}

/// The group's header with its actions, its meetings tab and the GAIA dialog (before and after the
/// copy was sent, and marked entered) as text plus roles, at 80×24 and 120×40 in Dutch and English,
/// on 10-12-2026.
@Suite("Screen snapshots: attendance in GAIA")
struct GAIASnapshotTests {
    struct Scene: Sendable, CustomStringConvertible {
        var name: String
        var keys: [Key]
        var copySent: Bool?
        var description: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "gaia-group-header", keys: [.home, .character("1")]),
        Scene(name: "gaia-meetings", keys: []),
        Scene(name: "gaia-dialog", keys: [.character("r")], copySent: true),
        Scene(name: "gaia-dialog-not-sent", keys: [.character("r")], copySent: false),
        Scene(name: "gaia-mark-entered", keys: [.character("r"), .character("i")]),
        Scene(name: "gaia-entered", keys: [.character("r"), .character("i"), .enter]),
        Scene(name: "gaia-meeting-form", keys: [.character("e"), .tab, .tab, .tab, .tab]),
    ]

    @Test("screens", arguments: scenes, [Language.nl, .en])
    func screen(_ scene: Scene, _ language: Language) {
        for size in SnapshotTests.sizes {
            var state = GAIATests.onWaitingMeeting(size: size, language: language)
            Fixture.press(scene.keys, &state)
            if let sent = scene.copySent { _ = App.update(&state, .effectResult(.clipboardCopy(sent: sent))) }
            Snapshot.check(App.view(state), named: "\(scene.name)-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }
}

/// The export dialog offers one meeting's list (a blank sign-in sheet for one to come) and the
/// GAIA list, through the same `ExportRequest` as `export attendance --date` and `export gaia`.
@Suite("The GAIA exports in the export dialog")
struct GAIAExportDialogTests {
    @Test func eOnAHeldMeetingOffersItsListAndTheGAIAListOfIt() throws {
        var state = GAIATests.onWaitingMeeting()
        Fixture.press([.character("E")], &state)
        var dialog = try #require(state.top as? ExportScreen)
        let date = GAIATests.waiting.date
        #expect(dialog.choice == .meetingList && dialog.meetingDate == date)
        #expect(dialog.request(state)?.kind == .meetingAttendance(.csv, date: date))
        Fixture.press([.right], &state)
        dialog = try #require(state.top as? ExportScreen)
        #expect(dialog.choice == .gaiaList)
        let request = try #require(dialog.request(state))
        #expect(request.kind == .gaiaList(date: date) && request.refusal == nil)
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order)? = effects.first else { Issue.record("nothing written"); return }
        #expect(order.request.kind == .gaiaList(date: date))
        #expect(order.fileName == "gaia-big-\(date.iso)-Chirurgen-Utrecht.txt")
    }

    @Test func ePlannedMeetingOffersItsBlankSignInSheet() throws {
        var state = GAIATests.onWaitingMeeting()
        let content = state.content(of: state.groupScreen!)!
        let planned = try #require(content.meetings.firstIndex { !$0.isHeld && $0.date != nil })
        Fixture.press([.home] + Array(repeating: .down, count: planned) + [.character("E")], &state)
        let dialog = try #require(state.top as? ExportScreen)
        let date = try #require(content.meetings[planned].date)
        #expect(dialog.request(state)?.kind == .meetingAttendance(.csv, date: date))
        #expect(dialog.request(state)?.refusal == nil)
        #expect(App.view(state).lines().joined().contains("lege presentielijst"))
    }
}
