import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

/// The yearly plan DOCX, read back by Python as GAIA's accreditors' Word would read it.
@Suite("Yearly plan DOCX")
struct PlanDocxTests {
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
        #expect(docx.paragraphs.first == ExpectedPlan.title)
        let headings = docx.blocks.filter { $0.style == "Heading1" }.compactMap(\.paragraph)
        #expect(headings == ExpectedPlan.headings)
        #expect(docx.tables.count == 4)
        guard docx.tables.count == 4 else { return }

        #expect(docx.tables == ExpectedPlan.tables)
        #expect(docx.footer == ExpectedPlan.footnotes)
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
        #expect(draft.footer == ExpectedPlan.footnotes)
        // The draft carries the same form content.
        #expect(draft.tables == final.tables)
    }

    @Test("python-docx reads the same tables, header, footer and page size",
          .enabled(if: Python.isImportable("docx"), "python-docx is not installed (scripts/test-deps installs it)"))
    func pythonDocxAgrees() throws {
        for draft in [false, true] {
            let docx = try report(draft: draft)
            let reader = try #require(docx.pythonDocx)
            #expect(reader.tables == docx.tables)
            #expect(reader.paragraphs.first == ExpectedPlan.title)
            #expect(reader.footer == ExpectedPlan.footnotes)
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
