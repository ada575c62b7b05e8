import Foundation
import Testing

/// Saves in the real app (tmux, 100×30) while another program works on the same data folder: a
/// group file changed from the command line while the app has it open, and the folder's lock held
/// by another process. Nothing is lost, and the app says what happened and stays responsive.
@Suite("Saving while the folder changes (tmux)", .serialized)
struct SaveFlowTests {
    static func demo() -> TemporaryFolder {
        let folder = TemporaryFolder()
        let demo = Binary.run(["demo", "--groups", "8", "--data-dir", folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        return folder
    }

    static func meetings(_ folder: TemporaryFolder) -> String {
        Binary.run(["meeting", "list", "Chirurgen Utrecht", "--data-dir", folder.path, "--lang", "nl"]).stdout
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func aGroupChangedFromTheCommandLineIsReadAgainAndNothingIsLost() throws {
        let folder = Self.demo()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", "2026-11-22", "--lang", "nl"])
        _ = try session.waitFor(text: "8 groepen")
        try session.keys("Enter")  // the first row: Chirurgen Utrecht (errors first)
        _ = try session.waitFor(text: "1 Leden")

        // A meeting typed in the app: today, a topic of its own.
        try session.keys("n")
        _ = try session.waitFor(text: "Aanwezigheid: 8 aanwezig · 0 afwezig")
        try session.keys("Tab", "Tab", "Onderwerp uit de app")
        _ = try session.waitFor(text: "Onderwerp uit de app")

        // Meanwhile the command line adds a member to the same group.
        let added = Binary.run(["member", "add", "Chirurgen Utrecht", "Tessa Terminal", "--specialism", "Chirurgie",
                                "--data-dir", folder.path, "--lang", "nl"])
        #expect(added.status == 0, "\(added.stderr)")

        // Ctrl-S: refused, in Dutch, with the file named and a reload offered; nothing overwritten.
        try session.keys("C-s")
        var screen = try session.waitFor(text: "Niet bewaard")
        // The file named in full (a long path goes on over the next line, broken after a folder).
        #expect(screen.contains(folder.path + "/groups/") || screen.contains("/groups/"))
        #expect(screen.contains("gxnxe1.json is buiten deze app gewijzigd"))
        #expect(screen.contains("r: opnieuw inlezen"))
        #expect(!Self.meetings(folder).contains("Onderwerp uit de app"))
        let members = Binary.run(["member", "list", "Chirurgen Utrecht", "--data-dir", folder.path]).stdout
        #expect(members.contains("Tessa Terminal"), "the command line's member is still there")

        // r: the disk's state is shown (the new member is on the attendance list), the typed topic kept.
        try session.keys("r")
        screen = try session.waitFor(text: "opnieuw ingelezen van schijf")
        #expect(screen.contains("Aanwezigheid: 9 aanwezig · 0 afwezig"), "\(screen)")
        #expect(screen.contains("Tessa Terminal"))
        #expect(screen.contains("Onderwerp uit de app"))

        // Ctrl-S again: saved over what is there now.
        try session.keys("C-s")
        screen = try session.waitFor(text: "Bijeenkomst van 22-11-2026 vastgelegd")
        #expect(screen.contains("9 van 9 aanwezig"))
        try session.keys("Escape", "1")
        _ = try session.waitFor(text: "Tessa Terminal")
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")

        // Both changes are in the file.
        #expect(Self.meetings(folder).contains("Onderwerp uit de app"))
        #expect(Binary.run(["member", "list", "Chirurgen Utrecht", "--data-dir", folder.path]).stdout.contains("Tessa Terminal"))
    }

    @Test(.enabled(if: hasTmux && FileManager.default.isExecutableFile(atPath: "/usr/bin/flock"), "tmux or flock missing"))
    func theAppStaysResponsiveWhileAnotherProgramHoldsTheLock() throws {
        let folder = Self.demo()
        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", "2026-11-22", "--lang", "nl"])
        _ = try session.waitFor(text: "8 groepen")
        try session.keys("Enter")
        _ = try session.waitFor(text: "1 Leden")
        try session.keys("n")
        _ = try session.waitFor(text: "Aanwezigheid: 8 aanwezig")

        // Another program takes the data folder's lock for a few seconds.
        let held = folder.path + "/held"
        try session.tmux(["new-window", "-d", "flock", folder.path + "/.lock", "sh", "-c", "touch '\(held)'; sleep 4"])
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: held) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: held), "the lock was taken")

        // The save waits for the lock; the app draws that it is saving, and a resize is drawn at once.
        let asked = Date()
        try session.keys("C-s")
        _ = try session.waitFor(text: "Bewaren…", timeout: 2)
        try session.tmux(["resize-window", "-t", "ui", "-x", "90", "-y", "28"])
        _ = try session.waitFor("the app redrawn at 90×28", timeout: 2) { screen in
            screen.contains("Bewaren…") && screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 29
        }
        // Then it is saved, or refused with the lock named; either way the app says so.
        let screen = try session.waitFor("the save's outcome", timeout: 15) { $0.contains("vastgelegd") || $0.contains("slot") }
        #expect(Date().timeIntervalSince(asked) > 1, "it did wait for the lock")
        if screen.contains("vastgelegd") { #expect(Self.meetings(folder).contains("22-11-2026")) }
        try session.keys("Escape", "Escape", "q")
        _ = try session.waitFor(text: "EXITED 0")
    }
}
