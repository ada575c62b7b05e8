import Foundation
import Glibc
import Testing

/// The terminal as people expect it from any full-screen program: Ctrl-C leaves with status 130,
/// and a terminal the screens cannot drive gets a clear message instead of a broken screen. Runs the real binary, in tmux where a terminal is needed.
@Suite("Terminal: interrupt, unusable terminals", .serialized)
struct TerminalBehaviourTests {
    private static let today = "2026-11-22"

    /// A data folder with three demo groups (the first is "Chirurgen Utrecht").
    private static func demoFolder() -> TemporaryFolder {
        let folder = TemporaryFolder()
        let demo = Binary.run(["demo", "--groups", "3", "--data-dir", folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        return folder
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
