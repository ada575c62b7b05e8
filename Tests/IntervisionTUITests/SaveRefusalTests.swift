import Foundation
import IntervisionCore
import IntervisionStore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

/// The store's refusals as the screens get them, and a group changed on disk behind the app's back,
/// on a real data folder: refused, read again, saved.
@Suite("Refused saves: typed, in words, and a reload that makes saving work again")
struct SaveRefusalTests {
    static let path = "/data/groups/chirurgen-utrecht.json"

    @Test("every error of the store becomes a typed refusal that names the file, in words",
          arguments: [
            (StoreError.changedOnDisk(path: path), StoreRefusal.changedOnDisk(file: path)),
            (.noSpace(path: path), .diskFull(file: path)),
            (.permissionDenied(path: path), .notPermitted(file: path)),
            (.ioFailure(path: path, operation: "rename", code: EROFS), .readOnlyFileSystem(file: path)),
            (.notFound(path: path), .notFound(file: path)),
            (.readOnlyFileSystem(path: path), .readOnlyFileSystem(file: path)),
            (.lockTimeout(path: path, seconds: 5), .lockTimeout(lock: path, seconds: 5)),
          ])
    func typed(_ error: StoreError, _ expected: StoreRefusal) {
        let refusal = StoreRefusal(error)
        #expect(refusal == expected)
        for language in Language.allCases {
            #expect(refusal.message.text(language).contains(Self.path))
        }
        #expect(refusal.offersReload == (expected == .changedOnDisk(file: Self.path)))
    }

    @Test func damagedAndNewerFilesKeepTheStoresExplanation() {
        let corrupt = StoreError.corrupt(path: Self.path, line: 3, column: 7, reason: "expected ','")
        let damaged = StoreRefusal(.readOnly(path: Self.path, because: corrupt))
        guard case .damaged(let file, _) = damaged else { Issue.record("\(damaged)"); return }
        #expect(file == Self.path)
        #expect(damaged.message.nl.contains("regel 3, kolom 7"))
        let newer = StoreRefusal(.readOnly(path: Self.path, because: .newerVersion(path: Self.path, version: 9, supported: 1)))
        guard case .newerFile = newer else { Issue.record("\(newer)"); return }
        #expect(newer.message.en.contains("newer version"))
    }

    @Test("a system error is said in words, never the system's raw English text")
    func systemErrorsInWords() {
        for code in [ENOENT, EIO, ENOTDIR, 9999] {
            let refusal = StoreRefusal(.ioFailure(path: Self.path, operation: "open", code: code))
            for language in Language.allCases {
                let text = refusal.message.text(language)
                #expect(!text.contains(String(cString: strerror(code))), "\(text)")
                #expect(text.contains(Self.path))
            }
        }
        #expect(StoreRefusal(.ioFailure(path: Self.path, operation: "open", code: ENOENT)).message.nl.contains("de map bestaat niet (meer)"))
    }

    /// A data folder with the demo groups, and the app on it (the store as the app uses it).
    static func app(_ folder: URL, lockTimeout: Double = Store.defaultLockTimeout) throws -> (AppState, FolderDataStore) {
        let demo = DemoData.generate(groups: 3, seed: 1, today: Fixture.today)
        try Store(folder: folder).save(demo.groups)
        let data = FolderDataStore(folder: folder, lockTimeout: lockTimeout)
        let loaded = try data.load()
        let state = AppState(size: Size(width: 100, height: 30), today: Fixture.today, settings: Settings(language: .nl),
                             groups: loaded.groups, supervisor: demo.supervisor, firstStart: false, methods: Fixture.methods)
        return (state, data)
    }

    @Test func aGroupChangedOnDiskIsRefusedReadAgainAndThenSaved() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("intervisie-refusal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var (state, data) = try Self.app(folder)
        let id = state.catalog.rows.first.map { state.catalog.groups[$0.groupIndex].id }!

        // A meeting typed in the form…
        Fixture.press([.enter, .character("n")], &state)
        guard state.top is MeetingForm else { Issue.record("the meeting form"); return }
        Fixture.press([.tab, .tab], &state)
        Fixture.press([.control("u")], &state)
        Fixture.type("Teruggekomen onderwerp", &state)
        // …while another program (the command line) changes the group's file.
        let other = Store(folder: folder)
        var elsewhere = try #require(other.loadAll().groups.first { $0.id == id })
        elsewhere.remarks = "Elders gewijzigd"
        try other.save(elsewhere)
        let before = try Data(contentsOf: URL(fileURLWithPath: data.store.path(for: id)))

        Fixture.press([.control("s")], &state, store: .runOn(data))
        let dialog = try #require(state.top as? SaveRefusedDialog)
        #expect(dialog.refusal == .changedOnDisk(file: data.store.path(for: id)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: data.store.path(for: id))) == before, "nothing overwritten")
        #expect(state.group(id)?.remarks == "", "the screens still show what they read")
        let text = Fixture.text(state)
        #expect(text.contains("Niet bewaard"))
        #expect(text.contains("r: opnieuw inlezen"))

        // r: the disk's version is shown, and the form still holds the meeting.
        Fixture.press([.character("r")], &state, store: .runOn(data))
        let form = try #require(state.top as? MeetingForm)
        #expect(form.topic.text == "Teruggekomen onderwerp")
        #expect(state.group(id)?.remarks == "Elders gewijzigd")
        #expect(state.message?.text.contains("opnieuw ingelezen van schijf") == true)

        // Ctrl-S applies it again, over what is there now: both changes are kept.
        Fixture.press([.control("s")], &state, store: .runOn(data))
        #expect(state.top is MeetingResult)
        let saved = try #require(Store(folder: folder).loadAll().groups.first { $0.id == id })
        #expect(saved.remarks == "Elders gewijzigd")
        #expect(saved.meetings.contains { $0.date == Fixture.today && $0.topic == "Teruggekomen onderwerp" })
        #expect(state.group(id) == saved)
    }

    @Test func aLockHeldByAnotherProgramIsSaidClearlyAndTheFormKeepsWhatWasTyped() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("intervisie-refusal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var (state, data) = try Self.app(folder, lockTimeout: 0.2)
        let id = state.catalog.rows.first.map { state.catalog.groups[$0.groupIndex].id }!
        let path = data.store.path(for: id)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        Fixture.press([.enter, .character("n"), .tab, .tab, .control("u")], &state)
        Fixture.type("Onderwerp tijdens een slot", &state)

        // Another program (a sync, a second copy of intervisie) holds the data folder's lock.
        let lock = folder.path + "/.lock"
        let holder = open(lock, O_RDWR | O_CREAT, 0o600)
        #expect(holder >= 0 && flock(holder, LOCK_EX | LOCK_NB) == 0)
        Fixture.press([.control("s")], &state, store: .runOn(data))
        let dialog = try #require(state.top as? SaveRefusedDialog)
        #expect(dialog.refusal == .lockTimeout(lock: lock, seconds: 1))
        let text = Fixture.text(state)
        #expect(text.contains("Niet bewaard"))
        #expect(text.contains("Een ander programma houdt de gegevensmap al 1 seconde bezet"))
        #expect(text.contains(lock))
        #expect(dialog.refusal.message.nl.contains("Er is niets geschreven"))
        #expect(!text.contains("r: opnieuw inlezen"), "reading the file again does not help")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(state.group(id)?.meetings.contains { $0.topic == "Onderwerp tijdens een slot" } == false)

        // Back in the form, the topic is as typed; once the lock is free, Ctrl-S saves it.
        Fixture.press([.escape], &state)
        #expect((state.top as? MeetingForm)?.topic.text == "Onderwerp tijdens een slot")
        close(holder)
        Fixture.press([.control("s")], &state, store: .runOn(data))
        #expect(state.top is MeetingResult)
        let saved = try #require(Store(folder: folder).loadAll().groups.first { $0.id == id })
        #expect(saved.meetings.contains { $0.topic == "Onderwerp tijdens een slot" })
    }

    @Test func aDamagedFileIsNeverWrittenAndTheFormKeepsWhatWasTyped() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("intervisie-refusal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var (state, data) = try Self.app(folder)
        let id = state.catalog.rows.first.map { state.catalog.groups[$0.groupIndex].id }!
        Fixture.press([.enter, .character("1"), .character("a")], &state)
        Fixture.type("Nieuw Lid", &state)
        // The file is damaged after the app read it: the save is refused as changed on disk, and
        // reading it again finds it damaged.
        let path = data.store.path(for: id)
        try Data("{ \"format\": ".utf8).write(to: URL(fileURLWithPath: path))
        Fixture.press([.control("s")], &state, store: .runOn(data))
        #expect((state.top as? SaveRefusedDialog)?.refusal.offersReload == true)
        Fixture.press([.character("r")], &state, store: .runOn(data))
        var dialog = try #require(state.top as? SaveRefusedDialog)
        guard case .damaged = dialog.refusal else { Issue.record("\(dialog.refusal)"); return }
        // Saving again: refused as damaged, never written, nothing to read again; the form keeps the name.
        Fixture.press([.escape, .control("s")], &state, store: .runOn(data))
        dialog = try #require(state.top as? SaveRefusedDialog)
        guard case .damaged(let file, _) = dialog.refusal else { Issue.record("\(dialog.refusal)"); return }
        #expect(file == path)
        #expect(Fixture.text(state).contains("onleesbaar"))
        #expect(!Fixture.text(state).contains("r: opnieuw inlezen"))
        Fixture.press([.escape], &state)
        #expect((state.top as? MemberForm)?.text(.name) == "Nieuw Lid")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{ \"format\": ")
    }

    @Test func closingAYearRefusedLeavesItOpenAndTheQuestionComesBack() throws {
        var state = YearKeysTests.onGroup()
        let before = YearKeysTests.group(state)
        Fixture.press([.character("c")], &state)
        Fixture.press([.character("j")], &state, store: .refuse(.lockTimeout(lock: "/data/.lock", seconds: 5)))
        let dialog = try #require(state.top as? SaveRefusedDialog)
        #expect(dialog.covered?.screen is CloseYearPrompt, "the refusal takes the question's place")
        #expect(YearKeysTests.group(state) == before && state.undo == nil)
        #expect(Fixture.text(state).contains("/data/.lock"))
        Fixture.press([.escape], &state)
        #expect(state.top is CloseYearPrompt)
        Fixture.press([.character("j")], &state)
        #expect(YearKeysTests.ended(YearKeysTests.group(state)).closed != nil)
        #expect(state.top is GroupScreen)
    }

    @Test func markingSubmittedRefusedKeepsTheDateTyped() throws {
        var state = YearKeysTests.onGroup(YearKeysTests.notSubmitted())
        let before = YearKeysTests.group(state)
        Fixture.press([.character("i")], &state)
        Fixture.type("01-12-2026", &state)
        Fixture.press([.enter], &state, store: .refuse(.diskFull(file: "/data/groups/x.json")))
        #expect(state.top is SaveRefusedDialog)
        #expect(YearKeysTests.group(state) == before)
        #expect(Fixture.text(state).contains("De schijf is vol"))
        Fixture.press([.escape], &state)
        #expect((state.top as? MarkSubmittedPrompt)?.date.text == "01-12-2026")
    }

    @Test func aDateSavedFromADialogOverThePlanFormKeepsTheFormsEdits() throws {
        var state = YearKeysTests.onGroup(YearKeysTests.notSubmitted())
        Fixture.press([.character("p")], &state)
        Fixture.type("Nieuwe naam", &state)
        Fixture.press([.tab], &state)
        #expect((state.top as? PlanFormScreen)?.draft?.name == "Nieuwe naam")
        // Ctrl-G marks the plan as submitted in the saved group; the form keeps its edit on top of it.
        Fixture.press([.control("g"), .enter], &state)
        let form = try #require(state.top as? PlanFormScreen)
        #expect(YearKeysTests.running(YearKeysTests.group(state)).submitted == YearKeysTests.today)
        #expect(form.draft?.name == "Nieuwe naam")
        #expect(form.draft.map(YearKeysTests.running)?.submitted == YearKeysTests.today)
        // Ctrl-S saves both.
        Fixture.press([.control("s")], &state)
        let saved = try #require(state.catalog.groups.first { $0.name == "Nieuwe naam" })
        #expect(YearKeysTests.running(saved).submitted == YearKeysTests.today)
    }
}
