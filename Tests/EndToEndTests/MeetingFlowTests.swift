import Foundation
import Testing

/// A supervisor records a meeting with two absences in the real app (tmux, 100×30) on the demo
/// data, and the changed attendance shows on the group screen and, the same, from the command line.
@Suite("Recording a meeting in tmux", .serialized)
struct MeetingFlowTests {
    struct Standing: Equatable {
        var attended: Int
        var expected: Int
        var attendance: Double?
    }

    /// `member list --json` of the group: name → attended, expected, attendance.
    static func standings(_ folder: TemporaryFolder) throws -> [String: Standing] {
        let result = Binary.run(["member", "list", "Chirurgen Utrecht", "--json", "--data-dir", folder.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        var standings: [String: Standing] = [:]
        for row in rows {
            standings[row["name"] as! String] = Standing(attended: row["attended"] as! Int, expected: row["expected"] as! Int,
                                                         attendance: row["attendance"] as? Double)
        }
        return standings
    }

    /// The percentage the members tab shows on a member's line ("86%").
    static func shownPercentage(of name: String, in screen: String) -> String? {
        // The member's row of the table (the header's actions may name the member too).
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix(" " + name) }) else { return nil }
        return line.split(separator: " ").first { $0.hasSuffix("%") && $0.dropLast().allSatisfy(\.isNumber) }.map(String.init)
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func twoAbsencesChangeTheAttendanceOnScreenAndInCheck() throws {
        let folder = TemporaryFolder()
        let demo = Binary.run(["demo", "--groups", "8", "--data-dir", folder.path])
        #expect(demo.status == 0, "\(demo.stderr)")
        let before = try Self.standings(folder)
        let absent = ["Petra Dijkstra", "Ümit van Leeuwen"]  // the second and third on the list

        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", "2026-11-22", "--lang", "en"])
        _ = try session.waitFor(text: "8 groups")
        try session.keys("Enter")  // the first row: Chirurgen Utrecht (errors first)
        _ = try session.waitFor(text: "1 Members")

        // n: a new meeting dated today, everyone present; two exceptions with Space.
        try session.keys("n")
        var screen = try session.waitFor(text: "Attendance: 8 present · 0 absent")
        #expect(screen.contains("Sunday 22 November 2026"))
        #expect(screen.contains("Absent with notice still counts as absent for the 75% rule."))
        try session.keys("Tab", "Tab", "Tab", "Tab", "Tab", "Tab", "Down", "Space", "Down", "Space")
        _ = try session.waitFor(text: "Attendance: 6 present · 2 absent")
        try session.keys("C-s")

        // What the meeting did, before leaving.
        screen = try session.waitFor(text: "Meeting of 2026-11-22 recorded")
        #expect(screen.contains("6 of 8 present."))
        #expect(screen.contains("Next meeting due by 2027-02-22 (was 2027-02-18)."))
        #expect(screen.contains("Petra Dijkstra: 100% → 86%"))
        try session.keys("Escape")
        _ = try session.waitFor("the meeting held on the meetings tab") { screen in
            screen.split(separator: "\n").contains { $0.contains("2026-11-22") && $0.contains("held") }
        }

        // The members tab: the new percentages.
        try session.keys("1")
        screen = try session.waitFor("the members tab with the new figures") { $0.contains("Attend.") && $0.contains("86%") }
        let shown = Dictionary(uniqueKeysWithValues: absent.map { ($0, Self.shownPercentage(of: $0, in: screen)) })
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")

        // The command line reads the same folder and agrees.
        let after = try Self.standings(folder)
        for (name, old) in before {
            let new = try #require(after[name])
            if absent.contains(name) {
                #expect(new.attended == old.attended && new.expected == old.expected + 1, "\(name): \(old) → \(new)")
                let percent = Int(((new.attendance ?? 0) * 100).rounded())
                #expect(shown[name] == "\(percent)%", "\(name) on screen \(String(describing: shown[name])), in member list \(percent)%")
            } else {
                #expect(new.attended == old.attended + 1 && new.expected == old.expected + 1, "\(name): \(old) → \(new)")
            }
        }
        #expect(shown["Petra Dijkstra"] == "86%")
        #expect(shown["Ümit van Leeuwen"] == "43%")

        let check = Binary.run(["check", "Chirurgen Utrecht", "--json", "--data-dir", folder.path, "--lang", "en"])
        #expect(check.status == 1)  // the group has errors
        let report = try #require(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let umit = findings.first { $0["rule"] as? String == "ATTENDANCE_75" && $0["member"] as? String == "Ümit van Leeuwen" }
        #expect(umit?["message"] as? String == "Ümit van Leeuwen can no longer reach 75%: at most 3 of 7, 6 needed")
        #expect(umit?["severity"] as? String == "error")
        let meetings = Binary.run(["meeting", "list", "Chirurgen Utrecht", "--data-dir", folder.path, "--lang", "en"])
        // An extra meeting (all six planned ones were held): no planned topic.
        #expect(meetings.stdout.contains("2026-11-22\t6/8\t\tabsent: Petra Dijkstra, Ümit van Leeuwen"))
    }
}
