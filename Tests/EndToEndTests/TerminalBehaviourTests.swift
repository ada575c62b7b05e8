import Foundation
import Glibc
import Testing

/// The terminal as people expect it from any full-screen program: Ctrl-Z goes to the shell and
/// `fg` comes back, Ctrl-C leaves with status 130, and a terminal the screens cannot drive gets a
/// clear message instead of a broken screen. Runs the real binary, in tmux where a terminal is needed.
@Suite("Terminal: suspend, interrupt, unusable terminals", .serialized)
struct TerminalBehaviourTests {
    private static let today = "2026-11-22"

    /// A data folder with three demo groups (the first is "Chirurgen Utrecht").
    private static func demoFolder() -> TemporaryFolder {
        let folder = TemporaryFolder()
        let demo = Binary.run(["demo", "--groups", "3", "--data-dir", folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        return folder
    }

    /// Ctrl-Z in a shell with job control: the shell's prompt comes back, what is typed there goes to
    /// the shell (before, `stty` reached the app: `s` opened Settings and `t` changed the theme), a
    /// resize meanwhile is noticed, and `fg` brings the app back drawn whole at the new size, as it
    /// was left. Nothing in the data folder changed.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func ctrlZSuspendsToTheShellAndFgRedrawsTheApp() throws {
        let folder = Self.demoFolder()
        let before = folder.snapshot()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startShell()
        _ = try session.waitFor("the prompt") { $0.hasPrefix("$") }
        try session.typeLine(session.appCommand(["--data-dir", folder.path, "--today", Self.today, "--lang", "en"]))
        _ = try session.waitFor(text: "3 groups")

        try session.keys("C-z")
        var screen = try session.waitFor(text: "Stopped")
        #expect(!screen.contains("3 groups"), "the shell's screen is back, not the app's:\n\(screen)")
        try session.typeLine("stty -a >/dev/null; echo back-in-shell")
        screen = try session.waitFor("the shell's answer") { $0.split(separator: "\n").contains("back-in-shell") }
        try session.tmux(["resize-window", "-t", "ui", "-x", "90", "-y", "26"])

        try session.typeLine("fg")
        screen = try session.waitFor(text: "3 groups")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!screen.contains("back-in-shell"), "every cell is drawn again after fg:\n\(screen)")
        #expect(!screen.contains("Settings"), "nothing typed in the shell reached the app:\n\(screen)")
        #expect(lines.first.map { $0.hasSuffix("· \(Self.today)") && $0.count <= 90 } == true,
                "drawn at the new width, 90 (the header's date at its right end):\n\(screen)")
        #expect(lines.count >= 26 && lines[25].contains("? help"), "the status bar on the new last row, 26:\n\(screen)")

        // The app takes keys again, and quits normally.
        try session.keys("Down")
        _ = try session.waitFor(text: "2/3")
        try session.keys("q")
        try session.typeLine("echo EXIT=$?")
        _ = try session.waitFor(text: "EXIT=0")
        #expect(folder.snapshot() == before, "the settings (theme) and groups are as they were")
    }

    /// Started without a shell that could continue it (tmux runs `sh -c`, which has no job
    /// control): Ctrl-Z would stop the app for good, so it does nothing and the app carries on.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func ctrlZWithoutJobControlKeepsTheAppRunning() throws {
        let folder = Self.demoFolder()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", Self.today, "--lang", "en"])
        _ = try session.waitFor(text: "3 groups")
        try session.keys("C-z")
        try session.keys("Down")
        _ = try session.waitFor(text: "2/3")
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")
    }

    /// Ctrl-C (a key in raw mode) and SIGINT leave at once with 130, as shells report an interrupt,
    /// and the terminal is restored; `q` leaves with 0.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func ctrlCAndSigintExitWith130() throws {
        let folder = Self.demoFolder()
        let arguments = ["--data-dir", folder.path, "--today", Self.today, "--lang", "en"]

        let typed = TmuxSession()
        defer { typed.kill() }
        try typed.startApp(arguments)
        _ = try typed.waitFor(text: "3 groups")
        try typed.keys("Enter")  // from a group screen, not only the overview
        _ = try typed.waitFor(text: "1 Members")
        try typed.keys("C-c")
        var screen = try typed.waitFor(text: "EXITED 130")
        #expect(!screen.contains("1 Members"), "the alternate screen is gone:\n\(screen)")

        let signalled = TmuxSession()
        defer { signalled.kill() }
        try signalled.startApp(arguments)
        _ = try signalled.waitFor(text: "3 groups")
        let appPID = try #require(try signalled.appPID(), "the app's process under the pane's shell")
        #expect(kill(appPID, SIGINT) == 0)
        screen = try signalled.waitFor(text: "EXITED 130")
        #expect(!screen.contains("3 groups"))
    }

    /// TERM=dumb in a real terminal: a message on stderr and exit 2; the screen is not drawn.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func dumbTerminalGetsAMessageAndExit2() throws {
        let folder = Self.demoFolder()
        let session = TmuxSession()
        defer { session.kill() }
        try session.tmux(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env", "TERM=dumb", "LANG=C.UTF-8", "sh", "-c",
                          session.appCommand(["--data-dir", folder.path, "--today", Self.today, "--lang", "en"]) + "; echo EXITED $?; sleep 60"])
        let screen = try session.waitFor(text: "EXITED")
        #expect(screen.contains("EXITED 2"))
        #expect(screen.contains("intervisie: terminal type TERM=dumb cannot move the cursor, so the screens cannot be drawn"))
        #expect(screen.contains("intervisie --help"))
        #expect(!screen.contains("3 groups"))
    }

    /// Without TERM, with a TERM terminfo does not know (control characters in it made visible),
    /// with TERM=dumb, or with input and output that are no terminal: a message that names the
    /// problem, in the user's language, and exit 2. Nothing is written to the data folder.
    @Test func unusableTerminalsGetAMessageAndExit2() throws {
        let folder = Self.demoFolder()
        let before = folder.snapshot()
        let arguments = ["--data-dir", folder.path, "--lang", "en"]

        let unset = Binary.run(arguments)  // Binary.run passes no TERM
        #expect(unset.status == 2)
        #expect(unset.stderr.contains("the TERM environment variable is not set"), "\(unset.stderr)")

        let dumb = Binary.run(["--data-dir", folder.path, "--lang", "nl"], environment: ["TERM": "dumb"])
        #expect(dumb.status == 2)
        #expect(dumb.stderr == "intervisie: terminaltype TERM=dumb kan de cursor niet verplaatsen, dus de schermen kunnen "
                + "niet worden getekend; de opdrachten werken wel: intervisie --help\n", "\(dumb.stderr)")

        let unknown = Binary.run(arguments, environment: ["TERM": "no-such-terminal\u{1B}[31m"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("TERM=no-such-terminal␛[31m is not in the terminfo database"), "\(unknown.stderr)")

        let piped = Binary.run(arguments, environment: ["TERM": "xterm-256color"])  // stdin and stdout are files
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("the screens need a terminal"), "\(piped.stderr)")
        #expect(piped.stdout.isEmpty, "no escape sequences written to a file")

        #expect(folder.snapshot() == before)
    }
}
