import Foundation
import Testing

/// A supervisor marks next year's plan as submitted in GAIA and closes the year that ended, in the
/// real app (tmux, 100×30, its own socket); the command line then reads the same from the folder.
@Suite("The plan submitted and a year closed, in tmux", .serialized)
struct YearFlowTests {
    static func run(_ arguments: [String], _ folder: TemporaryFolder) -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder.path, "--today", "2026-12-10", "--lang", "en"])
    }

    /// `check --json`: each finding's rule and its year's first day ("" for the group as a whole).
    static func findings(_ arguments: [String], _ folder: TemporaryFolder) throws -> [(rule: String, year: String)] {
        let result = run(["check", "Internisten Noord", "--json"] + arguments, folder)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        return findings.map { ($0["rule"] as! String, (($0["year"] as? [String: String])?["from"]) ?? "") }
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func markSubmittedAndCloseTheEndedYear() throws {
        let folder = TemporaryFolder()
        // 10 December 2026: Internisten Noord's year to 30-11-2026 ended with two errors; its next
        // plan (from 01-12-2027) is made here and not yet submitted.
        #expect(Self.run(["demo", "--groups", "8"], folder).status == 0)
        let set = Self.run(["plan", "set", "Internisten Noord", "--from", "2027-12-01", "--to", "2028-11-30", "--meetings", "6"], folder)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try Self.findings([], folder).filter { $0.year == "2025-12-01" && $0.rule == "ATTENDANCE_75" }.count == 2)

        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", "2026-12-10", "--lang", "en"])
        _ = try session.waitFor(text: "8 groups")
        try session.keys("/")
        try session.keys("-l", "Internisten")
        try session.keys("Enter", "Enter")
        // The header's actions: the ended year to close, with its key.
        var screen = try session.waitFor(text: "Close year 2025/2026 by 2026-12-30 (key c)")

        // i: the date prompt, today; a day after today is refused in the dialog, an earlier day is marked.
        try session.keys("i")
        screen = try session.waitFor(text: "Yearly plan 2027-12-01 – 2028-11-30 was submitted in GAIA on:")
        #expect(screen.contains("2026-12-10"))
        try session.keys("C-u")
        try session.keys("-l", "2026-12-11")
        try session.keys("Enter")
        _ = try session.waitFor(text: "2026-12-11 is after today (2026-12-10)")
        try session.keys("C-u")
        try session.keys("-l", "2026-12-09")
        try session.keys("Enter")
        screen = try session.waitFor(text: "Saved: yearly plan 2027-12-01 – 2028-11-30 submitted in GAIA on 2026-12-09")
        #expect(screen.contains("submitted in GAIA on 2026-12-09"))

        // c: the confirmation lists the errors that stay open; n keeps the year, y closes it.
        try session.keys("c")
        screen = try session.waitFor(text: "These 2 errors stay open:")
        #expect(screen.contains("!! Thijs Visser attended 4 of the 6 meetings"))
        try session.keys("n")
        _ = try session.waitFor("the dialog closed") { !$0.contains("These 2 errors") && $0.contains("(key c)") }
        try session.keys("c")
        _ = try session.waitFor(text: "These 2 errors stay open:")
        try session.keys("y")
        screen = try session.waitFor(text: "Saved: year 2025-12-01 – 2026-11-30 closed")
        #expect(!screen.contains("(key c)"))
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")

        // The command line agrees: the plan's dates, and the closed year out of the default check
        // but still judged when asked for.
        let show = Self.run(["plan", "show", "Internisten Noord", "--from", "2027-12-01"], folder)
        #expect(show.stdout.contains("Submitted in GAIA: 2026-12-09"), "\(show.stdout)")
        #expect(try Self.findings([], folder).allSatisfy { $0.year != "2025-12-01" })
        #expect(try Self.findings(["--from", "2025-12-01"], folder).filter { $0.rule == "ATTENDANCE_75" }.count == 2)
    }
}
