import Foundation
import Glibc
import Testing

/// tmux is on the machine: the end-to-end tests of the screens need it.
let hasTmux = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

/// One tmux server on its own socket; always killed at the end.
final class TmuxSession {
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
        var previous: String?
        while Date() < deadline {
            last = try screen()
            // The app may be half-way through drawing a frame when the text appears: return only a
            // screen that held still for one poll, so the rest of the test reads a whole frame.
            if predicate(last), last == previous { return last }
            previous = predicate(last) ? last : nil
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

extension TmuxSession {
    /// Starts the built binary in a 100×30 window (the size a laptop terminal often has), inside a
    /// shell that prints `EXITED <status>` when the app ends, so a test sees the terminal come back.
    func startApp(_ arguments: [String], language: String = "C.UTF-8", width: Int = 100, height: Int = 30,
                  environment: [String: String] = [:]) throws {
        let quoted = appCommand(arguments)
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        try tmux(["new-session", "-d", "-s", "ui", "-x", String(width), "-y", String(height),
                  "env", "TERM=tmux-256color", "LANG=\(language)"] + extra + ["sh", "-c", "\(quoted); echo EXITED $?; sleep 60"])
    }

    /// An interactive shell with job control (as a user has), prompt `$ `, where a test types
    /// commands with `typeLine`: the shell that Ctrl-Z returns to and `fg` continues from.
    func startShell(language: String = "C.UTF-8", width: Int = 100, height: Int = 30) throws {
        try tmux(["new-session", "-d", "-s", "ui", "-x", String(width), "-y", String(height),
                  "env", "TERM=tmux-256color", "LANG=\(language)", "PS1=$ ", "bash", "--norc", "--noprofile", "-i"])
    }

    /// Types `line` literally into the pane and presses Enter.
    func typeLine(_ line: String) throws {
        try tmux(["send-keys", "-t", "ui", "-l", line])
        try keys("Enter")
    }

    /// The app's command line for a shell: the built binary and the arguments, quoted.
    func appCommand(_ arguments: [String]) -> String {
        ([Binary.url.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// The first child process of the pane's shell: the app.
    func appPID() throws -> Int32? {
        let shell = try tmux(["display", "-p", "-t", "ui", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let text = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.flatMap { Int32($0) }
    }
}
