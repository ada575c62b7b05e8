import Foundation
import Glibc
import Testing

/// Runs the real `intervisie` binary in tmux at 100×30, as a user would: first start, install the
/// demo data, overview, help, a group, quit, and the shell gets its screen back.
@Suite("Terminal UI in tmux", .serialized)
struct TmuxUITests {
    /// `.build/debug/intervisie`: the directory of this test bundle's executable.
    static var binary: URL {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("intervisie")
    }

    static var hasTmux: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// One tmux server on its own socket; always killed at the end.
    final class Session {
        let socket = "intervisie-test-\(getpid())-\(UUID().uuidString.prefix(8))"

        /// Runs tmux with posix_spawn and waitpid (Foundation's Process can miss the exit of a
        /// short-lived child on Linux). Output goes to a file, not a pipe: the tmux server that
        /// `new-session` starts inherits the descriptors and would keep a pipe open for ever.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
            defer { unlink(path) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = ["tmux", "-L", socket] + arguments
            var cArguments = argv.map { strdup($0) } + [nil]
            defer { for pointer in cArguments { free(pointer) } }
            var pid: pid_t = 0
            guard posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ) == 0 else {
                throw POSIXError(.ENOENT)
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        }

        func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "ui"]) }

        /// Polls the pane until `predicate` holds or the deadline passes; returns the last screen.
        func waitFor(_ what: String, timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = try screen()
                if predicate(last) { return last }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("timed out waiting for \(what); screen was:\n\(last)")
            return last
        }

        func waitFor(text: String, timeout: Double = 10) throws -> String {
            try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
        }

        func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "ui"] + keys) }

        /// Ends the pane's process group (the shell and whatever it still runs), then the server.
        func kill() {
            if let text = try? tmux(["display", "-p", "-t", "ui", "#{pane_pid}"]),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 {
                Glibc.kill(-pid, SIGKILL)
            }
            _ = try? tmux(["kill-server"])
            let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
            unlink("\(folder)/tmux-\(getuid())/\(socket)")
        }
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func firstStartDemoOverviewHelpGroupQuit() throws {
        let binary = Self.binary
        #expect(FileManager.default.isExecutableFile(atPath: binary.path), "build the product first: \(binary.path)")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }

        let session = Session()
        defer { session.kill() }
        let command = "'\(binary.path)' --data-dir '\(data.path)' --today 2026-11-22 --lang en; echo EXITED $?; sleep 60"
        try session.tmux(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30",
                          "env", "TERM=tmux-256color", "LANG=C.UTF-8", "sh", "-c", command])

        // First start on an empty folder: what the app is for, and the demo offer.
        var screen = try session.waitFor(text: "Welcome to intervisie")
        #expect(screen.contains("install the demo data"))

        // Enter installs the demo; the overview shows the demo groups.
        try session.keys("Enter")
        screen = try session.waitFor(text: "Chirurgen Utrecht")
        #expect(screen.contains("Geïntensiveerde zorg Leiden"))
        #expect(screen.contains("8 groups"))
        #expect(screen.contains("Next due by"))

        // ? shows the help generated from the key table.
        try session.keys("?")
        screen = try session.waitFor(text: "All keys, per screen")
        #expect(screen.contains("quit at once, from any screen"))
        try session.keys("Escape")
        _ = try session.waitFor(text: "8 groups")

        // Enter opens the selected group (the first row: errors first).
        try session.keys("Enter")
        screen = try session.waitFor(text: "1 Members")
        #expect(screen.contains("BIG number"))
        #expect(screen.contains("Overview › Chirurgen Utrecht"))
        try session.keys("3")
        _ = try session.waitFor(text: "ATTENDANCE_75")

        // q quits, the terminal is restored, and the shell carries on.
        try session.keys("q")
        screen = try session.waitFor(text: "EXITED 0")
        #expect(!screen.contains("1 Members"), "the alternate screen should be gone:\n\(screen)")

        // The demo was saved in the data folder: a second start goes straight to the overview.
        let again = Session()
        defer { again.kill() }
        try again.tmux(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env", "TERM=tmux-256color", "LANG=nl_NL.UTF-8",
                        "sh", "-c", "'\(binary.path)' --data-dir '\(data.path)' --today 2026-11-22; echo EXITED $?; sleep 60"])
        screen = try again.waitFor(text: "8 groepen")  // Dutch from LANG this time
        #expect(!screen.contains("Welkom"))
        try again.keys("C-c")
        _ = try again.waitFor(text: "EXITED 0")
    }

    /// The first child process of a shell (the app the pane's shell runs).
    static func child(of pid: String) -> Int32? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Int32($0) }
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func sigtermAndResizeAndTooSmall() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let session = Session()
        defer { session.kill() }
        let command = "'\(Self.binary.path)' --data-dir '\(data.path)' --today 2026-11-22 --lang nl; echo EXITED $?; sleep 60"
        try session.tmux(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env", "TERM=tmux-256color", "LANG=C.UTF-8", "sh", "-c", command])
        _ = try session.waitFor(text: "Welkom bij intervisie")
        // Too small, then large again: redrawn at once.
        try session.tmux(["resize-window", "-t", "ui", "-x", "50", "-y", "12"])
        _ = try session.waitFor(text: "Terminal te klein")
        try session.tmux(["resize-window", "-t", "ui", "-x", "100", "-y", "30"])
        _ = try session.waitFor(text: "Welkom bij intervisie")
        // SIGTERM quits cleanly (exit status 0, terminal restored).
        let shellPID = try session.tmux(["display", "-p", "-t", "ui", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let appPID = try #require(Self.child(of: shellPID), "the app's process under the pane's shell \(shellPID)")
        #expect(kill(appPID, SIGTERM) == 0)
        let screen = try session.waitFor(text: "EXITED 0")
        #expect(!screen.contains("Welkom bij intervisie"))
    }
}
