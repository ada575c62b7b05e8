import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

@Suite("Attendance list")
struct AttendanceExportTests {
    let group = Fixture.group, plan = Fixture.plan

    /// The rows a reader must get back: the year's held meetings only, people in member order.
    static let expectedRows: [[String]] = [
        ["Datum", "Onderwerp", "Naam", "BIG-nummer", "Aanwezigheid", "Reden afwezigheid", "Begintijd", "Eindtijd"],
        ["2024-09-17", "Slecht-nieuwsgesprek, deel 1", "Anna de Vries", "=\"01234567890\"", "aanwezig", "", "19:00", "21:30"],
        ["2024-09-17", "Slecht-nieuwsgesprek, deel 1", "Ümit Çelik", "=\"00123456789\"", "afwezig (afgemeld)", "Dienst, helaas \"onverwacht\"", "19:00", "21:30"],
        ["2024-09-17", "Slecht-nieuwsgesprek, deel 1", "Zoë \"Z\" O'Brien & <Co>", "=\"00987654321\"", "aanwezig", "", "19:00", "21:30"],
        ["2024-09-17", "Slecht-nieuwsgesprek, deel 1", "Evil\u{241B}[31mName", "=\"11122233344\"", "aanwezig", "", "19:00", "21:30"],
        ["2024-09-17", "Slecht-nieuwsgesprek, deel 1", "Sanne Bakker", "", "afwezig", "Ziek\r\nmet koorts", "19:00", "21:30"],
        ["2024-11-12", "'=HYPERLINK(\"http://x\"), grenzen", "Anna de Vries", "=\"01234567890\"", "aanwezig", "", "", ""],
        ["2024-11-12", "'=HYPERLINK(\"http://x\"), grenzen", "Ümit Çelik", "=\"00123456789\"", "aanwezig", "", "", ""],
        ["2024-11-12", "'=HYPERLINK(\"http://x\"), grenzen", "Zoë \"Z\" O'Brien & <Co>", "=\"00987654321\"", "afwezig", "Vakantie", "", ""],
        ["2024-11-12", "'=HYPERLINK(\"http://x\"), grenzen", "Evil\u{241B}[31mName", "=\"11122233344\"", "aanwezig", "", "", ""],
        ["2024-11-12", "'=HYPERLINK(\"http://x\"), grenzen", "Sanne Bakker", "", "aanwezig", "", "", ""],
    ]

    @Test("CSV reads back with Python's csv module: header, every row, leading zeros, commas, quotes and line breaks")
    func csvPython() throws {
        let csv = AttendanceExport.csv(group: group, plan: plan)
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("attendance.csv")
        try Data(csv.utf8).write(to: file)
        let object = try Python.json("""
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            rows = list(csv.reader(f, strict=True))
        print(json.dumps({'rows': rows}))
        """, arguments: [file.path])
        let rows = try #require(object["rows"] as? [[String]])
        #expect(rows == Self.expectedRows)
        // The documented rule: the digits are what is between =" and ".
        let digits = rows.dropFirst().map(\.[3]).filter { !$0.isEmpty }
            .map { String($0.dropFirst(2).dropLast()) }
        #expect(digits.allSatisfy { $0.count == 11 && $0.allSatisfy(\.isNumber) })
        #expect(digits.first == "01234567890")
    }

    @Test("CSV is RFC 4180: CRLF line ends, quoted fields where needed, no raw control characters, no BOM")
    func csvShape() {
        let csv = AttendanceExport.csv(group: group, plan: plan)
        #expect(csv.hasPrefix("Datum,Onderwerp,Naam,BIG-nummer,Aanwezigheid,Reden afwezigheid,Begintijd,Eindtijd\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        #expect(csv.contains("\"=\"\"01234567890\"\"\""))
        #expect(csv.contains("\"Dienst, helaas \"\"onverwacht\"\"\""))
        #expect(csv.contains("\"Ziek\r\nmet koorts\""))
        #expect(!csv.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
        #expect(!csv.hasPrefix("\u{FEFF}"))
        // A bare LF never ends a record.
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(Self.parseCSV(csv) == Self.expectedRows)
    }

    @Test("only the digits become a formula; user text that looks like one is neutralised")
    func formulaSafety() {
        #expect(CSVWriter.userText("=1+1") == "'=1+1")
        #expect(CSVWriter.userText("+31 6") == "'+31 6")
        #expect(CSVWriter.userText("-") == "'-")
        #expect(CSVWriter.userText("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.userText("Anna") == "Anna")
        // Spreadsheets skip white space before they look for a formula, so the guard does too.
        #expect(CSVWriter.userText("\t=1+1") == "'\u{2409}=1+1")
        #expect(CSVWriter.userText("\r=HYPERLINK(\"x\")") == "'\r\n=HYPERLINK(\"x\")")
        #expect(CSVWriter.userText("\n-2") == "'\r\n-2")
        #expect(CSVWriter.userText("   @SUM(A1)") == "'   @SUM(A1)")
        #expect(CSVWriter.userText("\u{00A0}+31") == "'\u{00A0}+31")
        #expect(CSVWriter.userText("a\u{1B}]52;c;x\u{7}") == "a\u{241B}]52;c;x\u{2407}")
        #expect(CSVWriter.userText("5 - 3") == "5 - 3")
        #expect(AttendanceCSV.spreadsheetText("01234567890") == "=\"01234567890\"")
    }

    @Test("DOCX: one table per meeting with names, BIG numbers, presence, reasons and a signature column")
    func docx() throws {
        let docx = try DocxReport.read(AttendanceExport.docx(group: group, plan: plan, supervisor: Fixture.supervisor))
        #expect(docx.untyped.isEmpty && docx.dangling.isEmpty && docx.missingParts.isEmpty && docx.rawControls.isEmpty)
        #expect(docx.paragraphs.first == "Presentielijst intervisiegroep")
        #expect(docx.header == nil)
        let headings = docx.blocks.filter { $0.style == "Heading1" }.compactMap(\.paragraph)
        #expect(headings == ["Bijeenkomst 17-09-2024", "Bijeenkomst 12-11-2024"])
        #expect(docx.tables.first == [["Naam intervisiegroep", "Geïntensiveerde zorg & <Leiden>"],
                                      ["Jaargang", "van 01-09-2024 tot 31-08-2025"],
                                      ["Begeleider", "Marieke van den Berg"]])
        let lists = docx.tables.filter { $0.first?.last == "Handtekening" }
        #expect(lists.count == 2)
        #expect(lists.first == [
            ["Naam", "BIG-nummer", "Aanwezigheid", "Reden afwezigheid", "Handtekening"],
            ["Anna de Vries", "01234567890", "aanwezig", "", ""],
            ["Ümit Çelik", "00123456789", "afwezig (afgemeld)", "Dienst, helaas \"onverwacht\"", ""],
            ["Zoë \"Z\" O'Brien & <Co>", "00987654321", "aanwezig", "", ""],
            ["Evil\u{241B}[31mName", "11122233344", "aanwezig", "", ""],
            ["Sanne Bakker", "geen", "afwezig", "Ziek\nmet koorts", ""],
        ])
        #expect(docx.tables.contains { $0.contains(["Onderwerp", "=HYPERLINK(\"http://x\"), grenzen"]) })
        #expect(docx.paragraphs.contains("Aanwezig: 3 van 5"))
        if let reader = docx.pythonDocx { #expect(reader.tables == docx.tables) }
    }

    @Test("HTML: the same lists with a signature column, escaped")
    func html() throws {
        let html = AttendanceExport.html(group: group, plan: plan, supervisor: Fixture.supervisor)
        let page = try HTMLReport.read(html)
        #expect(page.h2 == ["Bijeenkomst 17-09-2024", "Bijeenkomst 12-11-2024"])
        let lists = page.tables.filter { $0.first?.last == "Handtekening" }
        #expect(lists.count == 2)
        #expect(lists.last?[3] == ["Zoë \"Z\" O'Brien & <Co>", "00987654321", "afwezig", "Vakantie", ""])
        #expect(page.classes.contains("handwritten"))
        #expect(!html.contains("<Co>"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("a year without meetings gives a header-only CSV and a document that says so")
    func empty() throws {
        let bare = Group(id: "x", name: "Leeg", plans: [plan])
        #expect(AttendanceExport.csv(group: bare, plan: plan) == "Datum,Onderwerp,Naam,BIG-nummer,Aanwezigheid,Reden afwezigheid,Begintijd,Eindtijd\r\n")
        let docx = try DocxReport.read(AttendanceExport.docx(group: bare, plan: plan, supervisor: nil))
        #expect(docx.paragraphs.contains("Er zijn in deze jaargang nog geen bijeenkomsten vastgelegd."))
    }

    /// An RFC 4180 reader of our own, independent of the writer, for the Swift-side check.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex && scalars[index] == "\"" { field.unicodeScalars.append("\""); index = scalars.index(after: index) }
                    else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true }
            else if scalar == "," { row.append(field); field = "" }
            else if scalar == "\r" && index < scalars.endIndex && scalars[index] == "\n" {
                index = scalars.index(after: index)
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(scalar) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
