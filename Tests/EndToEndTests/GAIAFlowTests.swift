import Foundation
import Testing

/// After a meeting the supervisor enters its attendance in GAIA from the real app (tmux, 100×30,
/// its own socket): `r` on the held meeting shows the BIG list and copies it to the clipboard
/// (OSC 52, which tmux takes with set-clipboard on), `i` marks it entered; the command line's
/// agenda then no longer asks for it.
@Suite("Attendance entered in GAIA, in tmux", .serialized)
struct GAIAFlowTests {
    static func run(_ arguments: [String], _ folder: TemporaryFolder) -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder.path, "--today", "2026-12-10", "--lang", "en"])
    }

    /// The `report-attendance` actions of `agenda --json`, by the meeting's date in their text.
    static func reportActions(_ folder: TemporaryFolder) throws -> [String] {
        let result = run(["agenda", "--json"], folder)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let actions = try #require(json["actions"] as? [[String: Any]])
        return actions.filter { $0["kind"] as? String == "report-attendance" }.compactMap { $0["text"] as? String }
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func theBIGListIsShownCopiedAndTheMeetingMarkedEntered() throws {
        let folder = TemporaryFolder()
        #expect(Self.run(["demo", "--groups", "8"], folder).status == 0)
        // Yesterday's meeting of Internisten Noord, not yet in GAIA.
        let add = Self.run(["meeting", "add", "Internisten Noord", "--date", "2026-12-09", "--time", "19:00-21:30"], folder)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try Self.reportActions(folder).contains { $0.contains("2026-12-09") })
        let list = Self.run(["export", "gaia", "Internisten Noord", "--date", "2026-12-09"], folder)
        let numbers = list.stdout.split(separator: "\n").map(String.init)
        #expect(!numbers.isEmpty && numbers.allSatisfy { $0.count == 11 && $0.allSatisfy(\.isNumber) })

        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", "2026-12-10", "--lang", "en"])
        _ = try session.tmux(["set", "-g", "set-clipboard", "on"])
        _ = try session.waitFor(text: "8 groups")
        try session.keys("/")
        try session.keys("-l", "Internisten")
        try session.keys("Enter", "Enter")
        // The header has the meeting's action, with its key; the meetings tab marks it not yet in GAIA.
        var screen = try session.waitFor(text: "Enter the attendance of 2026-12-09 in GAIA by 2027-01-08")
        try session.keys("2")
        screen = try session.waitFor(text: "19:00–21:30 held")
        #expect(screen.contains("not yet"))

        try session.keys("r")
        screen = try session.waitFor(text: "Sent to the clipboard (OSC 52)")
        #expect(screen.contains("Attendance in GAIA") && screen.contains("meeting of 2026-12-09 19:00–21:30"))
        for number in numbers { #expect(screen.contains(number)) }
        #expect(screen.contains("Not entered in GAIA yet, due by 2027-01-08."))
        // What tmux received is the list, one number a line.
        let buffer = try session.tmux(["show-buffer"])
        #expect(buffer.split(separator: "\n").map(String.init) == numbers)

        try session.keys("i")
        screen = try session.waitFor(text: "The attendance of 2026-12-09 was entered in GAIA on:")
        try session.keys("C-u")
        try session.keys("-l", "2026-12-11")
        try session.keys("Enter")
        _ = try session.waitFor(text: "2026-12-11 is after today (2026-12-10)")
        try session.keys("C-u")
        try session.keys("-l", "2026-12-10")
        try session.keys("Enter")
        screen = try session.waitFor(text: "Saved: attendance of 2026-12-09 entered in GAIA on 2026-12-10")
        #expect(screen.contains("✓ Entered in GAIA on 2026-12-10."))
        try session.keys("Escape")
        screen = try session.waitFor("the meetings tab") { $0.contains("19:00–21:30 held") && !$0.contains("Attendance in GAIA") }
        #expect(!screen.contains("not yet") && !screen.contains("Enter the attendance of 2026-12-09"))
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")

        // The command line agrees: nothing left to enter for that meeting, and the date is in the list.
        #expect(try Self.reportActions(folder).allSatisfy { !$0.contains("2026-12-09") })
        let meetings = Self.run(["meeting", "list", "Internisten Noord"], folder)
        #expect(meetings.stdout.contains("in GAIA on 2026-12-10"), "\(meetings.stdout)")
    }
}
