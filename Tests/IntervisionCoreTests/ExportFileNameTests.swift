import IntervisionCore
import Testing

@Suite("Export file names")
struct ExportFileNameTests {
    @Test("safe names for any group name", arguments: [
        ("Chirurgen Utrecht", "jaarplan-Chirurgen-Utrecht.docx"),
        ("Geïntensiveerde zorg Leiden", "jaarplan-Geintensiveerde-zorg-Leiden.docx"),
        ("../../etc/passwd", "jaarplan-etc-passwd.docx"),
        ("a/b\\c:d*e?f\"g<h>i|j", "jaarplan-a-b-c-d-e-f-g-h-i-j.docx"),
        (".verborgen", "jaarplan-verborgen.docx"),
        ("Evil\u{1B}[31mName\n", "jaarplan-Evil-31mName.docx"),
        ("", "jaarplan-groep.docx"),
        ("東京 🩺", "jaarplan-groep.docx"),
        ("Straße Ærø", "jaarplan-Strasse-AEro.docx"),
    ])
    func safeNames(groupName: String, expected: String) {
        #expect(ExportFileName.safe(for: groupName, kind: "jaarplan", ext: "docx") == expected)
    }

    @Test("names are capped, have no forbidden characters and never start with a dot")
    func nameProperties() {
        let long = String(repeating: "Intervisiegroep ", count: 40)
        let name = ExportFileName.safe(for: long, kind: "presentielijst", ext: "csv")
        #expect(name.utf8.count <= 100)
        #expect(name.hasSuffix(".csv"))
        #expect(!name.contains("-.csv"))
        for weird in ["CON", "nul", "..", " ", "\u{0}", "<>:\"/\\|?*"] {
            let name = ExportFileName.safe(for: weird, kind: "", ext: "html")
            #expect(!name.hasPrefix("."))
            #expect(!name.contains { "/\\:*?\"<>|".contains($0) || $0.asciiValue.map { $0 < 0x20 } == true })
            #expect(!["CON", "NUL"].contains(name.split(separator: ".").first.map(String.init)?.uppercased() ?? ""))
        }
        #expect(ExportFileName.safe(for: "x", kind: "agenda", ext: ".ICS") == "agenda-x.ics")
    }
}
