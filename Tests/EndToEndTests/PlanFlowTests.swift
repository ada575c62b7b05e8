import Foundation
import Testing

/// The yearly plan end to end, in tmux with the built binary: a contact person makes a new group and
/// fills in the whole plan in the app; then the supervisor exports it as DOCX and the app shows it
/// as exported.
@Suite("Plan flow in tmux", .serialized)
struct PlanFlowTests {
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func aContactPersonFillsInAPlanAndTheSupervisorExportsIt() throws {
        let data = TemporaryFolder()
        let exports = TemporaryFolder()
        try FileManager.default.createDirectory(at: exports.url, withIntermediateDirectories: true)
        let session = TmuxSession()
        defer { session.kill() }
        try session.startApp(["--data-dir", data.path, "--today", "2026-11-22", "--lang", "nl"])

        // First start: begin empty, then choose the contact person's role in Settings.
        _ = try session.waitFor(text: "Welkom bij intervisie")
        try session.keys("x")
        _ = try session.waitFor(text: "n: nieuwe groep")
        try session.keys("s", "Down", "Down", "Right")
        _ = try session.waitFor(text: "‹ contactpersoon ›")
        try session.keys("Escape")
        _ = try session.waitFor(text: "0 groepen")

        // A new group: its name, then its plan opens.
        try session.keys("n")
        _ = try session.waitFor(text: "Naam van de groep:")
        try session.keys("Geïntensiveerde zorg Leiden", "Enter")
        _ = try session.waitFor(text: "Jaarplan 01-12-2026 – 30-11-2027 · nieuw, nog niet bewaard")

        // Basisgegevens: focus area and method from the lists, supervisor, remarks.
        try session.keys("Tab", "Enter", "Space", "Enter")
        _ = try session.waitFor(text: "Professioneel handelen")
        try session.keys("Tab", "Marieke van den Berg", "Tab", "06-12345678", "Tab", "Om en om op locatie", "Tab")
        try session.keys("Enter", "Space", "Down", "Space", "Enter")
        _ = try session.waitFor(text: "Incidentmethode, Balintmethode")

        // Deelnemers: four, one BIG number typed with 9 digits; Tab on the last row adds one.
        try session.keys("Tab", "Anna Müller", "Tab", "Chirurgie", "Tab", "123456789", "Tab")
        try session.keys("Bram Çelik", "Tab", "Urologie", "Tab", "1234567890", "Tab")
        try session.keys("Eva de Vries", "Tab", "Interne geneeskunde", "Tab", "12345678901", "Tab")
        try session.keys("Joost Jansen", "Tab", "Kindergeneeskunde", "Tab", "23456789012", "Tab")
        var screen = try session.waitFor("the four participants") { $0.contains("23456789012") && $0.contains("01234567890") }
        #expect(screen.contains("Anna Müller") && screen.contains("00123456789"))  // 9 digits typed, padded to 11

        // Tab on the empty new row: the contact person, chosen from the participants, then the phone.
        try session.keys("Tab", "Enter")
        _ = try session.waitFor(text: "Contactpersoon kiezen")
        try session.keys("Enter", "Tab", "06-11111111", "Tab")

        // Planning: the year, the count, the duration, four dates with topics; the first with a time
        // (a wrong one first: said under the row, and Ctrl-S refused with it kept) and a place.
        try session.keys("01-01-2027", "Tab", "Tab", "4", "Tab", "2,5", "Tab")
        try session.keys("12-01-2027", "Tab", "Slecht-nieuwsgesprek", "Tab", "21:00-19:00")
        _ = try session.waitFor(text: "↳ het eind moet na het begin liggen")
        try session.keys("C-s")
        screen = try session.waitFor(text: "Niet bewaard: 1 veld klopt niet")
        #expect(screen.contains("21:00-19:00"))
        try session.keys("C-u", "19:00-21:30", "Tab", "UMC Leiden, zaal 2", "Tab")
        try session.keys("30-03-2027", "Tab", "Grenzen stellen", "Tab", "Tab", "Tab")
        try session.keys("15-06-2027", "Tab", "Complicaties", "Tab", "Tab", "Tab", "07-09-2027", "Tab", "Evaluatie")
        screen = try session.waitFor(text: "✓ Het jaarplan is volledig.")
        #expect(screen.contains("van 01-01-2027   tot 31-12-2027"))
        #expect(screen.contains("Jaarplan 01-01-2027 – 31-12-2027"))
        #expect(screen.contains("volledig"))

        // The supervisor (role back in Settings, F2 from the form) exports it as DOCX into a folder.
        try session.keys("F2")
        _ = try session.waitFor(text: "Rol")
        try session.keys("Down", "Down", "Right", "Escape")
        _ = try session.waitFor(text: "begeleider · 22-11-2026")
        try session.keys("C-x")
        _ = try session.waitFor(text: "Exporteren: Geïntensiveerde zorg Leiden")
        try session.keys("Down", "Down", "Down", "C-u", exports.path, "Enter")
        let path = exports.path + "/jaarplan-Geintensiveerde-zorg-Leiden.docx"
        screen = try session.waitFor("the export", timeout: 15) { $0.contains("Geschreven:") || $0.contains("Mislukt") }
        #expect(FileManager.default.fileExists(atPath: path), "\(screen)")
        #expect(screen.contains("geëxporteerd op 22-11-2026 · nog niet ingediend in GAIA"))
        let document = try #require(try PythonReader.json(PythonReader.docx, [path]) as? [String: Any])
        let tables = try #require(document["tables"] as? [[[String]]])
        #expect(tables.first?.first == ["Naam intervisiegroep", "Geïntensiveerde zorg Leiden"])
        #expect(tables.count > 1 && tables[1].contains(["Anna Müller", "Chirurgie", "00123456789"]))
        #expect(tables.count > 3 && tables[3].contains(["12-01-27", "Slecht-nieuwsgesprek"]))

        // Back on the overview, whose row says what the group needs next; the data folder says the
        // plan is exported.
        try session.keys("Escape")
        screen = try session.waitFor(text: "Eerstvolgende actie")
        #expect(screen.contains("Geïntensiveerde zorg"))
        try session.keys("q")
        _ = try session.waitFor(text: "EXITED 0")
        let shown = Binary.run(["plan", "show", "geintensiveerde-zorg-leiden", "--data-dir", data.path, "--lang", "nl"])
        #expect(shown.stdout.contains("Geëxporteerd: 22-11-2026\nIngediend in GAIA: —"), "\(shown.stdout)\(shown.stderr)")
        #expect(shown.stdout.contains("12-01-2027  Slecht-nieuwsgesprek  (19:00-21:30, UMC Leiden, zaal 2)"))
        #expect(!shown.stdout.contains("Nog in te vullen"))
    }

    /// On a terminal `import` asks before it changes a group; "n" (or just Enter) changes nothing.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func importAsksBeforeChangingAGroup() throws {
        let data = TemporaryFolder()
        let other = TemporaryFolder()
        let files = TemporaryFolder()
        try FileManager.default.createDirectory(at: files.url, withIntermediateDirectories: true)
        let file = files.path + "/groep.json"
        for folder in [data, other] {
            Binary.run(["group", "add", "Chirurgen Utrecht", "--data-dir", folder.path])
            Binary.run(["member", "add", "chirurgen-utrecht", "Anna", "--specialism", "Chirurgie", "--data-dir", folder.path])
        }
        Binary.run(["member", "add", "chirurgen-utrecht", "Bram", "--specialism", "Urologie", "--data-dir", other.path])
        #expect(Binary.run(["export", "group", "chirurgen-utrecht", "-o", file, "--data-dir", other.path]).status == 0)

        for (answer, applied) in [("n", false), ("j", true)] {
            let session = TmuxSession()
            defer { session.kill() }
            try session.startApp(["import", file, "--data-dir", data.path, "--lang", "nl"])
            let screen = try session.waitFor(text: "Overnemen? [j/N]")
            #expect(screen.contains("Lid toegevoegd: Bram (Urologie)"))
            try session.keys(answer, "Enter")
            _ = try session.waitFor(text: applied ? "Overgenomen." : "Niets gewijzigd.")
            _ = try session.waitFor(text: "EXITED 0")
            let members = Binary.run(["member", "list", "chirurgen-utrecht", "--data-dir", data.path]).stdout
            #expect(members.contains("Bram") == applied, "\(members)")
        }
    }
}
