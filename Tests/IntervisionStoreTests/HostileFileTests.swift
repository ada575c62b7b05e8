import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// Files nobody would write by hand, written anyway: each one is reported like any damaged file
/// (path, line, column, what is wrong) while the other files load, and none crashes, hangs or
/// exhausts memory.
@Suite("Hostile files: reported, never a crash or a hang")
final class HostileFileTests {
    let folder = TemporaryFolder()

    private let header = "{\"format\": \"intervisie-group\", \"version\": 1, \"id\": \"g1\", \"name\": \"x\""
    private let members = "\"members\": [{\"id\": \"m1\", \"name\": \"Anna\"}, {\"id\": \"m2\", \"name\": \"Bram\"}]"
    private let plan = "\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\"}]"

    private func decodeFailure(_ text: String) -> StoreError? {
        do {
            _ = try GroupCodec.decode(Data(text.utf8), source: "test.json")
            return nil
        } catch {
            return error
        }
    }

    @Test("a number of 20 digits and more reads as its value (no overflow), in a group file and the profile")
    func longNumbers() throws {
        let group = try GroupCodec.decode(Data((header + ", \(plan.dropLast(2)), \"durationHours\": 2.5000000000000000000}]}").utf8))
        #expect(group.plans[0].durationHours == 2.5)
        let store = Store(folder: folder.dataFolder)
        try store.saveProfile(Supervisor(name: "S"))
        try overwrite(store.profilePath, with: "{\"format\": \"intervisie-profile\", \"version\": 1, \"lvscHours\": 60.000000000000000000001}")
        let profile = store.loadProfile()
        #expect(profile.readOnly == nil)
        #expect(profile.value?.lvscHours == 60)
    }

    @Test("absurd values are refused where they are written", arguments: [
        ("\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"durationHours\": 1e18}]", "hours must be", 1),
        ("\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"durationHours\": 0}]", "hours must be", 1),
        ("\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"durationHours\": -2}]", "hours must be", 1),
        ("\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"durationHours\": 24.5}]", "hours must be", 1),
        ("\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"totalMeetings\": 101}]", "number of meetings", 1),
        ("\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"totalMeetings\": -1}]", "number of meetings", 1),
        ("\"plans\": [{\"from\": \"0001-01-01\", \"to\": \"2026-12-31\"}]", "between 1900-01-01 and 2199-12-31", 1),
        ("\"meetings\": [{\"id\": \"a\", \"date\": \"9999-12-31\"}]", "between 1900-01-01 and 2199-12-31", 1),
        ("\"plans\": [{\"from\": \"2026-12-31\", \"to\": \"2026-01-01\"}]", "ends before it starts", 1),
        ("\"members\": [{\"id\": \"m1\", \"name\": \"A\"},\n{\"id\": \"m1\", \"name\": \"B\"}]", "same id", 2),
        ("\"contact\": \"m9\"", "contact person is not a member", 1),
        ("\"members\": [{\"id\": \"m1\", \"name\": \"A\"}],\n\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"attendance\": [\"m1\", \"m7\"]}]",
         "attendance names someone", 2),
        ("\"evaluations\": [{\"id\": \"e\", \"date\": \"2026-02-01\", \"participants\": [\"m7\"]}]", "participants name someone", 1),
        ("\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"reported\": \"0001-01-01\"}]", "between 1900-01-01 and 2199-12-31", 1),
        ("\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"planned\": [{\"revision\": 1000001}]}]", "revision must be 0 to 1000000", 1),
        ("\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"planned\": [{\"revision\": 99999999999999999999}]}]", "number too large", 1),
        ("\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"planned\": [{\"revision\": -1}]}]", "revision must be 0 to 1000000", 1),
    ])
    func absurdValues(_ body: String, _ reason: String, _ line: Int) {
        let text = header + ",\n" + body + "}\n"
        guard case .corrupt(let path, let foundLine, let column, let found)? = decodeFailure(text) else {
            Issue.record("expected a corrupt error for \(body)")
            return
        }
        #expect(path == "test.json")
        #expect(found.contains(reason), "\(found)")
        #expect(foundLine == line + 1, "\(found)")
        #expect(column > 1)
    }

    @Test("a reference is found wherever the members stand in the file, before or after the meetings")
    func referencesInAnyOrder() throws {
        let meetings = "\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"attendance\": [\"m2\", \"m1\"]}]"
        let group = try GroupCodec.decode(Data((header + ", \(meetings), \(plan), \(members)}").utf8))
        #expect(group.meetings[0].attendance.count == 2)
    }

    @Test("a planned meeting's id given twice (a hand edit, or two machines' plans merged) is renamed as the file loads, in a plan and across plans")
    func plannedIDsGivenTwice() throws {
        let plans = "\"plans\": [{\"from\": \"2025-01-01\", \"to\": \"2025-12-31\", \"planned\": [{\"id\": \"pm-1\", \"date\": \"2025-02-01\"}]},"
            + " {\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"planned\": [{\"id\": \"pm-1\", \"date\": \"2026-02-01\"}, {\"date\": \"2026-03-01\"},"
            + " {\"id\": \"pm-2\", \"date\": \"2026-04-01\"}, {\"id\": \"pm-2\", \"date\": \"2026-05-01\"}]}]"
        let group = try GroupCodec.decode(Data((header + ", \(plans)}").utf8))
        #expect(group.plans.flatMap(\.planned).map(\.id) == ["pm-1", "20260201", "20260301", "pm-2", "20260501"])
    }

    @Test("texts longer than their limit are refused at load and at import; at the limit they load", arguments: [
        ("name", TextKind.name), ("remarks", TextKind.longText),
    ])
    func longTexts(_ field: String, _ kind: TextKind) throws {
        let base = "{\"format\": \"intervisie-group\", \"version\": 1, \"id\": \"g1\""
        let fits = String(repeating: "é", count: kind.limit)
        let other = field == "name" ? "" : ", \"name\": \"n\""
        let group = try GroupCodec.decode(Data((base + other + ", \"\(field)\": \"\(fits)\"}").utf8))
        #expect(group.name == (field == "name" ? fits : "n"))
        let tooLong = base + other + ", \"\(field)\": \"\(fits)e\"}"
        guard case .corrupt(_, _, _, let reason)? = decodeFailure(tooLong) else {
            Issue.record("expected a corrupt error")
            return
        }
        #expect(reason == "field \"\(field)\": too long: \(kind.limit + 1) characters, at most \(kind.limit)")
    }

    @Test("a place and a planned meeting's id are one-line texts of at most 200 characters, in a file as when typed", arguments: [
        ("location", "\"meetings\": [{\"id\": \"a\", \"date\": \"2026-02-01\", \"location\": \"%@\"}]"),
        ("location", "\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"planned\": [{\"location\": \"%@\"}]}]"),
        ("id", "\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"planned\": [{\"id\": \"%@\"}]}]"),
    ])
    func placesAndPlannedIDs(_ field: String, _ body: String) throws {
        let fits = String(repeating: "é", count: TextKind.name.limit)
        let group = try GroupCodec.decode(Data((header + ", " + body.replacingOccurrences(of: "%@", with: fits) + "}").utf8))
        let read = [group.meetings.first?.location, group.plans.first?.planned[0].location, group.plans.first?.planned[0].id.rawValue]
        #expect(read.contains(fits))
        guard case .corrupt(_, _, _, let reason)? = decodeFailure(header + ", " + body.replacingOccurrences(of: "%@", with: fits + "e") + "}") else {
            Issue.record("expected a corrupt error for \(body)")
            return
        }
        #expect(reason == "field \"\(field)\": too long: \(TextKind.name.limit + 1) characters, at most \(TextKind.name.limit)")
    }

    @Test("one absurd file is reported with its path; every other group still loads")
    func othersLoad() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save([Fixtures.fullGroup(id: "good")])
        let path = store.path(for: "bad")
        try overwrite(path, with: header.replacingOccurrences(of: "g1", with: "bad") + ",\n\"plans\": [{\"from\": \"2026-01-01\", \"to\": \"2026-12-31\", \"durationHours\": 1e18}]}")
        let load = Store(folder: folder.dataFolder).loadAll()
        #expect(load.groups.map(\.id) == ["good"])
        guard case .corrupt(path, 2, let column, let reason)? = load.problems.first else {
            Issue.record("expected the bad file reported: \(load.problems)")
            return
        }
        #expect(column == 71)  // where 1e18 starts
        #expect(reason.contains("hours"))
    }

    /// Runs `body` on another thread; false when it has not finished after `seconds` (it hangs).
    private func finishes(within seconds: Double, _ body: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            body()
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success
    }

    @Test("a FIFO named like a group file is refused as one at once, not read (which would wait forever)")
    func fifo() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save([Fixtures.fullGroup(id: "good")])
        let path = store.path(for: "pipe")
        #expect(mkfifo(path, 0o600) == 0)
        let result = LoadBox()
        let data = folder.dataFolder
        let finished = finishes(within: 10) { result.value = Store(folder: data).loadAll() }
        try #require(finished, "loading hung on the FIFO")
        #expect(result.value?.groups.map(\.id) == ["good"])
        #expect(result.value?.problems == [.notARegularFile(path: path, kind: .fifo)])
        #expect(StoreError.notARegularFile(path: path, kind: .fifo).message.en.contains("FIFO"))
        // The import says the same.
        #expect(throws: HandoverError.file(.notARegularFile(path: path, kind: .fifo))) { try HandoverFile.read(path) }
    }

    @Test("a link to a device is refused without reading it; a folder is named a folder")
    func deviceAndFolder() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save([Fixtures.fullGroup(id: "good")])
        let link = store.path(for: "zero")
        #expect(symlink("/dev/zero", link) == 0)
        let result = LoadBox()
        let data = folder.dataFolder
        try #require(finishes(within: 10) { result.value = Store(folder: data).loadAll() })
        #expect(result.value?.problems == [.notARegularFile(path: link, kind: .device)])
        let directory = store.path(for: "adir")
        #expect(mkdir(directory, 0o700) == 0)
        #expect(throws: HandoverError.file(.notARegularFile(path: directory, kind: .directory))) { try HandoverFile.read(directory) }
    }

    @Test("a file above 16 MiB is refused naming the file and the limit, without reading it")
    func tooLarge() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save([Fixtures.fullGroup(id: "good")])
        let path = store.path(for: "huge")
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(ftruncate(descriptor, off_t(POSIX.maximumFileSize + 1)) == 0)
        close(descriptor)
        let load = Store(folder: folder.dataFolder).loadAll()
        let expected = StoreError.tooLarge(path: path, size: Int64(POSIX.maximumFileSize + 1), limit: Int64(POSIX.maximumFileSize))
        #expect(load.problems == [expected])
        #expect(expected.message.en.contains(path) && expected.message.en.contains("at most 16.0 MB"))
        #expect(load.groups.map(\.id) == ["good"])
    }

    @Test("a damaged profile.json or settings.json is reported with its position, taken as absent, and never overwritten")
    func damagedProfileAndSettings() throws {
        let store = Store(folder: folder.dataFolder)
        try store.saveProfile(Supervisor(name: "S"))
        try store.saveSettings(Settings())
        try overwrite(store.profilePath, with: "{\"format\": \"intervisie-profile\",\n \"version\": 1, \"name\": }")
        try overwrite(store.settingsPath, with: "not json")
        let fresh = Store(folder: folder.dataFolder)
        let profile = fresh.loadProfile()
        #expect(profile.value == nil)
        #expect(profile.readOnly == .corrupt(path: store.profilePath, line: 2, column: 24, reason: "expected a string (text in quotes)"))
        let settings = fresh.loadSettings()
        #expect(settings.value == Settings())
        guard case .corrupt(store.settingsPath, 1, 1, _)? = settings.readOnly else {
            Issue.record("expected the settings reported: \(String(describing: settings.readOnly))")
            return
        }
        #expect(throws: StoreError.readOnly(path: store.profilePath, because: profile.readOnly!)) { try fresh.saveProfile(Supervisor(name: "T")) }
        #expect(throws: StoreError.self) { try fresh.saveSettings(Settings()) }
        #expect(try String(contentsOfFile: store.settingsPath, encoding: .utf8) == "not json")
    }

    @Test("a lock held by another program: the save gives up after the timeout, names the lock and writes nothing")
    func lockHeld() throws {
        let store = Store(folder: folder.dataFolder, lockTimeout: 0.3)
        try store.save([Fixtures.fullGroup(id: "g")])
        let lockPath = folder.dataFolder.path + "/.lock"
        // flock locks belong to an open file: a second open of the same file competes like another process.
        let holder = open(lockPath, O_RDWR)
        #expect(flock(holder, LOCK_EX) == 0)
        defer { close(holder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path(for: "g")))
        var changed = Fixtures.fullGroup(id: "g")
        changed.name = "changed"
        let started = Date()
        #expect(throws: StoreError.lockTimeout(path: lockPath, seconds: 1)) { try store.save(changed) }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path(for: "g"))) == before)
        let message = StoreError.lockTimeout(path: lockPath, seconds: 5).message
        #expect(message.en.contains(lockPath) && message.nl.contains(lockPath))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.dataFolder.path + "/groups").filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test("temporary files of a killed save are removed on the next load, but never while another program holds the lock")
    func temporariesSweptAtLoad() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save([Fixtures.fullGroup(id: "g")])
        let groups = folder.dataFolder.path + "/groups"
        let leftover = groups + "/.g.json.abc123.tmp"
        try overwrite(leftover, with: "half a fi")
        // Another program in the middle of a save: its temporary file must stay.
        let holder = open(folder.dataFolder.path + "/.lock", O_RDWR)
        #expect(flock(holder, LOCK_EX) == 0)
        _ = Store(folder: folder.dataFolder).loadAll()
        #expect(FileManager.default.fileExists(atPath: leftover))
        close(holder)
        _ = Store(folder: folder.dataFolder).loadAll()
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }
}

/// A result handed back from another thread.
private final class LoadBox: @unchecked Sendable {
    var value: GroupLoad?
}
