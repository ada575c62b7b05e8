import Foundation
import Testing

/// The command line with hostile files and hostile text: nothing raw reaches the terminal, a
/// damaged file is reported and left alone, and a failing command writes nothing.
@Suite("Hostile input on the command line")
struct HostileInputCommandTests {
    let folder = TemporaryFolder()
    let files = TemporaryFolder()

    init() throws {
        try FileManager.default.createDirectory(at: files.url, withIntermediateDirectories: true)
    }

    @discardableResult
    func cli(_ arguments: String..., lang: String = "en") -> Binary.Result {
        Binary.run(in: files.path, arguments + ["--data-dir", folder.path, "--lang", lang])
    }

    /// ESC (clear screen), OSC 52 (write the clipboard) and BEL, as a hand-edited or received file may hold them.
    static let hostileName = "Evil\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{7}Name"

    /// A group written by another program: its name and a member's carry terminal sequences.
    @discardableResult
    func writeHostileGroup(id: String = "evil") throws -> String {
        #expect(cli("group", "add", "Gewoon").status == 0)
        let escaped = Self.hostileName.replacingOccurrences(of: "\u{1B}", with: "\\u001b").replacingOccurrences(of: "\u{7}", with: "\\u0007")
        let text = """
            {"format": "intervisie-group", "version": 1, "id": "\(id)", "name": "\(escaped)",
             "members": [{"id": "m1", "name": "\(escaped)"}],
             "plans": [{"from": "2026-01-01", "to": "2026-12-31", "totalMeetings": 4, "durationHours": 2,
                        "planned": [{"id": "\(escaped)", "date": "2026-05-01", "topic": "\(escaped)", "location": "\(escaped)"}]}],
             "meetings": [{"id": "a", "date": "2026-02-01", "topic": "\(escaped)", "start": "19:00", "end": "21:00", "location": "\(escaped)",
                           "attendance": [{"member": "m1", "present": false}]}]}
            """
        let path = folder.path + "/groups/\(id).json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// No ESC, BEL or other control character but the line ends (and the tabs between fields).
    func expectNothingRaw(_ result: Binary.Result, _ what: String) {
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
            #expect(raw.isEmpty, "\(what) \(stream) has raw control characters: \(text.debugDescription)")
        }
    }

    @Test("names with ESC, OSC 52 and BEL are shown as pictures by every command that prints them")
    func nothingRaw() throws {
        try writeHostileGroup()
        for arguments in [["group", "list"], ["member", "list", "evil"], ["check"], ["meeting", "list", "evil"], ["plan", "show", "evil"],
                          ["check", "evil"], ["member", "add", "evil", "Evil\u{1B}[2J"], ["agenda", "--today", "2026-03-01"],
                          ["agenda", "evil", "--today", "2026-12-20"], ["plan", "meeting", "evil", "--date", "2026-05-01", "--location", "\u{1B}[2J"]] {
            let result = Binary.run(in: files.path, arguments + ["--data-dir", folder.path, "--lang", "en"])
            expectNothingRaw(result, arguments.joined(separator: " "))
        }
        let list = cli("group", "list")
        #expect(list.stdout.contains("Evil\u{241B}[2J\u{241B}]52;c;SGVsbG8=\u{2407}Name"), "\(list.stdout)")
        // The places of a held and a planned meeting, and the agenda's group names, are shown the same way.
        let shown = "Evil\u{241B}[2J\u{241B}]52;c;SGVsbG8=\u{2407}Name"
        #expect(cli("plan", "show", "evil").stdout.contains("(\(shown))"))
        #expect(cli("meeting", "list", "evil").stdout.contains("\t19:00-21:00\tnot yet in GAIA\n"))
        let agenda = cli("agenda", "evil", "--today", "2026-03-01")
        #expect(agenda.stdout.contains("\(shown.prefix(23))…  "), "\(agenda.stdout)")  // cut to the name column's 24
        // Unknown group named with escapes: the refusal quotes it safely too.
        expectNothingRaw(cli("member", "list", "no\u{1B}[31mpe"), "refusal")
    }

    @Test("--json stays exact JSON: control characters escaped, the name read back unchanged")
    func jsonExact() throws {
        try writeHostileGroup()
        let result = cli("group", "list", "--json")
        #expect(!result.stdout.contains("\u{1B}"))
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["name"] as? String == Self.hostileName })
    }

    @Test("import shows its preview of a hostile file with pictures, before it asks")
    func importPreview() throws {
        let path = try writeHostileGroup()
        let handOver = files.path + "/in.json"
        try FileManager.default.moveItem(atPath: path, toPath: handOver)
        let result = cli("import", handOver)
        expectNothingRaw(result, "import")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\u{241B}[2J"))
    }

    @Test("a new name with a control character is refused at input, and nothing is written")
    func controlCharactersRefused() {
        let result = cli("group", "add", "Chirurgen\u{1B}[2J")
        #expect(result.status == 2)
        #expect(result.stderr.contains("control character (\u{241B})"), "\(result.stderr)")
        expectNothingRaw(result, "group add")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/groups"))
        #expect(cli("group", "add", "Gewoon").status == 0)
        let focus = cli("plan", "set", "gewoon", "--from", "2026-01-01", "--to", "2026-12-31", "--focus", "a\u{7}b")
        #expect(focus.status == 2)
        #expect(focus.stderr.contains("focus area: contains a control character (\u{2407})"), "\(focus.stderr)")
        let long = cli("group", "add", String(repeating: "x", count: 201))
        #expect(long.status == 2)
        #expect(long.stderr.contains("too long: 201 characters, at most 200"), "\(long.stderr)")
    }

    @Test("an absurd value in a file (1e18 hours, a 20-digit number): reported with path and position; the other groups work")
    func absurdFile() throws {
        #expect(cli("group", "add", "Gewoon").status == 0)
        let path = folder.path + "/groups/odd.json"
        try Data("""
            {"format": "intervisie-group", "version": 1, "id": "odd", "name": "Odd",
             "plans": [{"from": "2026-01-01", "to": "2026-12-31", "durationHours": 1e18, "totalMeetings": 12345678901234567890123}]}
            """.utf8).write(to: URL(fileURLWithPath: path))
        let list = cli("group", "list")
        #expect(list.status == 0)
        #expect(list.stdout.contains("gewoon"))
        #expect(list.stderr.contains("\(path): unreadable at line 2, column"), "\(list.stderr)")
        // Naming the damaged group says what is wrong with its file, not "unknown group".
        let edit = cli("plan", "set", "odd", "--meetings", "4")
        #expect(edit.status == 2)
        #expect(edit.stderr.contains("did not load: \(path): unreadable"), "\(edit.stderr)")
    }

    @Test("a damaged profile.json or settings.json is reported and left alone; the commands still work")
    func damagedProfile() throws {
        #expect(cli("group", "add", "Gewoon").status == 0)
        let profile = folder.path + "/profile.json"
        try Data("{\"format\": \"intervisie-profile\", \"version\": 1, \"name\": ".utf8).write(to: URL(fileURLWithPath: profile))
        try Data("{\"format\": \"intervisie-settings\"".utf8).write(to: URL(fileURLWithPath: folder.path + "/settings.json"))
        let list = cli("group", "list")
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stderr.contains("\(profile): unreadable at line 1"), "\(list.stderr)")
        #expect(list.stderr.contains("settings.json: unreadable"), "\(list.stderr)")
        let set = cli("supervisor", "set", "--name", "S", "--phone", "06-12345678", "--registration", "cvm")
        #expect(set.status == 2)
        #expect(set.stderr.contains("Not saved: \(profile) will not be overwritten"), "\(set.stderr)")
        #expect(try String(contentsOfFile: profile, encoding: .utf8) == "{\"format\": \"intervisie-profile\", \"version\": 1, \"name\": ")
    }

    @Test("a FIFO or a folder given to import is named as one, at once")
    func importOddFiles() throws {
        let fifo = files.path + "/pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = cli("import", fifo)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(fifo) is a FIFO (named pipe), not a regular file"), "\(result.stderr)")
        let dutch = cli("import", files.path, lang: "nl")
        #expect(dutch.stderr.contains("\(files.path) is een map, geen gewoon bestand"), "\(dutch.stderr)")
        let missing = cli("import", files.path + "/nope.json")
        #expect(missing.stderr.contains("nope.json does not exist"), "\(missing.stderr)")
    }

    @Test("-o '' says the file name is empty")
    func emptyOutput() {
        #expect(cli("group", "add", "Gewoon").status == 0)
        for export in [["group", "gewoon"], ["gaia", "gewoon", "--date", "2026-02-01"]] {
            let result = Binary.run(in: files.path, ["export"] + export + ["-o", "", "--data-dir", folder.path, "--lang", "en"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("the file name is empty"), "\(export): \(result.stderr)")
        }
    }

    @Test("a meeting's place with a control character or too long is refused, planned or held, and nothing is written")
    func placesRefused() throws {
        #expect(cli("group", "add", "Gewoon").status == 0)
        #expect(cli("plan", "set", "gewoon", "--from", "2026-01-01", "--to", "2026-12-31", "--meetings", "4", "--duration", "2").status == 0)
        let before = try String(contentsOfFile: folder.path + "/groups/gewoon.json", encoding: .utf8)
        let planned = cli("plan", "meeting", "gewoon", "--date", "2026-05-01", "--location", "Zaal\u{1B}]52;c;SGVsbG8=\u{7}")
        #expect(planned.status == 2)
        #expect(planned.stderr.contains("location: contains a control character (\u{241B})"), "\(planned.stderr)")
        expectNothingRaw(planned, "plan meeting")
        let held = cli("meeting", "add", "gewoon", "--date", "2026-02-01", "--today", "2026-03-01", "--location", String(repeating: "z", count: 201))
        #expect(held.status == 2)
        #expect(held.stderr.contains("location: too long: 201 characters, at most 200"), "\(held.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/groups/gewoon.json", encoding: .utf8) == before)
    }

    @Test("demo on a full disk writes nothing, not even profile.json")
    func demoFullDisk() throws {
        // The file size limit makes writes fail past 4 KiB, as a full disk does (SIGXFSZ ignored,
        // so the write returns EFBIG instead of killing the process).
        let command = "trap '' XFSZ; ulimit -f 4; exec '\(Binary.url.path)' demo --groups 3 --data-dir '\(folder.path)' --lang en"
        let result = Binary.spawn(["/bin/bash", "-c", command], environment: ["PATH": "/usr/bin:/bin", "INTERVISIE_TODAY": "2026-11-22"])
        #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("No space left"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/profile.json"))
        let groups = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/groups")) ?? []
        #expect(groups.isEmpty, "\(groups)")
    }
}
