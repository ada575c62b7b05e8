import Foundation
import Glibc
import Testing

/// Runs the real `intervisie` binary in tmux at 100×30, as a user would: first start, install the
/// demo data, overview, help, a group, quit, and the shell gets its screen back.
@Suite("Terminal UI in tmux", .serialized)
struct TmuxUITests {
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func firstStartDemoOverviewHelpGroupQuit() throws {
        let binary = Binary.url
        #expect(FileManager.default.isExecutableFile(atPath: binary.path), "build the product first: \(binary.path)")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }

        let session = TmuxSession()
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
        let again = TmuxSession()
        defer { again.kill() }
        try again.tmux(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env", "TERM=tmux-256color", "LANG=nl_NL.UTF-8",
                        "sh", "-c", "'\(binary.path)' --data-dir '\(data.path)' --today 2026-11-22; echo EXITED $?; sleep 60"])
        screen = try again.waitFor(text: "8 groepen")  // Dutch from LANG this time
        #expect(!screen.contains("Welkom"))
        try again.keys("C-c")
        _ = try again.waitFor(text: "EXITED 0")
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func sigtermAndResizeAndTooSmall() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        let session = TmuxSession()
        defer { session.kill() }
        let command = "'\(Binary.url.path)' --data-dir '\(data.path)' --today 2026-11-22 --lang nl; echo EXITED $?; sleep 60"
        try session.tmux(["new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "env", "TERM=tmux-256color", "LANG=C.UTF-8", "sh", "-c", command])
        _ = try session.waitFor(text: "Welkom bij intervisie")
        // Too small, then large again: redrawn at once.
        try session.tmux(["resize-window", "-t", "ui", "-x", "50", "-y", "12"])
        _ = try session.waitFor(text: "Terminal te klein")
        try session.tmux(["resize-window", "-t", "ui", "-x", "100", "-y", "30"])
        _ = try session.waitFor(text: "Welkom bij intervisie")
        // SIGTERM quits cleanly (exit status 0, terminal restored).
        let appPID = try #require(try session.appPID(), "the app's process under the pane's shell")
        #expect(kill(appPID, SIGTERM) == 0)
        let screen = try session.waitFor(text: "EXITED 0")
        #expect(!screen.contains("Welkom bij intervisie"))
    }
}
