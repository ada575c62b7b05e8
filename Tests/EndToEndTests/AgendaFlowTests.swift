import Foundation
import Testing

/// The supervisor's morning in the real app (tmux, 100×30, its own socket): the status line says
/// what is overdue and due this week, `a` opens the agenda, Enter on a meeting to hold opens that
/// group's new meeting, Esc comes back to the agenda. The counts and the order are those of
/// `intervisie agenda --json` on the same folder.
@Suite("The agenda, in tmux", .serialized)
struct AgendaFlowTests {
    static let today = "2026-12-10"

    static func run(_ arguments: [String], _ folder: TemporaryFolder) -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder.path, "--today", today, "--lang", "en"])
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func fromTheOverviewToTheAgendaAndEnterOnAMeetingToHold() throws {
        let folder = TemporaryFolder()
        #expect(Self.run(["demo", "--groups", "8"], folder).status == 0)
        let listed = Self.run(["agenda", "--json"], folder)
        let json = try #require(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any], "\(listed.stderr)")
        let actions = try #require(json["actions"] as? [[String: Any]])
        let overdue = actions.filter { $0["overdue"] as? Bool == true }.count
        let thisWeek = actions.filter { action in
            let due = action["due"] as? String ?? ""
            return due >= Self.today && due <= "2026-12-16"
        }.count
        #expect(overdue + thisWeek > 0, "the demo has something due")
        let target = try #require(actions.firstIndex { $0["kind"] as? String == "hold-meeting" })
        let group = try #require(actions[target]["groupName"] as? String)

        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", folder.path, "--today", Self.today, "--lang", "en"])
        var screen = try session.waitFor(text: "8 groups")
        var parts: [String] = []
        if overdue > 0 { parts.append("\(overdue) overdue") }
        if thisWeek > 0 { parts.append("\(thisWeek) due this week") }
        let reminder = parts.joined(separator: ", ")
        #expect(screen.split(separator: "\n").last?.contains(reminder) == true, "status line: \(reminder)\n\(screen)")

        try session.keys("a")
        screen = try session.waitFor(text: "Overview › Agenda")
        #expect(screen.contains("\(actions.count) actions in 8 groups"))
        for _ in 0..<target { try session.keys("Down") }
        _ = try session.waitFor("the action selected") { $0.contains("\(target + 1)/\(actions.count)") }
        try session.keys("Enter")
        _ = try session.waitFor(text: "Agenda › \(group) › New meeting")
        try session.keys("Escape")
        screen = try session.waitFor("back on the agenda") { $0.contains("\(target + 1)/\(actions.count)") && !$0.contains("New meeting") }
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")
    }
}
