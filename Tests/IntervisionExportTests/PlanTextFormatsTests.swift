import Foundation
import IntervisionCore
import IntervisionExport
import Testing

/// The yearly plan as HTML, Markdown and JSON.
@Suite("Yearly plan HTML, Markdown and JSON")
struct PlanTextFormatsTests {
    let group = Fixture.group, plan = Fixture.plan, supervisor = Fixture.supervisor

    @Test("HTML has the form's title, sections, every label and value, and the footnotes")
    func htmlEveryField() throws {
        let html = PlanExport.html(group: group, plan: plan, supervisor: supervisor, draft: false)
        let page = try HTMLReport.read(html)
        #expect(page.h1 == [ExpectedPlan.title])
        #expect(page.h2 == ExpectedPlan.headings)
        #expect(page.tables == ExpectedPlan.tables)
        #expect(page.footer == ExpectedPlan.footnotes)
        #expect(page.styles.contains("@page { size: A4"))
        #expect(!page.text.contains("CONCEPT"))
        #expect(!page.classes.contains("concept-banner"))
        // Self-contained: no scripts, no external resources.
        #expect(!page.tags.contains("script") && !page.tags.contains("link") && !page.tags.contains("img"))
    }

    @Test("HTML escapes markup and quotes, and never writes a control character raw")
    func htmlEscaping() {
        let html = PlanExport.html(group: group, plan: plan, supervisor: supervisor, draft: false)
        #expect(html.contains("Geïntensiveerde zorg &amp; &lt;Leiden&gt;"))
        #expect(html.contains("Zoë &quot;Z&quot; O&#39;Brien &amp; &lt;Co&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; meer"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<Leiden>"))
        #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } )
        #expect(html.contains("Evil\u{241B}[31mName"))
    }

    @Test("a draft HTML shows CONCEPT in a fixed banner and watermark, repeated on printed pages")
    func htmlDraft() throws {
        let html = PlanExport.html(group: group, plan: plan, supervisor: supervisor, draft: true)
        let page = try HTMLReport.read(html)
        #expect(page.classes.contains("concept-banner"))
        #expect(page.classes.contains("concept-watermark"))
        #expect(page.styles.contains(".concept-banner { position: fixed"))
        #expect(page.styles.contains(".concept-watermark { position: fixed"))
        #expect(page.styles.contains("@top-center { content: \"CONCEPT\""))
        #expect(page.title.contains("CONCEPT"))
        #expect(page.tables == ExpectedPlan.tables)
    }

    @Test("Markdown has every label and value, escaped, and marks a draft")
    func markdown() {
        let final = PlanExport.markdown(group: group, plan: plan, supervisor: supervisor, draft: false)
        #expect(final.hasPrefix("# Jaarplan intervisiegroep medisch specialisten\n"))
        for line in [
            "## Basisgegevens", "## Deelnemers\\*", "## Planning bijeenkomsten",
            "| Naam intervisiegroep | Geïntensiveerde zorg &amp; &lt;Leiden&gt; |",
            "| Toelichting op aandachtsgebied intervisiegroep (meerdere opties mogelijk) | Communicatie met patiënten<br>Samenwerking in het team |",
            "| Naam + telefoonnummer Intervisiebegeleider intervisie | Marieke van den Berg, 06-12345678 |",
            "| Naam + telefoonnummer contactpersoon intervisiegroep | Anna de Vries, 06-11111111 |",
            "| Opmerkingen/aanvullingen | Bijeenkomsten om en om op locatie.<br>Tweede regel. |",
            "| Welke intervisiemethoden worden er toegepast? | Incidentmethode, Balintmethode |",
            "| Naam\\*\\* | Specialisme | BIG-nummer |",
            "| Anna de Vries | Chirurgie | 01234567890 |",
            "| Ümit Çelik | Interne geneeskunde | 00123456789 |",
            "| Zoë \"Z\" O'Brien &amp; &lt;Co&gt; | Kindergeneeskunde, neonatologie | 00987654321 |",
            "| Evil\u{241B}\\[31mName | Psychiatrie | 11122233344 |",
            "| Sanne Bakker | Verpleegkundig specialist | niet BIG-geregistreerd\\* |",
            "| Nieuw Lid | Longziekten | 09988776655 |",
            "| Jaargang (van dd-mm-jj tot dd-mm-jj) | van 01-09-24 tot 31-08-25 |",
            "| Totaal aantal bijeenkomsten | 6 |",
            "| Duur bijeenkomsten (netto\\*\\*\\* nascholing) | 2,5 uur |",
            "| Datum (voor zover bekend) | Onderwerp(en) (voor zover bekend) \\*\\* |",
            "| 17-09-24 | Slecht-nieuwsgesprek |",
            "| 21-01-25 | Conflict in de maatschap<br>en daarna |",
            "| 20-05-25 | &lt;script&gt;alert('x')&lt;/script&gt; &amp; meer |",
            "|  | Reservebijeenkomst |",
            "Versie januari 2024",
        ] {
            #expect(final.contains(line + "\n") || final.hasSuffix(line), "missing: \(line)")
        }
        #expect(!final.contains("CONCEPT"))
        #expect(!final.contains("<script"))
        #expect(!final.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })

        let draft = PlanExport.markdown(group: group, plan: plan, supervisor: supervisor, draft: true)
        #expect(draft.hasPrefix("# Jaarplan intervisiegroep medisch specialisten — CONCEPT\n"))
        #expect(draft.components(separatedBy: "> **CONCEPT**").count == 3)  // at the top and at the end
    }

    @Test("a pipe in a value does not break the Markdown table")
    func markdownPipe() {
        var group = Fixture.group
        group.name = "A | B"
        let markdown = PlanExport.markdown(group: group, plan: plan, supervisor: nil, draft: false)
        #expect(markdown.contains("| Naam intervisiegroep | A \\| B |"))
    }

    @Test("JSON has the documented, stable shape")
    func json() throws {
        let data = PlanExport.json(group: group, plan: plan, supervisor: supervisor, draft: false)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "schemaVersion", "form", "draft", "status", "group", "supervisor",
                                    "contactPerson", "participants", "period", "totalMeetings", "durationHours", "meetings"])
        #expect(object["schema"] as? String == "intervisie.yearplan")
        #expect(object["schemaVersion"] as? Int == 1)
        #expect(object["draft"] as? Bool == false)
        #expect(object["status"] as? String == "DEFINITIEF")
        #expect(object["form"] as? String == "Jaarplan intervisiegroep medisch specialisten, Versie januari 2024")
        let groupPart = try #require(object["group"] as? [String: Any])
        #expect(groupPart["name"] as? String == "Geïntensiveerde zorg & <Leiden>")
        #expect(groupPart["focusAreas"] as? [String] == ["Communicatie met patiënten", "Samenwerking in het team"])
        #expect(groupPart["methods"] as? [String] == ["Incidentmethode", "Balintmethode"])
        #expect(groupPart["remarks"] as? String == "Bijeenkomsten om en om op locatie.\nTweede regel.")
        #expect((object["supervisor"] as? [String: String]) == ["name": "Marieke van den Berg", "phone": "06-12345678"])
        #expect((object["contactPerson"] as? [String: String]) == ["name": "Anna de Vries", "phone": "06-11111111"])
        let participants = try #require(object["participants"] as? [[String: Any]])
        #expect(participants.map { $0["big"] as? String } == ["01234567890", "00123456789", "00987654321", "11122233344", nil, "09988776655"])
        #expect(participants[4]["big"] is NSNull)  // present as null, not left out
        #expect(participants[3]["name"] as? String == "Evil\u{1B}[31mName")  // exact data, JSON-escaped on the wire
        #expect(!data.contains(0x1B))
        #expect((object["period"] as? [String: String]) == ["from": "2024-09-01", "to": "2025-08-31"])
        #expect(object["totalMeetings"] as? Int == 6)
        #expect(object["durationHours"] as? Double == 2.5)
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        #expect(meetings.count == 7)
        #expect(meetings.first?["date"] as? String == "2024-09-17")
        #expect(meetings.last?["date"] is NSNull)
        #expect(meetings.last?["topic"] as? String == "Reservebijeenkomst")

        let draft = try #require(try JSONSerialization.jsonObject(
            with: PlanExport.json(group: group, plan: plan, supervisor: supervisor, draft: true)) as? [String: Any])
        #expect(draft["draft"] as? Bool == true)
        #expect(draft["status"] as? String == "CONCEPT")
    }

    @Test("JSON of an unfinished plan keeps every key, with nulls")
    func jsonNulls() throws {
        let bare = Group(id: "x", name: "Nieuw")
        let plan = YearPlan(from: Fixture.date("2025-01-01"), to: Fixture.date("2025-12-31"))
        let object = try #require(try JSONSerialization.jsonObject(
            with: PlanExport.json(group: bare, plan: plan, supervisor: nil, draft: true)) as? [String: Any])
        #expect(object["contactPerson"] is NSNull)
        #expect(object["totalMeetings"] is NSNull)
        #expect(object["durationHours"] is NSNull)
        #expect((object["participants"] as? [Any])?.isEmpty == true)
    }

    @Test("the group's own supervisor wins over the profile; the profile fills in when the group names none")
    func supervisorChoice() {
        var group = Fixture.group
        #expect(PlanContent(group: group, plan: plan, supervisor: supervisor).supervisor
                == .init(name: "Marieke van den Berg", phone: "06-12345678"))
        group.supervisorName = "Joost Jansen"
        group.supervisorPhone = "020-7654321"
        #expect(PlanContent(group: group, plan: plan, supervisor: supervisor).supervisor
                == .init(name: "Joost Jansen", phone: "020-7654321"))
        group.supervisorName = "  "
        #expect(PlanContent(group: group, plan: plan, supervisor: nil).supervisor == .init(name: "", phone: ""))
    }

    @Test("every format renders to bytes through the one entry point")
    func renderEntryPoint() {
        for format in PlanFormat.allCases {
            let data = PlanExport.render(format, group: group, plan: plan, supervisor: supervisor, draft: false)
            #expect(!data.isEmpty, "\(format)")
        }
        #expect(PlanExport.render(.docx, group: group, plan: plan, supervisor: nil, draft: false).prefix(2) == Data("PK".utf8))
    }
}
