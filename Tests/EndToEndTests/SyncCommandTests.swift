import Foundation
import Glibc
import IntervisionCore
import IntervisionStore
import Testing

/// `intervisie sync` on the built binary: a bare repository as the remote and data folders as
/// machines, all on one disk.
@Suite("Sync", .serialized)
struct SyncCommandTests {
    let root = TemporaryFolder()
    var remote: String { root.path + "/remote.git" }
    var laptop: String { root.path + "/laptop" }
    var desktop: String { root.path + "/desktop" }

    /// git without the machine's own configuration: as on a fresh machine without an identity.
    static let gitEnvironment = ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"]

    init() throws {
        try FileManager.default.createDirectory(at: root.url, withIntermediateDirectories: true)
        #expect(Binary.spawn(["/usr/bin/git", "init", "-q", "--bare", remote], environment: Self.gitEnvironment).status == 0)
    }

    @discardableResult
    func run(_ folder: String, _ arguments: String..., today: String = "2026-11-22") -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder, "--lang", "en"], environment: Self.gitEnvironment.merging(["INTERVISIE_TODAY": today]) { $1 })
    }

    func git(_ folder: String, _ arguments: String...) -> String {
        Binary.spawn(["/usr/bin/git", "-C", folder] + arguments, environment: Self.gitEnvironment).stdout
    }

    /// A group with four members and a plan for 2026 on the laptop, synced to the desktop.
    func twoMachines() {
        run(laptop, "group", "add", "Balint West")
        for name in ["Anna", "Bram", "Eva", "Joost"] { run(laptop, "member", "add", "balint-west", name, "--specialism", "Psychiatrie") }
        run(laptop, "plan", "set", "balint-west", "--from", "2026-01-01", "--to", "2026-12-31", "--meetings", "4", "--duration", "2")
        let first = run(laptop, "sync", "init", remote)
        #expect(first.status == 0, "\(first.stderr)")
        let second = run(desktop, "sync", "init", remote)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("↓ Balint West: group added"), "\(second.stdout)")
    }

    func dataFiles(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ["profile.json", "methods.json"] { files[name] = FileManager.default.contents(atPath: folder + "/" + name) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder + "/groups")) ?? [] {
            files["groups/" + name] = FileManager.default.contents(atPath: folder + "/groups/" + name)
        }
        return files
    }

    @Test func meetingsRecordedOnTwoMachinesBothSurvive() throws {
        twoMachines()
        #expect(run(laptop, "meeting", "add", "balint-west", "--date", "2026-02-10", "--absent", "Anna").status == 0)
        #expect(run(desktop, "meeting", "add", "balint-west", "--date", "2026-03-10", "--topic", "Casus").status == 0)
        #expect(run(desktop, "member", "add", "balint-west", "Zoë", "--specialism", "Psychiatrie").status == 0)

        #expect(run(laptop, "sync").status == 0)
        let desktopSync = run(desktop, "sync")
        #expect(desktopSync.status == 0, "\(desktopSync.stderr)")
        #expect(desktopSync.stdout.contains("↑ Balint West: meeting 2026-03-10 recorded; member Zoë added"), "\(desktopSync.stdout)")
        #expect(desktopSync.stdout.contains("↓ Balint West: meeting 2026-02-10 recorded"), "\(desktopSync.stdout)")
        #expect(run(laptop, "sync").status == 0)

        for folder in [laptop, desktop] {
            let meetings = run(folder, "meeting", "list", "balint-west").stdout
            #expect(meetings.contains("2026-02-10") && meetings.contains("2026-03-10"), "\(meetings)")
        }
        #expect(dataFiles(laptop) == dataFiles(desktop))
        // The history is the audit trail: who recorded what, and when.
        let log = git(laptop, "log", "--format=%an: %s")
        #expect(log.contains("Balint West: meeting 2026-02-10 recorded") || log.contains("Balint West: bijeenkomst 10-02-2026 vastgelegd"), "\(log)")
        // Personal data stays the owner's.
        var info = stat()
        #expect(stat(desktop + "/groups/balint-west.json", &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(stat(desktop + "/.git", &info) == 0 && info.st_mode & 0o777 == 0o700)
        // Only the data is tracked: not settings, not the lock.
        let tracked = git(laptop, "ls-files")
        #expect(tracked == ".gitattributes\n.gitignore\ngroups/balint-west.json\n", "\(tracked)")
    }

    @Test func aConflictingAttendanceKeepsBothVersionsUntilOneIsChosen() throws {
        twoMachines()
        run(laptop, "meeting", "add", "balint-west", "--date", "2026-02-10", "--absent", "Anna")
        run(desktop, "meeting", "add", "balint-west", "--date", "2026-02-10", "--absent", "Bram")
        #expect(run(laptop, "sync").status == 0)
        let conflicted = run(desktop, "sync")
        #expect(conflicted.status == 1, "\(conflicted.stderr)")
        #expect(conflicted.stdout.contains("! Balint West (balint-west): meeting 2026-02-10"), "\(conflicted.stdout)")

        // Both versions are in the file; the check names the meeting.
        let file = try String(contentsOfFile: desktop + "/groups/balint-west.json", encoding: .utf8)
        #expect(file.contains("\"conflicts\": ["))
        let check = run(desktop, "check", "balint-west")
        #expect(check.status == 1)
        #expect(check.stdout.contains("SYNC_CONFLICT: Meeting of 2026-02-10 was recorded differently on two machines (attendance)"), "\(check.stdout)")
        #expect(run(laptop, "sync").status == 1)
        let status = run(laptop, "sync", "status", "--json")
        #expect(status.stdout.contains("{\"group\": \"balint-west\", \"name\": \"Balint West\", \"kind\": \"meeting\", \"date\": \"2026-02-10\"}"), "\(status.stdout)")

        // The desktop's current version has Bram absent; the laptop's (the other) Anna. Pick the laptop's.
        #expect(run(desktop, "meeting", "list", "balint-west").stdout.contains("absent: Bram"))
        let resolved = run(desktop, "sync", "resolve", "balint-west", "--date", "10-02-2026", "--keep", "other")
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(run(desktop, "check", "balint-west").stdout.contains("SYNC_CONFLICT") == false)
        #expect(run(desktop, "sync").status == 0)
        #expect(run(laptop, "sync").status == 0)
        for folder in [laptop, desktop] {
            let meetings = run(folder, "meeting", "list", "balint-west").stdout
            #expect(meetings.contains("absent: Anna") && !meetings.contains("absent: Bram"), "\(meetings)")
        }
        #expect(dataFiles(laptop) == dataFiles(desktop))
        let again = run(desktop, "sync", "resolve", "balint-west", "--date", "2026-02-10", "--keep", "current")
        #expect(again.status == 2)
        #expect(again.stderr.contains("no meeting or evaluation on 2026-02-10 with two versions"), "\(again.stderr)")
    }

    @Test func aRemoteThatIsGoneFailsWithExit2AndChangesNothing() throws {
        twoMachines()
        run(laptop, "meeting", "add", "balint-west", "--date", "2026-02-10")
        try FileManager.default.removeItem(atPath: remote)
        let before = dataFiles(laptop)
        let result = run(laptop, "sync")
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot be reached"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing changed"))
        #expect(dataFiles(laptop) == before)
        // The change is committed here, waiting for the remote.
        let status = run(laptop, "sync", "status")
        #expect(status.stdout.contains("Commits not yet pushed: 1"), "\(status.stdout)")

        // A folder that was never synced, and a first init against a remote that is not there.
        let fresh = root.path + "/fresh"
        run(fresh, "group", "add", "Nieuw")
        let notSynced = run(fresh, "sync")
        #expect(notSynced.status == 2)
        #expect(notSynced.stderr.contains("is not synced yet; start with 'intervisie sync init REMOTE'"), "\(notSynced.stderr)")
        let gone = run(fresh, "sync", "init", root.path + "/nowhere.git")
        #expect(gone.status == 2)
        #expect(!FileManager.default.fileExists(atPath: fresh + "/.git"))
        #expect(!FileManager.default.fileExists(atPath: fresh + "/.gitignore"))
        #expect(run(fresh, "sync", "init", "--upload-pack=evil").status == 2)
    }

    /// A group file the merge cannot read (here: from a newer version of intervisie) refuses the
    /// merge as a whole: exit 2, the file named, nothing changed.
    @Test func aFileThatCannotBeMergedChangesNothing() throws {
        twoMachines()
        let path = laptop + "/groups/balint-west.json"
        let newer = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        try newer.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(run(laptop, "sync").status == 0)
        run(desktop, "meeting", "add", "balint-west", "--date", "2026-02-10")
        let before = dataFiles(desktop)
        let result = run(desktop, "sync")
        #expect(result.status == 2)
        #expect(result.stderr.contains("groups/balint-west.json could not be merged"), "\(result.stderr)")
        #expect(dataFiles(desktop) == before)
    }

    @Test func aSyncKilledHalfWayLeavesEveryFileLoadableAndTheNextOneCompletes() throws {
        twoMachines()
        var next = 0
        for delay in [0.01, 0.03, 0.06, 0.1, 0.15, 0.25, 0.4] {
            // The laptop adds and changes groups; the desktop's sync of them is killed.
            for _ in 0..<8 {
                next += 1
                run(laptop, "group", "add", "Groep \(next)")
            }
            run(laptop, "member", "add", "balint-west", "Lid \(next)", "--specialism", "X")
            #expect(run(laptop, "sync").status == 0)
            let pid = Self.start(["sync", "--data-dir", desktop, "--lang", "en"])
            Thread.sleep(forTimeInterval: delay)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            // Every file the store sees loads: no problems reported.
            let check = run(desktop, "check", "--json")
            #expect(check.stderr.isEmpty, "after a kill at \(delay) s: \(check.stderr)")
            #expect(check.stdout.contains("\"problems\"") == false || check.stdout.contains("\"problems\": []"), "\(check.stdout.prefix(300))")
        }
        let finish = run(desktop, "sync")
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(run(laptop, "sync").status == 0)
        #expect(dataFiles(laptop) == dataFiles(desktop))
        #expect(dataFiles(desktop).count == 1 + next)
    }

    /// The app may be running while `sync` runs: a store that read a file the sync replaced does
    /// not save over it, and the sync waits for the folder's lock while a save holds it.
    @Test func theStoreNoticesAndTheLockIsHeld() throws {
        twoMachines()
        let app = Store(folder: URL(fileURLWithPath: desktop))
        var group = try #require(app.loadAll().groups.first)
        run(laptop, "meeting", "add", "balint-west", "--date", "2026-02-10")
        #expect(run(laptop, "sync").status == 0)

        let before = dataFiles(desktop)
        let pid = try app.withFolderLock { () -> pid_t in
            let pid = Self.start(["sync", "--data-dir", desktop, "--lang", "en"], environment: Self.gitEnvironment)
            Thread.sleep(forTimeInterval: 1.5)
            #expect(dataFiles(desktop) == before, "the sync changed files while the lock was held")
            return pid
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(status == 0)
        #expect(dataFiles(desktop) != before)

        group.remarks = "Gewijzigd in de app"
        #expect(throws: StoreError.changedOnDisk(path: desktop + "/groups/balint-west.json")) { try app.save(group) }
    }

    /// Starts the binary without waiting (to kill it, or to let it wait for a lock).
    static func start(_ arguments: [String], environment: [String: String] = gitEnvironment) -> pid_t {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "INTERVISIE_TODAY": "2026-11-22", "LANG": "C.UTF-8"]
        for (key, value) in environment { env[key] = value }
        let argv = [Binary.url.path] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        return pid
    }
}
