import IntervisionCore
@testable import IntervisionApp
import Testing

/// A group whose last meeting has two versions: here Anna was present, on the other machine absent
/// with notice (a reason given), as a sync leaves it.
enum ConflictFixture {
    static var group: Group {
        var group = Fixture.demo.groups[0]
        let index = group.meetings.count - 1
        var other = group.meetings[index]
        other.attendance[0].present.toggle()
        other.attendance[0].excused = !other.attendance[0].present
        other.attendance[0].reason = other.attendance[0].present ? "" : "ziek"
        group.conflicts = [.meeting(other)]
        return group
    }

    static var date: CivilDate { group.meetings[group.meetings.count - 1].date }

    static var groups: [Group] { [group] + Fixture.demo.groups.dropFirst() }

    /// The group screen's findings tab with the SYNC_CONFLICT finding selected.
    static func onFinding(_ language: Language = .nl, size: Size = Size(width: 80, height: 24)) throws -> AppState {
        var state = Fixture.groupScreen(Fixture.demo.groups[0].name, size: size, language: language, groups: groups)
        Fixture.press([.character("3")], &state)
        let content = try #require(state.content(of: state.top as! GroupScreen))
        let row = try #require(content.findings.firstIndex { $0.rule == .syncConflict })
        Fixture.press(Array(repeating: .down, count: row), &state)
        return state
    }

    static let synced = SyncState(remote: "/media/usb/intervisie.git", lastSync: LocalMoment(date: Fixture.today, hour: 9, minute: 5),
                                  unpushedCommits: 2)
}

@Suite("Sync in the app")
struct SyncInAppTests {
    @Test func sInAFolderThatIsNotSyncedSaysHowToStart() {
        var state = Fixture.state()
        #expect(Fixture.press([.character("S")], &state).isEmpty)
        #expect(state.message?.text.contains("sync init") == true)
        #expect(App.view(state).lines().last?.contains("S sync") == false)
    }

    @Test func theStatusBarShowsLastSyncUnpushedAndConflicts() {
        var state = Fixture.state(groups: ConflictFixture.groups)
        _ = App.update(&state, .effectResult(.share(.syncStatus(ConflictFixture.synced))))
        #expect(App.view(state).lines().last?.hasSuffix("S ⇅ 09:05 ↑2 !1 ") == true)  // 80 columns: in signs
        var wide = state
        _ = App.update(&wide, .resize(Size(width: 120, height: 40)))
        #expect(App.view(wide).lines().last?.hasSuffix("S sync 09:05 · 2 te versturen · 1 conflict ") == true)
        // The day before: "gisteren"; before that: its date; never synced: said so.
        var yesterday = ConflictFixture.synced
        yesterday.lastSync = LocalMoment(date: Fixture.today.adding(days: -1), hour: 23, minute: 59)
        yesterday.unpushedCommits = 0
        _ = App.update(&state, .effectResult(.share(.syncStatus(yesterday))))
        #expect(App.view(state).lines().last?.contains("S sync gisteren · 1 conflict") == true)  // fits in words
        yesterday.lastSync?.date = Fixture.today.adding(days: -2)
        _ = App.update(&state, .effectResult(.share(.syncStatus(yesterday))))
        #expect(App.view(state).lines().last?.contains("S sync 20-11-2026 · 1 conflict") == true)
        _ = App.update(&state, .effectResult(.share(.syncStatus(SyncState(remote: "x")))))
        #expect(App.view(state).lines().last?.contains("S sync nog nooit") == true)
    }

    /// The last sync as the app's today sees it, in either language.
    @Test func theLastSyncIsTodaysClockYesterdayOrADate() {
        let state = Fixture.state(language: .en)
        func when(_ days: Int) -> String {
            SyncIndicator.when(LocalMoment(date: Fixture.today.adding(days: days), hour: 7, minute: 3), state)
        }
        #expect([when(0), when(-1), when(-2)] == ["07:03", "yesterday", "2026-11-20"])
    }

    @Test func oneKeySyncsWithProgressThenReadsTheFolderAgain() {
        var state = Fixture.state()
        _ = App.update(&state, .effectResult(.share(.syncStatus(ConflictFixture.synced))))
        #expect(Fixture.press([.character("S")], &state) == [.share(.sync(language: .nl))])
        #expect(state.sync?.running == .committing)
        // Work goes on meanwhile; a second S is not a second sync.
        Fixture.press([.enter], &state)
        #expect(state.top is GroupScreen)
        #expect(Fixture.press([.character("S")], &state).isEmpty)
        #expect(state.message?.text == "Er loopt al een synchronisatie.")
        _ = App.update(&state, .effectResult(.share(.syncProgress(.fetching))))
        #expect(App.view(state).lines().last?.contains("S sync ophalen…") == true)
        // Done: said so, and the folder is read again.
        let after = SyncState(remote: "x", lastSync: LocalMoment(date: Fixture.today, hour: 10, minute: 0))
        let effects = App.update(&state, .effectResult(.share(.synced(SyncSummary(sent: 1, received: 2, conflicts: 1, status: after)))))
        #expect(effects == [.share(.reloadData)])
        #expect(state.sync?.running == nil && state.sync?.lastSync?.hour == 10)
        #expect(state.message?.text.hasPrefix("Gesynchroniseerd: 3 verstuurd, 2 ontvangen · 1 conflict") == true)
        // The reload replaces the groups (here: one has a conflict now).
        _ = App.update(&state, .effectResult(.share(.dataReloaded(groups: ConflictFixture.groups, supervisor: Fixture.demo.supervisor, problems: []))))
        #expect(state.catalog.syncConflicts == 1)
        #expect(state.group(ConflictFixture.group.id) == ConflictFixture.group)
        #expect(state.top is GroupScreen)
    }

    @Test func aFailedSyncSaysWhyAndWorkGoesOn() {
        var state = Fixture.state()
        _ = App.update(&state, .effectResult(.share(.syncStatus(ConflictFixture.synced))))
        Fixture.press([.character("S")], &state)
        let reason = LocalizedText(nl: "de remote is niet bereikbaar; er is niets gewijzigd, werk gewoon verder en synchroniseer later (/media/usb/intervisie.git: fatal: …)",
                                   en: "the remote cannot be reached; nothing changed, keep working and sync later (/media/usb/intervisie.git: fatal: …)")
        var status = ConflictFixture.synced
        status.unpushedCommits = 3
        let effects = App.update(&state, .effectResult(.share(.syncFailed(reason, status: status))))
        #expect(effects == [.share(.reloadData)])
        #expect(state.message?.isError == true)
        #expect(state.message?.text.hasPrefix("Synchroniseren mislukt: de remote is niet bereikbaar; er is niets gewijzigd") == true)
        #expect(state.sync?.running == nil && state.sync?.unpushedCommits == 3)
        Fixture.press([.down], &state)
        #expect(App.view(state).lines().last?.contains("S sync mislukt · 3 te versturen") == true)
        // Working offline: a meeting is recorded as always.
        Fixture.press([.enter, .character("n")], &state)
        #expect(state.top is MeetingForm)
        // A reload that fails keeps what the screens show.
        let before = state.catalog.groups
        _ = App.update(&state, .effectResult(.share(.reloadFailed(LocalizedText(nl: "x", en: "x")))))
        #expect(state.catalog.groups == before)
    }
}

@Suite("Two versions of a meeting")
struct SyncConflictTests {
    @Test func enterOnTheFindingShowsBothVersionsSideBySide() throws {
        var state = try ConflictFixture.onFinding()
        Fixture.press([.enter], &state)
        let picker = try #require(state.top as? SyncConflictScreen)
        #expect(picker.date == ConflictFixture.date && picker.isMeeting && picker.choice == .current)
        let text = Fixture.text(state)
        #expect(text.contains("Twee versies: bijeenkomst van \(ConflictFixture.date.dutch)"))
        #expect(text.contains("Huidige (telt nu)") && text.contains("Andere machine"))
        let anna = ConflictFixture.group.member(ConflictFixture.group.meetings.last!.attendance[0].memberID)!.name
        let line = try #require(App.view(state).lines().first { $0.contains(anna) })
        #expect(line.contains("✓ aanwezig") && line.contains("E met bericht (ziek)"))
        // Esc leaves both.
        Fixture.press([.escape], &state)
        #expect(state.top is GroupScreen)
        #expect(state.group(ConflictFixture.group.id)?.conflicts.count == 1)
    }

    @Test func helpOverThePickerNamesItAndGoesBackToIt() throws {
        var state = try ConflictFixture.onFinding(size: Size(width: 120, height: 40))
        Fixture.press([.enter, .right, .function(1)], &state)
        #expect(App.view(state).lines()[0].contains("\(ConflictFixture.group.name) › Twee versies › Help"))
        Fixture.press([.escape], &state)
        #expect((state.top as? SyncConflictScreen)?.choice == .other)
    }

    @Test func enterKeepsTheChosenVersionThroughTheNormalSave() throws {
        var state = try ConflictFixture.onFinding()
        Fixture.press([.enter, .right], &state)
        #expect((state.top as? SyncConflictScreen)?.choice == .other)
        let effects = Fixture.press([.enter], &state)
        var expected = ConflictFixture.group
        try expected.resolveConflict(meeting: ConflictFixture.date, keep: .other)
        #expect(effects == [.saveGroup(expected)])
        #expect(state.group(expected.id) == expected)
        #expect(state.catalog.syncConflicts == 0)
        #expect(state.top is GroupScreen)
        #expect(state.message?.text.contains("de andere versie van de bijeenkomst van \(ConflictFixture.date.dutch) gekozen") == true)
        // u takes the choice back: both versions again.
        Fixture.press([.character("u")], &state)
        #expect(state.group(expected.id) == ConflictFixture.group)
    }

    @Test func keepingTheCurrentVersionDropsTheOther() throws {
        var state = try ConflictFixture.onFinding()
        Fixture.press([.enter, .right, .left, .enter], &state)
        let group = try #require(state.group(ConflictFixture.group.id))
        #expect(group.conflicts.isEmpty)
        #expect(group.meetings == ConflictFixture.group.meetings)
    }

    @Test func aConflictSettledMeanwhileIsSaidSo() throws {
        var state = try ConflictFixture.onFinding()
        Fixture.press([.enter], &state)
        _ = App.update(&state, .effectResult(.share(.dataReloaded(groups: Fixture.demo.groups, supervisor: Fixture.demo.supervisor, problems: []))))
        #expect(Fixture.text(state).contains("Dit conflict is er niet meer."))
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.top is GroupScreen)
    }
}

@Suite("Screen snapshots: sync")
struct SyncSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test("picker and status bar", arguments: [Language.nl, .en])
    func screens(_ language: Language) throws {
        for size in Self.sizes {
            var state = try ConflictFixture.onFinding(language, size: size)
            Fixture.press([.enter, .right], &state)
            Snapshot.check(App.view(state), named: "sync-conflict-\(size.width)x\(size.height)-\(language.rawValue)")
            var overview = Fixture.state(size, language: language, groups: ConflictFixture.groups)
            _ = App.update(&overview, .effectResult(.share(.syncStatus(ConflictFixture.synced))))
            Snapshot.check(App.view(overview), named: "sync-status-\(size.width)x\(size.height)-\(language.rawValue)")
            Fixture.press([.character("S")], &overview)
            _ = App.update(&overview, .effectResult(.share(.syncProgress(.pushing))))
            Snapshot.check(App.view(overview), named: "sync-running-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }
}
