import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

/// The yearly plan DOCX, read back by Python as GAIA's accreditors' Word would read it.
@Suite("Yearly plan DOCX")
struct PlanDocxTests {
    static let footnotes = [
        "* ook niet BIG-geregistreerde professionals die tot de vaste groep behoren kunnen hier genoemd worden; zij ontvangen geen accreditatiepunten via GAIA",
        "** om meer deelnemers én bijeenkomsten in de kolom toe te voegen: klik na het de laatste rij op Tab (een nieuwe regel verschijnt)",
        "*** alleen de tijd die aan de nascholing wordt besteed, dus zonder andere werkzaamheden tijdens de bijeenkomst",
        "Versie januari 2024",
    ]

    func report(draft: Bool, group: Group = Fixture.group) throws -> DocxReport {
        try DocxReport.read(PlanExport.docx(group: group, plan: Fixture.plan, supervisor: Fixture.supervisor, draft: draft))
    }

    @Test("is a complete OOXML package on A4 with 2 cm margins")
    func package() throws {
        let docx = try report(draft: false)
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/_rels/document.xml.rels", "word/footer1.xml", "docProps/core.xml"] {
            #expect(docx.parts.contains(part), "missing part \(part)")
        }
        #expect(docx.untyped.isEmpty)
        #expect(docx.missingParts.isEmpty)
        #expect(docx.dangling.isEmpty)
        #expect(docx.page.w == "11906" && docx.page.h == "16838")
        #expect([docx.page.top, docx.page.left, docx.page.right, docx.page.bottom] == ["1134", "1134", "1134", "1134"])
    }

    @Test("has the form's title, sections, labels and every value")
    func everyField() throws {
        let docx = try report(draft: false)
        #expect(docx.paragraphs.first == "Jaarplan intervisiegroep medisch specialisten")
        let headings = docx.blocks.filter { $0.style == "Heading1" }.compactMap(\.paragraph)
        #expect(headings == ["Basisgegevens", "Deelnemers*", "Planning bijeenkomsten"])
        #expect(docx.tables.count == 4)
        guard docx.tables.count == 4 else { return }

        #expect(docx.tables[0] == [
            ["Naam intervisiegroep", "Geïntensiveerde zorg & <Leiden>"],
            ["Toelichting op aandachtsgebied intervisiegroep (meerdere opties mogelijk)", "Communicatie met patiënten\nSamenwerking in het team"],
            ["Naam + telefoonnummer Intervisiebegeleider intervisie", "Marieke van den Berg, 06-12345678"],
            ["Naam + telefoonnummer contactpersoon intervisiegroep", "Anna de Vries, 06-11111111"],
            ["Opmerkingen/aanvullingen", "Bijeenkomsten om en om op locatie.\nTweede regel."],
            ["Welke intervisiemethoden worden er toegepast?", "Incidentmethode, Balintmethode"],
        ])
        // Members of the year: the one who left before it is not listed, the one who joined during it is.
        #expect(docx.tables[1] == [
            ["Naam**", "Specialisme", "BIG-nummer"],
            ["Anna de Vries", "Chirurgie", "01234567890"],
            ["Ümit Çelik", "Interne geneeskunde", "00123456789"],
            ["Zoë \"Z\" O'Brien & <Co>", "Kindergeneeskunde, neonatologie", "00987654321"],
            ["Evil␛[31mName", "Psychiatrie", "11122233344"],
            ["Sanne Bakker", "Verpleegkundig specialist", "niet BIG-geregistreerd*"],
            ["Nieuw Lid", "Longziekten", "09988776655"],
        ])
        #expect(docx.tables[2] == [
            ["Jaargang (van dd-mm-jj tot dd-mm-jj)", "van 01-09-24 tot 31-08-25"],
            ["Totaal aantal bijeenkomsten", "6"],
            ["Duur bijeenkomsten (netto*** nascholing)", "2,5 uur"],
        ])
        #expect(docx.tables[3] == [
            ["Datum (voor zover bekend)", "Onderwerp(en) (voor zover bekend) **"],
            ["17-09-24", "Slecht-nieuwsgesprek"],
            ["12-11-24", "Grenzen stellen; \"nee\" zeggen, zonder schuldgevoel"],
            ["21-01-25", "Conflict in de maatschap\nen daarna"],
            ["18-03-25", Fixture.plan.planned[3].topic],
            ["20-05-25", "<script>alert('x')</script> & meer"],
            ["08-07-25", ""],
            ["", "Reservebijeenkomst"],
        ])
        #expect(docx.footer == Self.footnotes)
    }

    @Test("a final plan says CONCEPT nowhere; a draft has it in the header of every page")
    func conceptMarking() throws {
        let final = try report(draft: false)
        #expect(final.header == nil)
        for (part, text) in final.allText { #expect(!text.contains("CONCEPT"), "CONCEPT in \(part)") }

        let draft = try report(draft: true)
        #expect(draft.header == ["CONCEPT"])
        #expect(draft.parts.contains("word/header1.xml"))
        #expect(draft.untyped.isEmpty && draft.dangling.isEmpty && draft.missingParts.isEmpty)
        #expect(draft.footer == Self.footnotes)
        // The draft carries the same form content.
        #expect(draft.tables == final.tables)
    }

    @Test("python-docx reads the same tables, header, footer and page size")
    func pythonDocxAgrees() throws {
        try #require(Python.isImportable("docx"), "python-docx not installed; run scripts/test-deps")
        for draft in [false, true] {
            let docx = try report(draft: draft)
            let reader = try #require(docx.pythonDocx)
            #expect(reader.tables == docx.tables)
            #expect(reader.paragraphs.first == "Jaarplan intervisiegroep medisch specialisten")
            #expect(reader.footer == Self.footnotes)
            #expect(reader.header == (draft ? ["CONCEPT"] : nil))
            #expect(reader.page == [11906, 16838])
        }
    }

    @Test("no control character is written raw into the package")
    func noRawControlCharacters() throws {
        let docx = try report(draft: true)
        #expect(docx.rawControls.isEmpty)
        // ESC is shown as its control picture (U+241B) instead.
        #expect(docx.allText["word/document.xml"]?.contains("Evil\u{241B}[31mName") == true)
    }

    @Test("the same plan gives the same bytes")
    func deterministic() {
        let first = PlanExport.docx(group: Fixture.group, plan: Fixture.plan, supervisor: nil, draft: false)
        let second = PlanExport.docx(group: Fixture.group, plan: Fixture.plan, supervisor: nil, draft: false)
        #expect(first == second)
    }

    @Test("an empty plan still makes a valid document with empty rows")
    func emptyPlan() throws {
        let group = Group(id: "x", name: "")
        let plan = YearPlan(from: Fixture.date("2025-01-01"), to: Fixture.date("2025-12-31"))
        let docx = try DocxReport.read(PlanExport.docx(group: group, plan: plan, supervisor: nil, draft: true))
        #expect(docx.untyped.isEmpty && docx.dangling.isEmpty)
        #expect(docx.tables.count == 4)
        #expect(docx.tables[1] == [["Naam**", "Specialisme", "BIG-nummer"], ["", "", ""]])
        #expect(docx.tables[2][0] == ["Jaargang (van dd-mm-jj tot dd-mm-jj)", "van 01-01-25 tot 31-12-25"])
        #expect(docx.tables[2][1] == ["Totaal aantal bijeenkomsten", ""])
        #expect(docx.header == ["CONCEPT"])
    }
}
