import Foundation
import Testing

/// The supervisor's agenda and the GAIA steps on the command line: `agenda`, `meeting reported`,
/// `export gaia`, the sign-in sheet, meeting times and places, moved meetings in the calendar.
@Suite("Agenda and GAIA steps on the command line")
struct AgendaCommandTests {
    let folder = TemporaryFolder()

    @discardableResult
    func cli(_ arguments: String..., today: String = "2026-03-01", lang: String = "en", environment: [String: String] = [:]) -> Binary.Result {
        var env = environment
        env["INTERVISIE_TODAY"] = today
        return Binary.run(arguments + ["--data-dir", folder.path, "--lang", lang], environment: env)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Chirurgen Utrecht: 5 members (one without a BIG number, one with leading zeros), the 2026
    /// plan submitted in GAIA, meetings held on 2026-01-20 (Bram absent) and 2026-02-20.
    func setUp() {
        cli("supervisor", "set", "--name", "Marieke van den Berg", "--phone", "06-12345678", "--registration", "cvm", today: "2025-12-01")
        cli("group", "add", "Chirurgen Utrecht", today: "2025-12-01")
        for (name, big) in [("Anna Müller", "012345678"), ("Bram Çelik", "12345678901"), ("Eva de Vries", ""),
                            ("Joost Jansen", "12345678903"), ("Zoë Bakker", "12345678904")] {
            var args = ["member", "add", "chirurgen-utrecht", name, "--specialism", "Chirurgie", "--phone", "06-11111111"]
            if !big.isEmpty { args += ["--big", big] }
            #expect(Binary.run(args + ["--data-dir", folder.path], environment: ["INTERVISIE_TODAY": "2025-12-01"]).status == 0)
        }
        cli("member", "edit", "chirurgen-utrecht", "Anna Müller", "--contact", today: "2025-12-01")
        cli("plan", "set", "chirurgen-utrecht", "--from", "2026-01-01", "--to", "2026-12-31", "--meetings", "4", "--duration", "2",
            "--focus", "Communicatie", "--method", "Incidentmethode", today: "2025-12-01")
        for date in ["2026-01-20", "2026-04-15", "2026-07-01", "2026-09-20"] {
            #expect(cli("plan", "meeting", "chirurgen-utrecht", "--date", date, "--topic", "Casus", today: "2025-12-01").status == 0)
        }
        #expect(cli("plan", "submitted", "chirurgen-utrecht", "--date", "2025-12-10", today: "2025-12-10").status == 0)
        #expect(cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-01-20", "--absent", "Bram Çelik",
                    "--time", "19:00-21:30", "--location", "Zaal 2", today: "2026-01-20").status == 0)
        #expect(cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-20", today: "2026-02-20").status == 0)
    }

    // MARK: agenda

    @Test("agenda --json: every action with group, kind, due, rule and text, by due date; exit 1 when one is overdue")
    func agendaJSON() throws {
        setUp()
        let result = cli("agenda", "--json", today: "2026-03-01")
        #expect(result.status == 1, "the attendance of 2026-01-20 is overdue since 2026-02-19")
        let object = try json(result.stdout)
        #expect(object["today"] as? String == "2026-03-01")
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(actions.map { $0["due"] as! String } == actions.map { $0["due"] as! String }.sorted())
        let first = try #require(actions.first)
        #expect(first["group"] as? String == "chirurgen-utrecht" && first["groupName"] as? String == "Chirurgen Utrecht")
        #expect(first["kind"] as? String == "report-attendance" && first["due"] as? String == "2026-02-19")
        #expect(first["rule"] is NSNull && first["overdue"] as? Bool == true)
        #expect(first["text"] as? String == "Enter the attendance of 2026-01-20 in GAIA by 2026-02-19")
        let kinds = actions.map { $0["kind"] as! String }
        #expect(kinds.contains("hold-meeting") && kinds.contains("evaluate") && kinds.contains("plan-next-year"))
        let hold = try #require(actions.first { $0["kind"] as? String == "hold-meeting" })
        #expect(hold["rule"] as? String == "MEETING_INTERVAL" && hold["due"] as? String == "2026-04-15")
        #expect(hold["year"] as? [String: String] == ["from": "2026-01-01", "to": "2026-12-31"])
    }

    @Test("meeting reported takes an action off the agenda; with nothing overdue agenda exits 0")
    func reportedClearsTheAction() throws {
        setUp()
        let marked = cli("meeting", "reported", "chirurgen-utrecht", "--date", "2026-01-20", "--on", "2026-01-22", today: "2026-03-01")
        #expect(marked.status == 0, "\(marked.stderr)")
        #expect(marked.stdout == "Attendance of 2026-01-20: entered in GAIA on 2026-01-22\n")
        #expect(cli("meeting", "reported", "chirurgen-utrecht", "--date", "2026-02-20", today: "2026-03-01").status == 0)
        let result = cli("agenda", "--json", today: "2026-03-01")
        #expect(result.status == 0, "\(result.stdout)")
        let kinds = try #require(try json(result.stdout)["actions"] as? [[String: Any]]).map { $0["kind"] as! String }
        #expect(!kinds.contains("report-attendance"))
        let file = try String(contentsOfFile: folder.path + "/groups/chirurgen-utrecht.json", encoding: .utf8)
        #expect(file.contains(#""reported": "2026-01-22""#) && file.contains(#""reported": "2026-03-01""#))
        #expect(file.contains(#""start": "19:00", "end": "21:30", "location": "Zaal 2""#))
    }

    @Test("meeting reported --undo takes the mark back and the action returns; --undo with --on is refused")
    func undoBringsTheActionBack() throws {
        setUp()
        #expect(cli("meeting", "reported", "chirurgen-utrecht", "--date", "2026-01-20", today: "2026-03-01").status == 0)
        let refused = cli("meeting", "reported", "chirurgen-utrecht", "--date", "2026-01-20", "--undo", "--on", "2026-01-22", today: "2026-03-01")
        #expect(refused.status != 0 && refused.stderr.contains("--undo takes the mark back"), "\(refused.stderr)")
        let undone = cli("meeting", "reported", "chirurgen-utrecht", "--date", "2026-01-20", "--undo", today: "2026-03-01")
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout == "Attendance of 2026-01-20: no longer marked as entered in GAIA\n")
        let actions = try #require(try json(cli("agenda", "--json", today: "2026-03-01").stdout)["actions"] as? [[String: Any]])
        #expect(actions.contains { $0["kind"] as? String == "report-attendance" })
        let file = try String(contentsOfFile: folder.path + "/groups/chirurgen-utrecht.json", encoding: .utf8)
        #expect(!file.contains(#""reported": "2026-03-01""#))
    }

    @Test("meeting reported refuses a wrong date and writes nothing", arguments: [
        (["--date", "2026-01-21"], "no meeting on 2026-01-21"),
        (["--date", "2026-01-20", "--on", "2026-01-19"], "is before the meeting of 2026-01-20"),
        (["--date", "2026-01-20", "--on", "2026-03-02"], "2026-03-02"),
        (["--date", "20-01-2026", "--on", "31-02-2026"], "--on: '31-02-2026' does not exist"),
    ])
    func reportedRefusals(arguments: [String], message: String) {
        setUp()
        let before = folder.snapshot()
        let result = Binary.run(["meeting", "reported", "chirurgen-utrecht"] + arguments + ["--data-dir", folder.path, "--lang", "en"],
                                environment: ["INTERVISIE_TODAY": "2026-03-01"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(folder.snapshot() == before)
    }

    @Test("agenda text: sections by when things are due, wrapped to the terminal; Dutch words; --until and one group")
    func agendaText() {
        setUp()
        let nl = cli("agenda", today: "2026-03-01", lang: "nl", environment: ["COLUMNS": "80"])
        #expect(nl.status == 1)
        let lines = nl.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(Array(lines.prefix(3)) == [
            "Te laat (1)",
            "  Chirurgen Utrecht  Aanwezigheid van 20-01-2026 invoeren in GAIA, uiterlijk",
            "                     19-02-2026",
        ], "\(nl.stdout)")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(nl.stdout)")
        #expect(nl.stdout.contains("\nDeze maand (1)\n") && nl.stdout.contains("\nLater ("))
        #expect(lines.last?.hasSuffix("acties, waarvan 1 te laat") == true)
        let soon = cli("agenda", "chirurgen-utrecht", "--until", "2026-03-01", today: "2026-03-01")
        #expect(soon.stdout.hasPrefix("Overdue (1)\n") && !soon.stdout.contains("Later"), "\(soon.stdout)")
        #expect(cli("agenda", "--until", "morgen").status == 2)
        #expect(cli("agenda", "Unknown group").status == 2)
        // Without a terminal or COLUMNS, lines are not wrapped (for grep).
        let piped = cli("agenda", today: "2026-03-01")
        #expect(piped.stdout.contains("Enter the attendance of 2026-01-20 in GAIA by 2026-02-19\n"))
    }

    @Test("agenda on the demo agrees with check: every error is on the agenda, with its rule")
    func agendaAgreesWithCheck() throws {
        #expect(cli("demo", "--groups", "30", today: "2026-11-22").status == 0)
        let check = try json(cli("check", "--json", today: "2026-11-22").stdout)
        let agenda = try json(cli("agenda", "--json", today: "2026-11-22").stdout)
        let errors = try #require(check["findings"] as? [[String: Any]]).filter { $0["severity"] as? String == "error" }
        let actions = try #require(agenda["actions"] as? [[String: Any]])
        #expect(!errors.isEmpty)
        for error in errors {
            let group = error["group"] as! String
            let rule = error["rule"] as! String
            let candidates = actions.filter { $0["group"] as? String == group && $0["severity"] as? String == "error" }
            #expect(candidates.contains { $0["rule"] as? String == rule || $0["kind"] as? String == "close-year" },
                    "\(group): \(rule) has no action")
        }
    }

    // MARK: export gaia

    @Test("export gaia: the present BIG-registered members' numbers, 11 digits, one per line; to a file with -o")
    func exportGAIA() throws {
        setUp()
        let out = cli("export", "gaia", "chirurgen-utrecht", "--date", "2026-01-20")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "00012345678\n12345678903\n12345678904\n")  // Bram absent, Eva without a BIG number
        #expect(cli("export", "gaia", "chirurgen-utrecht", "--date", "2026-02-20").stdout
                == "00012345678\n12345678901\n12345678903\n12345678904\n")
        let path = folder.path + "/gaia.txt"
        let written = cli("export", "gaia", "chirurgen-utrecht", "--date", "2026-01-20", "-o", path)
        #expect(written.status == 0 && written.stdout == path + "\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "00012345678\n12345678903\n12345678904\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(cli("export", "gaia", "chirurgen-utrecht", "--date", "2026-01-20", "-o", path).status == 2)
        #expect(cli("export", "gaia", "chirurgen-utrecht", "--date", "2026-01-20", "-o", path, "--force").status == 0)
        let none = cli("export", "gaia", "chirurgen-utrecht", "--date", "2026-01-21")
        #expect(none.status == 2 && none.stderr.contains("no meeting on 2026-01-21") && none.stdout.isEmpty)
    }

    // MARK: sign-in sheet, times, calendar

    @Test("export attendance --date of a planned meeting: a blank sign-in sheet that python-docx reads")
    func signInSheet() throws {
        setUp()
        #expect(cli("plan", "meeting", "chirurgen-utrecht", "--date", "2026-04-15", "--time", "19.30-22.00", "--location", "Zaal 3").status == 0)
        let result = Binary.run(in: folder.path, ["export", "attendance", "chirurgen-utrecht", "--date", "15-04-2026",
                                                  "--data-dir", folder.path, "--lang", "nl"], environment: ["INTERVISIE_TODAY": "2026-03-01"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == folder.path + "/presentielijst-2026-04-15-Chirurgen-Utrecht.docx\n")
        guard PythonReader.canImport("docx") else { return }
        let document = try #require(try PythonReader.json(PythonReader.docx, [folder.path + "/presentielijst-2026-04-15-Chirurgen-Utrecht.docx"]) as? [String: Any])
        let tables = try #require(document["tables"] as? [[[String]]])
        #expect(tables[1] == [["Datum", "15-04-2026"], ["Tijd", "van 19:30 tot 22:00"], ["Onderwerp", "Casus"],
                              ["Methode", "______________"], ["Locatie", "Zaal 3"]])
        #expect(tables[2] == [["Naam", "BIG-nummer", "Handtekening"], ["Anna Müller", "00012345678", ""], ["Bram Çelik", "12345678901", ""],
                              ["Eva de Vries", "geen", ""], ["Joost Jansen", "12345678903", ""], ["Zoë Bakker", "12345678904", ""]])
        let missing = cli("export", "attendance", "chirurgen-utrecht", "--date", "2026-04-16", "-o", folder.path + "/x.docx")
        #expect(missing.status == 2 && missing.stderr.contains("no meeting held or planned on 2026-04-16"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/x.docx"))
    }

    @Test("meeting times: refused when wrong, shown in the attendance CSV")
    func meetingTimes() throws {
        setUp()
        let wrong = cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-02-25", "--time", "21:30-19:00", today: "2026-02-25")
        #expect(wrong.status == 2 && wrong.stderr.contains("--time: '21:30-19:00': the end must be after the start"))
        let path = folder.path + "/list.csv"
        #expect(cli("export", "attendance", "chirurgen-utrecht", "-o", path).status == 0)
        let rows = try #require(try PythonReader.json(PythonReader.csv, [path]) as? [[String]])
        #expect(rows[0].suffix(2) == ["Begintijd", "Eindtijd"])
        #expect(rows[1].suffix(2) == ["19:00", "21:30"] && rows.last?.suffix(2) == ["", ""])
    }

    @Test("a planned meeting moved with --move-to keeps its calendar UID; SEQUENCE goes up; the time is Amsterdam's")
    func movedMeetingInTheCalendar() throws {
        setUp()
        #expect(cli("plan", "meeting", "chirurgen-utrecht", "--date", "2026-04-15", "--time", "19:00-21:30").status == 0)
        let first = folder.path + "/first.ics", second = folder.path + "/second.ics"
        #expect(cli("export", "calendar", "chirurgen-utrecht", "-o", first).status == 0)
        let moved = cli("plan", "meeting", "chirurgen-utrecht", "--date", "2026-04-15", "--move-to", "2026-04-22")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(cli("export", "calendar", "chirurgen-utrecht", "-o", second).status == 0)
        let script = """
            import sys, json, icalendar
            out = []
            for path in sys.argv[1:]:
                cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
                out.append([{"uid": str(e['UID']), "start": e.decoded('DTSTART').isoformat(), "seq": int(e.get('SEQUENCE', 0)),
                             "transp": str(e.get('TRANSP'))} for e in cal.walk('VEVENT')])
            print(json.dumps(out))
            """
        let calendars = try #require(try PythonReader.json(script, [first, second]) as? [[[String: Any]]])
        let before = try #require(calendars[0].first { $0["start"] as? String == "2026-04-15T19:00:00+02:00" })
        let after = try #require(calendars[1].first { $0["uid"] as? String == before["uid"] as? String })
        #expect(after["start"] as? String == "2026-04-22T19:00:00+02:00")
        #expect((after["seq"] as? Int ?? 0) == (before["seq"] as? Int ?? 0) + 1)
        #expect(calendars[1].count == calendars[0].count)
        #expect(calendars[1].filter { $0["transp"] as? String == "TRANSPARENT" }.count == 3)  // no time known
        let taken = cli("plan", "meeting", "chirurgen-utrecht", "--date", "2026-04-22", "--move-to", "2026-07-01")
        #expect(taken.status == 2 && taken.stderr.contains("a meeting is already planned on 2026-07-01"))
    }

    @Test("export evaluation --format docx: the year's figures first")
    func evaluationDocx() throws {
        setUp()
        #expect(cli("evaluation", "add", "chirurgen-utrecht", "--date", "2026-02-20", "--went-well", "Goed", today: "2026-02-20").status == 0)
        let path = folder.path + "/evaluatie.docx"
        let result = cli("export", "evaluation", "chirurgen-utrecht", "--format", "docx", "-o", path)
        #expect(result.status == 0, "\(result.stderr)")
        guard PythonReader.canImport("docx") else { return }
        let document = try #require(try PythonReader.json(PythonReader.docx, [path]) as? [String: Any])
        let paragraphs = try #require(document["paragraphs"] as? [String])
        #expect(paragraphs.contains("Cijfers van de jaargang (stand op 01-03-2026)"))
        #expect(paragraphs.contains("Gehouden: 2 bijeenkomsten van de 4 geplande."))
        let tables = try #require(document["tables"] as? [[[String]]])
        #expect(tables.contains { $0.contains(["Bram Çelik", "1 van 2", "50 %", "nee", "2 uur"]) })
        #expect(tables.last == [["Plaats", "Datum", "Handtekening begeleider (Marieke van den Berg)"], ["", "", ""]])
    }
}

extension PythonReader {
    static func canImport(_ module: String) -> Bool {
        Binary.spawn(["/usr/bin/env", "python3", "-c", "import \(module)"], environment: ProcessInfo.processInfo.environment).status == 0
    }
}
