import Foundation
import IntervisionCore
import IntervisionStore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

/// What the runtime does for the sharing screens: Tab's candidates from a real folder, hand-over
/// files read as the command line reads them, the encrypted export, which effects go off the UI thread.
@Suite("Sharing: the runtime's side")
struct ShareRuntimeTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("share-runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static var runner: StoreEffectRunner {
        StoreEffectRunner(store: InMemoryDataStore(), themes: ThemeLoader(dataFolder: nil), today: Fixture.today)
    }

    static func shared(_ events: [Event]) -> [ShareResult] {
        events.compactMap { event in
            if case .effectResult(.share(let result)) = event { return result }
            return nil
        }
    }

    @Test func tabListsTheFolderFoldersMarkedHiddenOnlyWhenAsked() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["groep-a.json", "groep-b.json.age", ".verborgen", "anders.txt"] {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data()))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("groepen"), withIntermediateDirectories: true)
        let names = PathCompleter.candidates(for: folder.path + "/gr")
        #expect(names == [PathCandidate(name: "groep-a.json", isFolder: false), PathCandidate(name: "groep-b.json.age", isFolder: false),
                          PathCandidate(name: "groepen", isFolder: true)])
        #expect(PathCompleter.candidates(for: folder.path + "/").map(\.name) == ["anders.txt", "groep-a.json", "groep-b.json.age", "groepen"])
        #expect(PathCompleter.candidates(for: folder.path + "/.v").map(\.name) == [".verborgen"])
        #expect(PathCompleter.candidates(for: folder.path + "/nergens/x").isEmpty)
        // Through the effect, as the screen asks.
        var runner = Self.runner
        let results = Self.shared(runner.run(.share(.completePath(folder.path + "/groepe"))))
        guard case .pathCompletions(let typed, let candidates) = results.first else { Issue.record("\(results)"); return }
        #expect(typed == folder.path + "/groepe" && candidates == [PathCandidate(name: "groepen", isFolder: true)])
    }

    @Test func tildeIsTheShellsHome() {
        #expect(ExportRunner.expand("~/overdracht", environment: ["HOME": "/elders/thuis"]) == "/elders/thuis/overdracht")
        #expect(ExportRunner.expand("~", environment: ["HOME": "/elders/thuis"]) == "/elders/thuis")
        #expect(ExportRunner.expand("~/x", environment: [:]) == NSHomeDirectory() + "/x")
        #expect(ExportRunner.expand("/a/b", environment: ["HOME": "/elders/thuis"]) == "/a/b")
    }

    @Test func handoverFilesPlainEncryptedWrongAndDamaged() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let group = Fixture.demo.groups[0]
        let plain = folder.appendingPathComponent("groep.json").path
        let encrypted = folder.appendingPathComponent("groep.json.age").path
        try HandoverFile.contents(of: group, passphrase: nil).write(to: URL(fileURLWithPath: plain))
        let sealed = try HandoverFile.contents(of: group, passphrase: "goed")
        try sealed.write(to: URL(fileURLWithPath: encrypted))

        guard case .handoverOpened(let path, let read, let usable) = ShareRunner.openHandover(plain, passphrase: nil) else {
            Issue.record("plain opens"); return
        }
        #expect(path == plain && read == group && usable)
        guard case .handoverNeedsPassphrase(let asked) = ShareRunner.openHandover(encrypted, passphrase: nil) else {
            Issue.record("encrypted asks"); return
        }
        #expect(asked == encrypted)
        guard case .handoverFailed(let wrong, true) = ShareRunner.openHandover(encrypted, passphrase: "fout") else {
            Issue.record("wrong passphrase"); return
        }
        #expect(wrong.nl == "\(encrypted): verkeerde wachtzin")
        guard case .handoverOpened(_, let opened, _) = ShareRunner.openHandover(encrypted, passphrase: "goed") else {
            Issue.record("right passphrase"); return
        }
        #expect(opened == group)
        // Cut short after it was encrypted: named as damaged, not as a wrong passphrase.
        try sealed.prefix(sealed.count - 20).write(to: URL(fileURLWithPath: encrypted))
        guard case .handoverFailed(let damaged, false) = ShareRunner.openHandover(encrypted, passphrase: "goed") else {
            Issue.record("damaged"); return
        }
        #expect(damaged.nl.hasPrefix("\(encrypted): beschadigd"))
        // Not a file at all, and a FIFO: refused with the path, nothing blocks.
        guard case .handoverFailed(let missing, false) = ShareRunner.openHandover(folder.path + "/nergens.json", passphrase: nil) else {
            Issue.record("missing"); return
        }
        #expect(missing.nl.contains("nergens.json"))
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        guard case .handoverFailed(let notFile, false) = ShareRunner.openHandover(fifo, passphrase: nil) else { Issue.record("fifo"); return }
        #expect(notFile.nl.contains("geen gewoon bestand"))
    }

    @Test func anEncryptedExportIsAnAgeFileThatOpensWithItsPassphrase() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.groupFileDialog()
        state.exportFolder = folder.path
        if var export = state.top as? ExportScreen {
            export.folder = TextField(folder.path)
            state.stack[state.stack.count - 1] = export
        }
        Fixture.press([.enter], &state)
        Fixture.type("lang genoeg", &state)
        Fixture.press([.tab], &state)
        Fixture.type("lang genoeg", &state)
        let effects = Fixture.press([.enter], &state)
        var runner = Self.runner
        #expect(runner.backgroundJob(for: effects[0]) != nil)  // scrypt: off the UI thread
        for event in runner.run(effects[0]) { _ = App.update(&state, event) }
        let path = try #require(state.message?.text.replacingOccurrences(of: "Geschreven: ", with: ""))
        #expect(path.hasSuffix(".json.age"))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(HandoverFile.isEncrypted(data))
        #expect(try HandoverFile.group(from: data, passphrase: "lang genoeg", source: path) == Fixture.demo.groups[0])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func slowWorkGoesOffTheUIThreadTheRestIsDoneAtOnce() {
        let runner = Self.runner
        #expect(runner.backgroundJob(for: .share(.sync(language: .nl))) != nil)
        #expect(runner.backgroundJob(for: .share(.loadSyncStatus)) != nil)
        #expect(runner.backgroundJob(for: .share(.openHandover(path: "x", passphrase: nil))) != nil)
        #expect(runner.backgroundJob(for: .share(.completePath("~/"))) == nil)
        #expect(runner.backgroundJob(for: .share(.reloadData)) == nil)
        #expect(runner.backgroundJob(for: .saveSettings(Settings())) == nil)
    }

    @Test func aFolderThatIsNotSyncedHasNoSyncState() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .syncStatus(nil) = SyncRunner.status(SyncSetup(folder: folder, executable: "/bin/false"), today: Fixture.today) else {
            Issue.record("not synced"); return
        }
        guard case .syncStatus(nil) = SyncRunner.status(nil, today: Fixture.today) else { Issue.record("no setup"); return }
        // S there: refused with the reason, and the runner never touches git.
        guard case .syncFailed(let reason, nil) = SyncRunner.sync(nil, language: .nl, today: Fixture.today, report: { _ in }) else { Issue.record("fails"); return }
        #expect(reason.nl.contains("sync init"))
    }

    /// With `--today` (22-11-2026) and the machine's clock on 30-11-2026, a sync made an hour ago is
    /// today's and one of the day before yesterday's: the bar reads "09:05", "gisteren", not a day
    /// after the app's today. Without `--today` the two calendars are one.
    @Test func theLastSyncIsPlacedOnTheAppsCalendar() throws {
        let calendar = Calendar.current
        let now = try #require(calendar.date(from: DateComponents(year: 2026, month: 11, day: 30, hour: 10, minute: 5)))
        func moment(hoursAgo: Int, today: CivilDate) -> LocalMoment {
            SyncRunner.moment(now.addingTimeInterval(-3600 * Double(hoursAgo)), today: today, now: now)
        }
        #expect(moment(hoursAgo: 1, today: Fixture.today) == LocalMoment(date: Fixture.today, hour: 9, minute: 5))
        #expect(moment(hoursAgo: 24, today: Fixture.today).date == Fixture.today.adding(days: -1))
        let clockToday = CivilDate(year: 2026, month: 11, day: 30)!
        #expect(moment(hoursAgo: 1, today: clockToday) == LocalMoment(date: clockToday, hour: 9, minute: 5))
        // What the status bar makes of it.
        var state = Fixture.state()
        _ = App.update(&state, .effectResult(.share(.syncStatus(SyncState(remote: "r", lastSync: moment(hoursAgo: 1, today: Fixture.today))))))
        #expect(App.view(state).lines().last?.hasSuffix("S sync 09:05 ") == true)
    }

    @Test func theReloadReadsTheStoreAgain() {
        let store = InMemoryDataStore(LoadedData(supervisor: Fixture.demo.supervisor, groups: Array(Fixture.demo.groups.prefix(2))))
        guard case .dataReloaded(let groups, let supervisor, let problems) = ShareRunner.reload(store) else { Issue.record("reloaded"); return }
        #expect(groups.count == 2 && supervisor == Fixture.demo.supervisor && problems.isEmpty)
    }
}
