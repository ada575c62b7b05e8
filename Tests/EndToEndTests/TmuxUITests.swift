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
        #expect(screen.contains("Next action"))

        // ? shows the help generated from the key table, at the overview's keys.
        try session.keys("?")
        screen = try session.waitFor("help at the overview's keys") { $0.contains("All keys, per screen") && $0.contains("filter the list by name") }
        #expect(screen.split(separator: "\n").dropFirst(3).first?.trimmingCharacters(in: .whitespaces) == "Overview")
        try session.keys("Escape")
        _ = try session.waitFor(text: "8 groups")

        // Enter opens the selected group (the first row: errors first).
        try session.keys("Enter")
        screen = try session.waitFor(text: "1 Members")
        #expect(screen.contains("BIG number"))
        #expect(screen.contains("Overview › Chirurgen Utrecht"))
        try session.keys("3")
        _ = try session.waitFor(text: "Attendance 75%")  // the rule by its name; the id is for --json

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
        _ = try again.waitFor(text: "EXITED 130")
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

    /// SUPERVISOR_REGISTRATION of every finding in `check --json` on the folder.
    static func supervisorFindings(_ folder: TemporaryFolder) throws -> [[String: Any]] {
        let check = Binary.run(["check", "--json", "--data-dir", folder.path, "--lang", "en"])
        let report = try #require(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any], "\(check.stderr)")
        let findings = try #require(report["findings"] as? [[String: Any]])
        return findings.filter { $0["rule"] as? String == "SUPERVISOR_REGISTRATION" }
    }

    /// A folder without a profile: every group shows SUPERVISOR_REGISTRATION. The supervisor fills in
    /// the profile in the app (80×24, Dutch), from Settings; the overview drops the error at once, and
    /// `check --json` on the same folder no longer reports it.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func theProfileSetInTheAppSatisfiesSupervisorRegistration() throws {
        let folder = TemporaryFolder()
        let demo = Binary.run(["demo", "--groups", "3", "--data-dir", folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        try FileManager.default.removeItem(atPath: folder.url.appendingPathComponent("profile.json").path)
        #expect(try Self.supervisorFindings(folder).count == 3)

        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", "2026-11-22", "--lang", "nl"], width: 80, height: 24)
        var screen = try session.waitFor(text: "3 groepen · 3 met fouten")
        try session.keys("s")
        screen = try session.waitFor(text: "Profiel begeleider  ✗ nog niet ingevuld ›")
        try session.keys("End", "Enter")
        screen = try session.waitFor(text: "✗ Voldoet niet (registratie begeleider)")

        try session.tmux(["send-keys", "-t", "ui", "-l", "Marieke van den Berg"])
        try session.keys("Tab")
        try session.tmux(["send-keys", "-t", "ui", "-l", "06-1234"])
        _ = try session.waitFor(text: "telefoonnummer '06-1234' heeft 6 cijfers")
        try session.tmux(["send-keys", "-t", "ui", "-l", "5678"])
        try session.keys("Tab", "Right", "Right")
        _ = try session.waitFor(text: "‹ LVSC (coach/supervisor) ›")
        try session.keys("Tab")
        try session.tmux(["send-keys", "-t", "ui", "-l", "L-2019-7"])
        try session.keys("Tab")
        try session.tmux(["send-keys", "-t", "ui", "-l", "59"])
        screen = try session.waitFor(text: "LVSC-registratie met 59 uur")
        #expect(screen.contains("minimaal 60 nodig"))
        try session.keys("BSpace", "BSpace")
        try session.tmux(["send-keys", "-t", "ui", "-l", "60"])
        _ = try session.waitFor(text: "✓ Voldoet aan de eis voor de registratie van de begeleider")
        try session.keys("C-s")
        screen = try session.waitFor(text: "Profiel begeleider bewaard; 3 groepen opnieuw beoordeeld.")
        #expect(screen.contains("✓ Marieke van den Berg · LVSC (coach/supervisor) ›"))
        try session.keys("Escape")
        screen = try session.waitFor(text: "3 groepen ·")
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")

        #expect(try Self.supervisorFindings(folder).isEmpty)
        let shown = Binary.run(["supervisor", "show", "--data-dir", folder.path, "--lang", "en"])
        #expect(shown.stdout == "Marieke van den Berg\n06-12345678\nLVSC (coach/supervisor) · L-2019-7 · 60 h\n")
    }
}
