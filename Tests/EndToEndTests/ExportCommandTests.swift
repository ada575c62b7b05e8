import Foundation
import Testing

/// `intervisie export …` on the built binary, the files opened with independent readers.
@Suite("Export commands")
struct ExportCommandTests {
    let folder = TemporaryFolder()
    let out = TemporaryFolder()

    init() throws {
        try FileManager.default.createDirectory(at: out.url, withIntermediateDirectories: true)
    }

    @discardableResult
    func cli(_ arguments: String..., today: String = "2026-12-20") -> Binary.Result {
        Binary.run(in: out.path, arguments + ["--data-dir", folder.path, "--lang", "en"], environment: ["INTERVISIE_TODAY": today])
    }

    /// A complete plan for 2027 entered on the command line; the first meeting 23 days after "today".
    func setUpCompletePlan() {
        cli("supervisor", "set", "--name", "Marieke van den Berg", "--phone", "06-12345678", "--registration", "cvm")
        cli("group", "add", "Chirurgen Utrecht")
        let people = [("Anna Müller", "123456789"), ("Bram Çelik", "1234567890"), ("Eva de Vries", "12345678901"), ("Joost Jansen", "")]
        for (index, (name, big)) in people.enumerated() {
            var args = ["member", "add", "chirurgen-utrecht", name, "--specialism", index == 3 ? "Verpleegkundig specialist" : "Chirurgie",
                        "--phone", "06-1111111\(index)"]
            if !big.isEmpty { args += ["--big", big] }
            if index == 0 { args.append("--contact") }
            #expect(Binary.run(args + ["--data-dir", folder.path]).status == 0)
        }
        #expect(cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "31-12-2027", "--meetings", "4", "--duration", "2,5",
                    "--focus", "Communicatie", "--focus", "Samenwerking", "--method", "Incidentmethode", "--method", "Balintmethode",
                    "--remarks", "Om en om op locatie").status == 0)
        for (date, topic) in [("2027-01-12", "Slecht-nieuwsgesprek"), ("2027-03-30", "Grenzen stellen"), ("2027-06-15", "Complicaties"), ("2027-09-07", "")] {
            #expect(cli("plan", "meeting", "chirurgen-utrecht", "--date", date, "--topic", topic).status == 0)
        }
    }

    func findings(today: String = "2026-12-20") throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(cli("check", "--json", today: today).stdout.utf8)) as? [String: Any]
        return try #require(object?["findings"] as? [[String: Any]])
    }

    @Test("a final export of a group whose file cannot be saved writes nothing: the save is decided first")
    func finalExportOfAReadOnlyGroupWritesNothing() throws {
        setUpCompletePlan()
        // A field this version does not know makes the file read-only: the export date cannot be recorded.
        let path = folder.path + "/groups/chirurgen-utrecht.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"name\": \"Chirurgen Utrecht\"", with: "\"name\": \"Chirurgen Utrecht\", \"colour\": \"x\"").utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = cli("export", "plan", "Chirurgen Utrecht", "--format", "docx")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Not saved: \(path) will not be overwritten"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path + "/jaarplan-Chirurgen-Utrecht.docx"))
        // A draft records nothing, so it is written.
        #expect(cli("export", "plan", "Chirurgen Utrecht", "--format", "docx", "--draft").status == 0)
    }

    @Test func theDocxHasEveryFieldOfTheFormAndTheExportIsRecorded() throws {
        setUpCompletePlan()
        #expect(try findings().contains { $0["rule"] as? String == "PLAN_BEFORE_FIRST" && $0["severity"] as? String == "warning" })

        let result = cli("export", "plan", "Chirurgen Utrecht", "--format", "docx")
        #expect(result.status == 0, "\(result.stderr)")
        let path = out.path + "/jaarplan-Chirurgen-Utrecht.docx"
        #expect(result.stdout == path + "\n")
        let document = try #require(try PythonReader.json(PythonReader.docx, [path]) as? [String: Any])
        let tables = try #require(document["tables"] as? [[[String]]])
        #expect(tables.count == 4)
        #expect(tables[0] == [
            ["Naam intervisiegroep", "Chirurgen Utrecht"],
            ["Toelichting op aandachtsgebied intervisiegroep (meerdere opties mogelijk)", "Communicatie\nSamenwerking"],
            ["Naam + telefoonnummer Intervisiebegeleider intervisie", "Marieke van den Berg, 06-12345678"],
            ["Naam + telefoonnummer contactpersoon intervisiegroep", "Anna Müller, 06-11111110"],
            ["Opmerkingen/aanvullingen", "Om en om op locatie"],
            ["Welke intervisiemethoden worden er toegepast?", "Incidentmethode, Balintmethode"],
        ])
        #expect(tables[1] == [
            ["Naam**", "Specialisme", "BIG-nummer"],
            ["Anna Müller", "Chirurgie", "00123456789"],
            ["Bram Çelik", "Chirurgie", "01234567890"],
            ["Eva de Vries", "Chirurgie", "12345678901"],
            ["Joost Jansen", "Verpleegkundig specialist", "niet BIG-geregistreerd*"],
        ])
        #expect(tables[2] == [
            ["Jaargang (van dd-mm-jj tot dd-mm-jj)", "van 01-01-27 tot 31-12-27"],
            ["Totaal aantal bijeenkomsten", "4"],
            ["Duur bijeenkomsten (netto*** nascholing)", "2,5 uur"],
        ])
        #expect(tables[3] == [
            ["Datum (voor zover bekend)", "Onderwerp(en) (voor zover bekend) **"],
            ["12-01-27", "Slecht-nieuwsgesprek"], ["30-03-27", "Grenzen stellen"], ["15-06-27", "Complicaties"], ["07-09-27", ""],
        ])
        let paragraphs = try #require(document["paragraphs"] as? [String])
        #expect(paragraphs.contains("Jaarplan intervisiegroep medisch specialisten"))
        let footers = try #require(document["footers"] as? [String]).joined(separator: "\n")
        #expect(footers.contains("Versie januari 2024"))
        let everything = (paragraphs + (document["headers"] as? [String] ?? [])).joined()
        #expect(!everything.contains("CONCEPT"))

        // The export date is recorded, but exporting is not applying: the warning stays and says so.
        let warning = try #require(try findings().first { $0["rule"] as? String == "PLAN_BEFORE_FIRST" })
        #expect((warning["message"] as? String)?.contains("exported on 2026-12-20, not yet marked as submitted in GAIA") == true)
        var shown = cli("plan", "show", "chirurgen-utrecht", "--from", "2027-01-01").stdout
        #expect(shown.contains("Exported: 2026-12-20\nSubmitted in GAIA: —"), "\(shown)")
        // A change after the export says so until the plan is exported again; the latest export counts.
        cli("plan", "meeting", "chirurgen-utrecht", "--date", "2027-09-07", "--topic", "Evaluatie", today: "2026-12-27")
        shown = cli("plan", "show", "chirurgen-utrecht", "--from", "2027-01-01").stdout
        #expect(shown.contains("Exported: 2026-12-20 (changed since: export again)"), "\(shown)")
        #expect(cli("export", "plan", "chirurgen-utrecht", "--format", "md", today: "2026-12-28").status == 0)
        #expect(cli("plan", "show", "chirurgen-utrecht", "--from", "2027-01-01").stdout.contains("Exported: 2026-12-28\n"))
        // Marked as submitted in GAIA: the warning is gone.
        #expect(cli("plan", "submitted", "chirurgen-utrecht", "--date", "2026-12-28", today: "2026-12-28").stdout
                == "Plan 2027-01-01 – 2027-12-31: submitted in GAIA on 2026-12-28\n")
        #expect(try !findings(today: "2026-12-28").contains { $0["rule"] as? String == "PLAN_BEFORE_FIRST" })
        #expect(cli("plan", "show", "chirurgen-utrecht", "--from", "2027-01-01").stdout.contains("Submitted in GAIA: 2026-12-28"))
    }

    @Test func anIncompletePlanOnlyGoesAsADraftMarkedConcept() throws {
        setUpCompletePlan()
        cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "2027-12-31", "--method", " ")
        let before = (folder.snapshot(), out.snapshot())
        let refused = cli("export", "plan", "chirurgen-utrecht")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("still to fill in: Which intervision methods are used?"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--draft"))
        #expect(folder.snapshot() == before.0 && out.snapshot() == before.1)

        let draft = cli("export", "plan", "chirurgen-utrecht", "--draft", "--output", out.path + "/concept.docx")
        #expect(draft.status == 0, "\(draft.stderr)")
        let document = try #require(try PythonReader.json(PythonReader.docx, [out.path + "/concept.docx"]) as? [String: Any])
        #expect((document["headers"] as? [String] ?? []).joined().contains("CONCEPT"))
        // A draft hands nothing in.
        #expect(try findings().contains { $0["rule"] as? String == "PLAN_BEFORE_FIRST" })
    }

    @Test func neverOverwritesWithoutForce() throws {
        setUpCompletePlan()
        let target = out.path + "/plan.html"
        try Data("mine".utf8).write(to: URL(fileURLWithPath: target))
        let refused = cli("export", "plan", "chirurgen-utrecht", "--format", "html", "-o", target)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "mine")
        #expect(try findings().contains { $0["rule"] as? String == "PLAN_BEFORE_FIRST" })  // nothing recorded either
        #expect(cli("export", "plan", "chirurgen-utrecht", "--format", "html", "-o", target, "--force").status == 0)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("Jaarplan intervisiegroep"))
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func theCalendarIsReadByARealParser() throws {
        setUpCompletePlan()
        let result = cli("export", "calendar", "chirurgen-utrecht")
        #expect(result.status == 0, "\(result.stderr)")
        let calendar = try #require(try PythonReader.json(PythonReader.ics, [out.path + "/agenda-Chirurgen-Utrecht.ics"]) as? [String: Any])
        #expect(calendar["version"] as? String == "2.0")
        let events = try #require(calendar["events"] as? [[String: String]])
        #expect(events.map { $0["start"] } == ["2027-01-12", "2027-03-30", "2027-06-15", "2027-09-07"])
        #expect(events.map { $0["end"] } == ["2027-01-13", "2027-03-31", "2027-06-16", "2027-09-08"])
        #expect(events[0]["summary"] == "Intervisie Chirurgen Utrecht: Slecht-nieuwsgesprek")
        #expect(events[3]["summary"] == "Intervisie Chirurgen Utrecht")
        #expect(Set(events.compactMap { $0["uid"] }).count == 4)
    }

    @Test func theAttendanceCSVKeepsBIGLeadingZeros() throws {
        setUpCompletePlan()
        cli("plan", "set", "chirurgen-utrecht", "--from", "2026-01-01", "--to", "2026-12-31", "--meetings", "4", "--duration", "2,5")
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-03-01", "--topic", "=1+1", "--absent", "Bram Çelik")
        cli("meeting", "add", "chirurgen-utrecht", "--date", "2026-05-01")
        let result = cli("export", "attendance", "chirurgen-utrecht", "--from", "2026-01-01")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try PythonReader.json(PythonReader.csv, [out.path + "/presentielijst-Chirurgen-Utrecht.csv"]) as? [[String]])
        #expect(rows.first == ["Datum", "Onderwerp", "Naam", "BIG-nummer", "Aanwezigheid", "Reden afwezigheid", "Begintijd", "Eindtijd"])
        #expect(rows.count == 1 + 2 * 4)
        let anna = try #require(rows.first { $0[2] == "Anna Müller" })
        #expect(anna[3] == "=\"00123456789\"")  // the 11 digits, leading zeros kept (as text for spreadsheets)
        #expect(anna[1] == "'=1+1")
        #expect(rows.first { $0[2] == "Bram Çelik" }?[4] == "afwezig")
        #expect(rows.first { $0[2] == "Joost Jansen" }?[3] == "")
        // DOCX and HTML too, with a signature column.
        #expect(cli("export", "attendance", "chirurgen-utrecht", "--from", "2026-03-01", "--format", "docx").status == 0)
        let document = try #require(try PythonReader.json(PythonReader.docx, [out.path + "/presentielijst-Chirurgen-Utrecht.docx"]) as? [String: Any])
        let tables = try #require(document["tables"] as? [[[String]]])
        #expect(tables.contains { $0.first?.contains("Handtekening") == true })
        #expect(cli("export", "attendance", "chirurgen-utrecht", "--from", "2026-03-01", "--format", "pdf").status == 2)
    }

    @Test func fileNamesAreSafeForAnyGroupName() throws {
        cli("group", "add", "Huisartsen/Specialisten: \"Zuid\" ü?")
        let result = cli("export", "calendar", "Huisartsen/Specialisten: \"Zuid\" ü?", "--from", "2026-01-01")
        #expect(result.status == 2)  // no plan: refused, with the reason
        #expect(result.stderr.contains("no yearly plan"))
        cli("plan", "set", "huisartsen-specialisten-zuid-u", "--from", "2026-01-01", "--to", "2026-12-31")
        let written = cli("export", "group", "huisartsen-specialisten-zuid-u")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == out.path + "/groep-Huisartsen-Specialisten-Zuid-u.json\n")
    }
}
