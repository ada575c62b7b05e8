import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

/// One meeting's list: a held meeting's attendance, or a blank sheet to sign at one still to come.
@Suite("Attendance of one meeting; the blank sign-in sheet")
struct SignInSheetTests {
    let plan = Fixture.plan, supervisor = Fixture.supervisor

    /// The fixture group, with its 2025-03-18 meeting planned at a time and a place.
    var group: Group {
        var group = Fixture.group
        let row = group.plans[0].planned.firstIndex { $0.date == Fixture.date("2025-03-18") }!
        group.plans[0].planned[row].time = try! MeetingTime.parse("19:30-22:00").get()
        group.plans[0].planned[row].location = "Zaal 2, Leiden"
        return group
    }

    @Test("DOCX for a planned meeting: group, date, times, topic, method to fill in, members with BIG numbers, an empty signature column")
    func blankSheet() throws {
        let data = try ExportJob.render(ExportRequest(.meetingAttendance(.docx, date: Fixture.date("2025-03-18")), group: group, plan: plan,
                                                      supervisor: supervisor, today: Fixture.today), now: Date())
        let docx = try DocxReport.read(data)
        #expect(docx.untyped.isEmpty && docx.dangling.isEmpty && docx.missingParts.isEmpty && docx.rawControls.isEmpty)
        #expect(docx.paragraphs.first == "Presentielijst intervisiegroep")
        #expect(docx.blocks.filter { $0.style == "Heading1" }.compactMap(\.paragraph) == ["Bijeenkomst 18-03-2025"])
        let fields = try #require(docx.tables.dropFirst().first)
        #expect(fields == [["Datum", "18-03-2025"], ["Tijd", "van 19:30 tot 22:00"],
                           ["Onderwerp", ExpectedPlan.meetings[4][1]], ["Methode", "______________"],
                           ["Locatie", "Zaal 2, Leiden"]])
        let sheet = try #require(docx.tables.first { $0.first?.last == "Handtekening" })
        #expect(sheet == [
            ["Naam", "BIG-nummer", "Handtekening"],
            ["Anna de Vries", "01234567890", ""],
            ["Ümit Çelik", "00123456789", ""],
            ["Zoë \"Z\" O'Brien & <Co>", "00987654321", ""],
            ["Evil\u{241B}[31mName", "11122233344", ""],
            ["Sanne Bakker", "geen", ""],
            ["Nieuw Lid", "09988776655", ""],  // joined after the first meetings: a member on that day
        ])
        #expect(docx.paragraphs.contains("Aantal aanwezig: ____ van 6"))
        #expect(docx.paragraphs.contains("Handtekening begeleider (Marieke van den Berg): ______________________________"))
        if let reader = docx.pythonDocx { #expect(reader.tables == docx.tables) }
    }

    @Test("no time planned: lines to write the times on")
    func blankTimes() throws {
        let data = try #require(AttendanceExport.render(.html, group: Fixture.group, plan: plan, supervisor: supervisor,
                                                        date: Fixture.date("2025-05-20")))
        let page = try HTMLReport.read(String(decoding: data, as: UTF8.self))
        #expect(page.tables.contains { $0.contains(["Tijd", "van ________ tot ________"]) })
        #expect(page.tables.contains { $0.first == ["Naam", "BIG-nummer", "Handtekening"] })
    }

    @Test("a held meeting's own list: presence, and the times it was held")
    func heldMeeting() throws {
        let data = try #require(AttendanceExport.render(.docx, group: Fixture.group, plan: plan, supervisor: supervisor,
                                                        date: Fixture.date("2024-09-17")))
        let docx = try DocxReport.read(data)
        #expect(docx.blocks.filter { $0.style == "Heading1" }.compactMap(\.paragraph) == ["Bijeenkomst 17-09-2024"])
        #expect(docx.tables.contains { $0.contains(["Tijd", "van 19:00 tot 21:30"]) && $0.contains(["Locatie", "Zaal 2, Leiden"]) })
        #expect(docx.tables.contains { $0.first == ["Naam", "BIG-nummer", "Aanwezigheid", "Reden afwezigheid", "Handtekening"] })
        #expect(docx.paragraphs.contains("Aanwezig: 3 van 5"))
    }

    @Test("CSV of a blank sheet: names and BIG numbers, presence left empty")
    func blankCSV() throws {
        let data = try #require(AttendanceExport.render(.csv, group: group, plan: plan, supervisor: supervisor,
                                                        date: Fixture.date("2025-03-18")))
        let rows = AttendanceExportTests.parseCSV(String(decoding: data, as: UTF8.self))
        #expect(rows.count == 7)
        #expect(rows[1] == ["2025-03-18", ExpectedPlan.meetings[4][1], "Anna de Vries", "=\"01234567890\"", "", "", "19:30", "22:00"])
    }

    @Test("no meeting held or planned on the date: refused, with the date")
    func noMeeting() {
        #expect(throws: ExportFailure.refused(.noMeetingOn(Fixture.date("2025-03-19")))) {
            try ExportJob.render(ExportRequest(.meetingAttendance(.docx, date: Fixture.date("2025-03-19")), group: group, plan: plan,
                                               supervisor: supervisor, today: Fixture.today), now: Date())
        }
        #expect(ExportRefusal.noMeetingOn(Fixture.date("2025-03-19")).message.nl == "geen bijeenkomst gehouden of gepland op 19-03-2025")
        #expect(ExportKind.meetingAttendance(.docx, date: Fixture.date("2025-03-19")).fileKind == "presentielijst-2025-03-19")
    }
}
