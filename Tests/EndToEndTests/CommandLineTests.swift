import Foundation
import Testing

/// The command line end to end: the built binary on a temporary data folder.
@Suite("Command line")
struct CommandLineTests {
    let folder = TemporaryFolder()

    @discardableResult
    func cli(_ arguments: String..., today: String = "2026-11-22") -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder.path, "--lang", "en"], environment: ["INTERVISIE_TODAY": today])
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A supervisor's year in commands: profile, group, members, plan, meetings, evaluation.
    func setUpGroup() {
        cli("supervisor", "set", "--name", "Marieke van den Berg", "--phone", "06-12345678", "--registration", "cvm")
        #expect(cli("group", "add", "Chirurgen Utrecht").stdout == "chirurgen-utrecht\n")
        let people = [("Anna Müller", "123456789"), ("Bram Çelik", "1234567890"), ("Eva de Vries", "12345678901"),
                      ("Joost Jansen", "23456789012"), ("Zoë Bakker", "34567890123")]
        for (index, (name, big)) in people.enumerated() {
            var args = ["member", "add", "Chirurgen Utrecht", name, "--specialism", "Chirurgie", "--big", big, "--phone", "06-1111111\(index)"]
            if index == 0 { args.append("--contact") }
            #expect(Binary.run(args + ["--data-dir", folder.path]).status == 0)
        }
        #expect(cli("plan", "set", "chirurgen-utrecht", "--from", "2026-01-01", "--to", "31-12-2026", "--meetings", "4",
                    "--duration", "2,5", "--focus", "Communicatie", "--focus", "Samenwerking", "--method", "Incidentmethode").status == 0)
        for date in ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"] {
            #expect(cli("plan", "meeting", "chirurgen-utrecht", "--date", date, "--topic", "Casus \(date)").status == 0)
        }
        #expect(cli("plan", "submitted", "chirurgen-utrecht", "--date", "2026-01-10").status == 0)
    }

    @Test func aWholeYearFromTheCommandLine() throws {
        setUpGroup()
        #expect(cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01", "--absent", "anna müller").stdout == "mt-20260201\n")
        cli("meeting", "add", "chirurgen-utrecht", "--date", "15-04-2026", "--excused", "Anna Müller", "--reason", "Dienst")
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-07-01", "--topic", "Grenzen", "--method", "Balintmethode")
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-09-20")

        // Anna attended 2 of 4: below 75 %, and no meetings remain.
        let check = cli("check", "--json", today: "2026-12-05")
        #expect(check.status == 1)
        let findings = try #require(try json(check.stdout)["findings"] as? [[String: Any]])
        #expect(try json(check.stdout)["today"] as? String == "2026-12-05")
        let attendance = findings.filter { $0["rule"] as? String == "ATTENDANCE_75" }
        #expect(attendance.count == 1)
        #expect(attendance.first?["member"] as? String == "Anna Müller")
        #expect(attendance.first?["severity"] as? String == "error")
        #expect(attendance.first?["group"] as? String == "chirurgen-utrecht")
        #expect(attendance.first?["groupName"] as? String == "Chirurgen Utrecht")
        // The year ends within 30 days without an evaluation.
        let evaluation = findings.filter { $0["rule"] as? String == "ANNUAL_EVALUATION" }
        #expect(evaluation.first?["severity"] as? String == "warning")
        #expect(evaluation.first?["due"] as? String == "2026-12-31")
        // Every finding has the documented keys.
        for finding in findings {
            #expect(Set(finding.keys) == ["group", "groupName", "rule", "severity", "member", "due", "year", "message"])
        }

        #expect(cli("evaluation", "add", "chirurgen-utrecht", "--date", "2026-11-20", "--went-well", "Veilige sfeer",
                    "--agreements", "Zes keer volgend jaar").stdout.hasPrefix("ev-20261120"))
        let after = try #require(try json(cli("check", "--json", today: "2026-12-05").stdout)["findings"] as? [[String: Any]])
        #expect(!after.contains { $0["rule"] as? String == "ANNUAL_EVALUATION" })

        // The member list shows the standing: 2 of 4, may miss -1.
        let members = try #require(JSONSerialization.jsonObject(with: Data(cli("member", "list", "chirurgen-utrecht", "--json").stdout.utf8)) as? [[String: Any]])
        let anna = try #require(members.first { $0["name"] as? String == "Anna Müller" })
        #expect(anna["attended"] as? Int == 2)
        #expect(anna["expected"] as? Int == 4)
        #expect(anna["big"] as? String == "00123456789")
        #expect(anna["hoursThisYear"] as? Double == 5)
        #expect(anna["contact"] as? Bool == true)
    }

    @Test func aHealthyGroupExitsZero() throws {
        setUpGroup()
        for date in ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"] {
            cli("meeting", "add", "chirurgen-utrecht", "--date", date)
        }
        cli("evaluation", "add", "chirurgen-utrecht", "--date", "2026-09-20")
        cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "2027-12-31", "--meetings", "4", "--duration", "2,5")
        let check = cli("check", "chirurgen-utrecht")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("0 errors"))
    }

    @Test("bad input: exit 2, a message naming the problem, nothing written", arguments: [
        (["meeting", "add", "chirurgen-utrecht", "--date", "30-02-2026"], "does not exist"),
        (["meeting", "add", "chirurgen-utrecht", "--date", "tomorrow"], "not a date"),
        (["meeting", "add", "chirurgen-utrecht", "--date", "2026-12-01"], "after today"),
        (["meeting", "add", "chirurgen-utrecht", "--date", "2025-12-01"], "2025-12-01 is outside the year 2026-01-01 – 2026-12-31"),
        (["meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01", "--absent", "Nobody"], "no member 'Nobody'"),
        (["meeting", "add", "Orthopeden", "--date", "2026-02-01"], "unknown group 'Orthopeden'"),
        (["member", "add", "chirurgen-utrecht", "Piet", "--big", "12-34"], "BIG number"),
        (["member", "add", "chirurgen-utrecht", "anna müller"], "already a member"),
        (["plan", "set", "chirurgen-utrecht", "--from", "2026-06-01", "--to", "2027-05-31"], "overlaps"),
        (["plan", "set", "chirurgen-utrecht", "--duration", "twee"], "not a duration"),
        (["plan", "set", "chirurgen-utrecht", "--from", "2027-01-01"], "--from and --to together"),
        (["plan", "meeting", "chirurgen-utrecht", "--date", "2027-03-01"], "no yearly plan contains"),
        (["group", "add", "Chirurgen Utrecht"], "already a group"),
        (["supervisor", "set", "--name", "X", "--phone", "1", "--registration", "nvk"], "registration"),
        // The profile is checked as on the profile screen (Core's Supervisor.checked, NumberInput.totalHours).
        (["supervisor", "set", "--name", "X", "--phone", "06-1234", "--registration", "cvm"], "phone number '06-1234' has 6 digits"),
        (["supervisor", "set", "--name", " ", "--phone", "06-12345678", "--registration", "cvm"], "the name is empty"),
        (["supervisor", "set", "--name", "X", "--phone", "06-12345678", "--registration", "lvsc", "--hours", "zestig"],
         "--hours: 'zestig' is not a number of hours"),
        (["check", "--today", "2026-13-01"], "--today"),
        (["check", "--frobnicate"], "frobnicate"),
        (["member", "remove", "chirurgen-utrecht", "Anna Müller", "--date", "2026-02-31"], "does not exist"),
    ] as [([String], String)])
    func badInput(arguments: [String], message: String) {
        setUpGroup()
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01")
        let before = folder.snapshot()
        let result = Binary.run(arguments + ["--data-dir", folder.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(folder.snapshot() == before)
    }

    @Test func messagesFollowTheLanguage() {
        setUpGroup()
        let dutch = Binary.run(["meeting", "add", "chirurgen-utrecht", "--date", "30-02-2026", "--data-dir", folder.path],
                               environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.stderr.contains("bestaat niet"))
        let english = Binary.run(["meeting", "add", "chirurgen-utrecht", "--date", "30-02-2026", "--data-dir", folder.path, "--lang", "en"],
                                 environment: ["LANG": "nl_NL.UTF-8"])
        #expect(english.stderr.contains("does not exist"))
        Binary.run(["meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01", "--data-dir", folder.path])
        let check = Binary.run(["check", "--data-dir", folder.path], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(check.stdout.contains("FOUT   MEETING_INTERVAL [uiterlijk 01-05-2026]: Geen bijeenkomst sinds 01-02-2026"))
        #expect(check.stdout.contains("1 groep: 1 fout"))
    }

    @Test func globalOptionsBeforeTheCommandAndTodayFromTheEnvironment() throws {
        setUpGroup()
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01")
        let early = Binary.run(["--data-dir", folder.path, "--lang", "en", "check", "--json"], environment: ["INTERVISIE_TODAY": "2026-02-02"])
        #expect(try json(early.stdout)["today"] as? String == "2026-02-02")
        let late = Binary.run(["--data-dir", folder.path, "check", "--json", "--today", "2026-05-02"])
        let findings = try #require(try json(late.stdout)["findings"] as? [[String: Any]])
        // 1 Feb + 3 months = 1 May, and nothing since.
        #expect(findings.contains { $0["rule"] as? String == "MEETING_INTERVAL" && $0["severity"] as? String == "error" && $0["due"] as? String == "2026-05-01" })
    }

    @Test func dataFolderFromTheEnvironment() throws {
        let xdg = TemporaryFolder()
        let home = TemporaryFolder()
        #expect(Binary.run(["group", "add", "A"], environment: ["INTERVISIE_DATA": folder.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/groups/a.json"))
        #expect(Binary.run(["group", "add", "B"], environment: ["XDG_DATA_HOME": xdg.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: xdg.path + "/intervisie/groups/b.json"))
        #expect(Binary.run(["group", "add", "C"], environment: ["HOME": home.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: home.path + "/.local/share/intervisie/groups/c.json"))
        // --data-dir beats the environment.
        #expect(Binary.run(["group", "list", "--data-dir", folder.path], environment: ["XDG_DATA_HOME": xdg.path]).stdout.contains("\tA\t"))
    }

    @Test func filesAreForTheOwnerOnly() throws {
        setUpGroup()
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        for file in ["groups/chirurgen-utrecht.json", "profile.json"] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/" + file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
    }

    @Test func aCorruptFileIsReportedAndNeverOverwritten() throws {
        setUpGroup()
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01")
        #expect(cli("group", "add", "Internisten").status == 0)
        let path = folder.path + "/groups/internisten.json"
        let broken = Data("{\n  \"format\": \"intervisie-group\",\n  \"version\": 1,\n  \"name\": ,\n}".utf8)
        try broken.write(to: URL(fileURLWithPath: path))

        let check = cli("check", "--json")
        #expect(check.status == 1)
        let problems = try #require(try json(check.stdout)["problems"] as? [[String: Any]])
        #expect(problems.first?["path"] as? String == path)
        #expect((problems.first?["message"] as? String)?.contains("line 4") == true)
        // The other group is still checked.
        #expect(check.stdout.contains("chirurgen-utrecht"))
        let text = cli("check")
        #expect(text.stderr.contains(path))
        // Adding a group with the same name cannot replace the broken file.
        cli("group", "add", "Internisten")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == broken)
    }

    @Test func aNewerFileOpensReadOnly() throws {
        setUpGroup()
        let path = folder.path + "/groups/chirurgen-utrecht.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 7")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let list = cli("group", "list")
        #expect(list.stdout.contains("Chirurgen Utrecht"))
        #expect(list.stderr.contains("version 7"))
        let edit = cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01")
        #expect(edit.status == 2)
        #expect(edit.stderr.contains(path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func demoFillsOnlyAnEmptyFolder() throws {
        let result = cli("demo", "--groups", "5", "--seed", "3")
        #expect(result.status == 0)
        let list = cli("group", "list", "--json")
        let groups = try #require(JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(groups.count == 5)
        #expect(cli("demo").status == 2)
        let other = TemporaryFolder()
        #expect(Binary.run(["demo", "--groups", "5", "--seed", "3", "--data-dir", other.path]).status == 0)
        #expect(Binary.run(["group", "list", "--json", "--data-dir", other.path]).stdout == list.stdout)
    }

    @Test func memberLeavesAndEditsKeepTheRecord() throws {
        setUpGroup()
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01")
        #expect(cli("member", "remove", "chirurgen-utrecht", "Zoë Bakker", "--date", "2026-03-01").status == 0)
        #expect(cli("member", "edit", "chirurgen-utrecht", "Eva de Vries", "--name", "Eva de Vries-Smit", "--period-start", "2024-01-01").status == 0)
        let list = cli("member", "list", "chirurgen-utrecht")
        #expect(list.stdout.contains("Zoë Bakker"))
        #expect(list.stdout.contains("(left 2026-03-01)"))
        #expect(list.stdout.contains("Eva de Vries-Smit"))
        let findings = try #require(try json(cli("check", "--json").stdout)["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "GROUP_FIXED" && $0["member"] as? String == "Zoë Bakker" })
    }

    @Test func helpExitsZero() {
        let help = Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("check"))
        #expect(Binary.run(["meeting", "add", "--help"]).stdout.contains("--absent"))
    }
}
