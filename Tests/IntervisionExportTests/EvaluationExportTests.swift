import Foundation
import IntervisionCore
import IntervisionExport
import Testing

@Suite("Annual evaluation export")
struct EvaluationExportTests {
    let group = Fixture.group
    var evaluation: Evaluation { group.evaluations[0] }

    @Test("every question has Dutch and English text and a hint")
    func questionTexts() {
        for question in EvaluationQuestion.allCases {
            #expect(!question.text.nl.isEmpty && !question.text.en.isEmpty)
            #expect(!question.hint.nl.isEmpty && !question.hint.en.isEmpty)
            #expect(question.text.nl != question.text.en)
        }
        #expect(Set(EvaluationQuestion.allCases.map(\.text.nl)).count == EvaluationQuestion.allCases.count)
    }

    @Test func theYearIsTheOneEvaluatedNotTheOneOfTheDate() {
        var later = evaluation
        later.date = CivilDate(year: 2025, month: 9, day: 10)!  // after the year 2024-09-01 – 2025-08-31 ended
        later.year = CivilDate(year: 2024, month: 9, day: 1)!
        let markdown = EvaluationExport.markdown(group: group, evaluation: later, supervisor: Fixture.supervisor, today: Fixture.today)
        #expect(markdown.contains("| Datum evaluatie | 10-09-2025 |"))
        #expect(markdown.contains("| Jaargang | van 01-09-2024 tot 31-08-2025 |"))
    }

    @Test("Markdown: group, date, participants, every question with its answer, in Dutch")
    func markdown() {
        let markdown = EvaluationExport.markdown(group: group, evaluation: evaluation, supervisor: Fixture.supervisor, today: Fixture.today)
        #expect(markdown.hasPrefix("# Jaarevaluatie intervisiegroep\n"))
        for line in [
            "| Naam intervisiegroep | Geïntensiveerde zorg &amp; &lt;Leiden&gt; |",
            "| Datum evaluatie | 08-07-2025 |",
            "| Jaargang | van 01-09-2024 tot 31-08-2025 |",
            "| Begeleider | Marieke van den Berg |",
            "| Deelnemers (3) | Anna de Vries<br>Ümit Çelik<br>Evil\u{241B}\\[31mName |",
            "## Wat ging er deze jaargang goed in de intervisiegroep?",
            "Veilige sfeer &amp; iedereen bracht een &lt;casus&gt; in.",
            "## Wat kan er beter, en hoe?",
            "Strakker op tijd eindigen.  \nSuggestie: een tijdbewaker per avond.",
            "## Welke intervisiemethoden en thema's werkten goed, en welke minder?",
            "## Wat passen de deelnemers toe in hun eigen praktijk?",
            "Eerder feedback vragen aan collega's.",
            "## Welke afspraken maakt de groep voor de komende jaargang?",
            "Zes bijeenkomsten; data vooraf vast.",
            "## Overige opmerkingen\n\n(niet ingevuld)",
        ] {
            #expect(markdown.contains(line), "missing: \(line)")
        }
        #expect(!markdown.contains("<casus>"))
        #expect(!markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("HTML: the same content, escaped, self-contained")
    func html() throws {
        let html = EvaluationExport.html(group: group, evaluation: evaluation, supervisor: nil, today: Fixture.today)
        let page = try HTMLReport.read(html)
        #expect(page.h1 == ["Jaarevaluatie intervisiegroep"])
        #expect(page.h2 == ["Cijfers van de jaargang"] + EvaluationQuestion.allCases.map(\.text.nl) + ["Ondertekening"])
        #expect(page.tables.first?.first == ["Naam intervisiegroep", "Geïntensiveerde zorg & <Leiden>"])
        #expect(page.tables.first?.contains(["Deelnemers (3)", "Anna de Vries\nÜmit Çelik\nEvil\u{241B}[31mName"]) == true)
        #expect(page.text.contains("Veilige sfeer & iedereen bracht een <casus> in."))
        #expect(page.text.contains("(niet ingevuld)"))
        #expect(!html.contains("<casus>"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!page.tags.contains("script"))
    }
}

@Suite("Annual evaluation export: formats and file name")
struct EvaluationExportFileTests {
    @Test func renderGivesTheTextOfEachFormatAndASafeName() {
        let group = Fixture.group
        let evaluation = group.evaluations[0]
        #expect(EvaluationExport.render(.md, group: group, evaluation: evaluation, today: Fixture.today)
            == Data(EvaluationExport.markdown(group: group, evaluation: evaluation, today: Fixture.today).utf8))
        #expect(EvaluationExport.render(.html, group: group, evaluation: evaluation, today: Fixture.today)
            == Data(EvaluationExport.html(group: group, evaluation: evaluation, today: Fixture.today).utf8))
        #expect(ExportRequest(.evaluation(.html), group: group, evaluation: evaluation, today: Fixture.today).fileName
            == "jaarevaluatie-2025-07-08-Geintensiveerde-zorg-Leiden.html")
    }
}

@Suite("Annual evaluation export: the year's figures, the signature, DOCX")
struct EvaluationFiguresTests {
    let group = Fixture.group
    var evaluation: Evaluation { group.evaluations[0] }

    /// 2 of the 6 planned meetings held, of 2,5 hours; Nieuw Lid joined after both.
    static let figures = [
        ["Naam", "Aanwezig", "Percentage", "75% gehaald", "Uren"],
        ["Anna de Vries", "2 van 2", "100 %", "ja", "5 uur"],
        ["Ümit Çelik", "1 van 2", "50 %", "nee", "2,5 uur"],
        ["Zoë \"Z\" O'Brien & <Co>", "1 van 2", "50 %", "nee", "2,5 uur"],
        ["Evil\u{241B}[31mName", "2 van 2", "100 %", "ja", "5 uur"],
        ["Sanne Bakker", "1 van 2", "50 %", "nee", "geen BIG-nummer"],
        ["Nieuw Lid", "0 van 0", "–", "–", "0 uur"],
    ]

    @Test("DOCX: figures first, then the answers, then place, date and signature; python-docx reads it")
    func docx() throws {
        let docx = try DocxReport.read(EvaluationExport.docx(group: group, evaluation: evaluation, supervisor: Fixture.supervisor,
                                                             today: Fixture.today))
        #expect(docx.untyped.isEmpty && docx.dangling.isEmpty && docx.missingParts.isEmpty && docx.rawControls.isEmpty)
        let headings = docx.blocks.filter { $0.style == "Heading1" }.compactMap(\.paragraph)
        #expect(headings == ["Cijfers van de jaargang"] + EvaluationQuestion.allCases.map(\.text.nl) + ["Ondertekening"])
        #expect(docx.paragraphs.contains("Gehouden: 2 bijeenkomsten van de 6 geplande."))
        #expect(docx.tables.contains(Self.figures))
        #expect(docx.paragraphs.contains("Geaccrediteerde uren in totaal: 15 uur (1 klokuur netto = 1 accreditatie-uur)."))
        #expect(docx.tables.last == [["Plaats", "Datum", "Handtekening begeleider (Marieke van den Berg)"], ["", "", ""]])
        if let reader = docx.pythonDocx { #expect(reader.tables == docx.tables) }
    }

    @Test("while the year runs the figures say on which day they were counted")
    func runningYear() {
        let markdown = EvaluationExport.markdown(group: group, evaluation: evaluation, supervisor: nil, today: Fixture.date("2024-12-01"))
        #expect(markdown.contains("## Cijfers van de jaargang (stand op 01-12-2024)"))
        #expect(markdown.contains("| Anna de Vries | 2 van 2 | 100 % | ja | 5 uur |"))
    }

    @Test("an evaluation of no known year has no figures")
    func noYear() {
        var orphan = evaluation
        orphan.date = Fixture.date("2030-01-01")
        let markdown = EvaluationExport.markdown(group: group, evaluation: orphan, today: Fixture.today)
        #expect(!markdown.contains("Cijfers"))
        #expect(markdown.contains("## Ondertekening"))
    }

    @Test("render gives DOCX for .docx, with its own file name")
    func renderDocx() {
        let data = EvaluationExport.render(.docx, group: group, evaluation: evaluation, today: Fixture.today)
        #expect(data.prefix(2) == Data("PK".utf8))
        #expect(ExportRequest(.evaluation(.docx), group: group, evaluation: evaluation, today: Fixture.today).fileName
            == "jaarevaluatie-2025-07-08-Geintensiveerde-zorg-Leiden.docx")
    }
}
