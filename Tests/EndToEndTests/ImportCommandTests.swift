import Foundation
import Testing

/// The hand-over between a contact person's machine and the supervisor's: `export group` there,
/// `import` here.
@Suite("Import command")
struct ImportCommandTests {
    let contact = TemporaryFolder()
    let supervisor = TemporaryFolder()
    let files = TemporaryFolder()

    init() throws {
        try FileManager.default.createDirectory(at: files.url, withIntermediateDirectories: true)
    }

    @discardableResult
    func run(_ folder: TemporaryFolder, _ arguments: String...) -> Binary.Result {
        Binary.run(in: files.path, arguments + ["--data-dir", folder.path, "--lang", "en"])
    }

    /// The contact person's plan for 2026, handed over as a file.
    func contactPersonsPlan() -> String {
        run(contact, "group", "add", "Chirurgen Utrecht")
        for (name, big) in [("Anna Müller", "123456789"), ("Bram Çelik", "1234567890"), ("Eva de Vries", "12345678901"), ("Joost Jansen", "23456789012")] {
            run(contact, "member", "add", "chirurgen-utrecht", name, "--specialism", "Chirurgie", "--big", big, "--phone", "06-11111111")
        }
        run(contact, "plan", "set", "chirurgen-utrecht", "--from", "2026-01-01", "--to", "2026-12-31", "--meetings", "4", "--duration", "2",
            "--focus", "Communicatie", "--method", "Incidentmethode")
        for date in ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"] {
            run(contact, "plan", "meeting", "chirurgen-utrecht", "--date", date, "--topic", "Casus")
        }
        #expect(run(contact, "export", "group", "chirurgen-utrecht", "-o", "plan.json").status == 0)
        return files.path + "/plan.json"
    }

    @Test func aNewGroupIsAdded() throws {
        let file = contactPersonsPlan()
        let result = run(supervisor, "import", file)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "New group added: Chirurgen Utrecht (chirurgen-utrecht)\n")
        #expect(run(supervisor, "plan", "show", "chirurgen-utrecht").stdout.contains("2026-09-20  Casus"))
        #expect(run(supervisor, "member", "list", "chirurgen-utrecht").stdout.contains("Bram Çelik"))
    }

    @Test func changesAreShownAndAppliedOnlyWhenConfirmed() throws {
        let file = contactPersonsPlan()
        run(supervisor, "import", file)
        // The contact person changes the plan and hands it over again.
        run(contact, "plan", "set", "chirurgen-utrecht", "--meetings", "5", "--focus", "Communicatie", "--focus", "Leiderschap")
        run(contact, "plan", "meeting", "chirurgen-utrecht", "--date", "2026-11-30", "--topic", "Extra")
        run(contact, "member", "add", "chirurgen-utrecht", "Zoë Nieuw", "--specialism", "Urologie")
        #expect(run(contact, "export", "group", "chirurgen-utrecht", "-o", "plan2.json").status == 0)
        let second = files.path + "/plan2.json"

        // Without a terminal and without --yes: shown, nothing written.
        let before = supervisor.snapshot()
        let shown = run(supervisor, "import", second)
        #expect(shown.status == 0, "\(shown.stderr)")
        for line in ["Chirurgen Utrecht (chirurgen-utrecht): changes from \(second)", "  • Focus areas: Communicatie → Communicatie, Leiderschap",
                     "  • Member added: Zoë Nieuw (Urologie)", "number of meetings 4 → 5", "planned added: 2026-11-30 'Extra'",
                     "Nothing changed. Confirm with --yes"] {
            #expect(shown.stdout.contains(line), "\(line) in:\n\(shown.stdout)")
        }
        #expect(supervisor.snapshot() == before)

        let applied = run(supervisor, "import", second, "--yes")
        #expect(applied.status == 0)
        #expect(applied.stdout.hasSuffix("Applied.\n"))
        #expect(run(supervisor, "member", "list", "chirurgen-utrecht").stdout.contains("Zoë Nieuw"))
        // Importing the same file again changes nothing.
        #expect(run(supervisor, "import", second).stdout.contains("  none"))
    }

    @Test func theSupervisorsMeetingRecordsAreNeverReplaced() throws {
        let file = contactPersonsPlan()
        run(supervisor, "import", file)
        run(supervisor, "meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01", "--absent", "Bram Çelik")
        // The contact person's machine has its own (wrong) record of that meeting, and one more.
        run(contact, "meeting", "add", "chirurgen-utrecht", "--date", "2026-02-01")
        run(contact, "meeting", "add", "chirurgen-utrecht", "--date", "2026-04-15", "--absent", "Eva de Vries")
        run(contact, "export", "group", "chirurgen-utrecht", "-o", "records.json")

        let result = run(supervisor, "import", files.path + "/records.json", "--yes")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("! Meeting of 2026-02-01 differs from the file (attendance): the record here is kept"))
        #expect(result.stdout.contains("• Meeting added: 2026-04-15 (3 of 4 present)"))
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run(supervisor, "member", "list", "chirurgen-utrecht", "--json").stdout.utf8)) as? [[String: Any]])
        let bram = try #require(list.first { $0["name"] as? String == "Bram Çelik" })
        #expect(bram["attended"] as? Int == 1)  // absent on 1 Feb as recorded here, present on 15 Apr
        #expect(bram["expected"] as? Int == 2)
    }

    @Test func aDamagedOrNewerFileIsRefusedAndNothingIsWritten() throws {
        let file = contactPersonsPlan()
        run(supervisor, "import", file)
        let text = try String(contentsOfFile: file, encoding: .utf8)

        let damaged = files.path + "/damaged.json"
        try text.replacingOccurrences(of: "\"members\": [", with: "\"members\": [,").write(toFile: damaged, atomically: true, encoding: .utf8)
        let before = supervisor.snapshot()
        let refused = run(supervisor, "import", damaged, "--yes")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains(damaged) && refused.stderr.contains("line"), "\(refused.stderr)")
        #expect(supervisor.snapshot() == before)

        let newer = files.path + "/newer.json"
        try text.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 9").write(toFile: newer, atomically: true, encoding: .utf8)
        let tooNew = run(supervisor, "import", newer, "--yes")
        #expect(tooNew.status == 2)
        #expect(tooNew.stderr.contains(newer) && tooNew.stderr.contains("newer version"), "\(tooNew.stderr)")
        #expect(supervisor.snapshot() == before)

        let missing = run(supervisor, "import", files.path + "/nope.json")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json"))
        #expect(supervisor.snapshot() == before)
    }
}
