import Foundation
import IntervisionCore

/// A group that exercises every corner of the exports: diacritics, markup characters, a control
/// character in a name, commas, quotes and line breaks in topics, BIG numbers with leading zeros,
/// a member without BIG number, one who left before the year and one who joined during it.
enum Fixture {
    static func date(_ iso: String) -> CivilDate {
        let parts = iso.split(separator: "-").map { Int($0)! }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
    }

    static let esc = "\u{1B}"

    static let members: [Member] = [
        Member(id: "m1", name: "Anna de Vries", specialism: "Chirurgie", big: BIGNumber("01234567890"), phone: "06-11111111"),
        Member(id: "m2", name: "Ümit Çelik", specialism: "Interne geneeskunde", big: BIGNumber("123456789"), phone: "06-22222222"),
        Member(id: "m3", name: "Zoë \"Z\" O'Brien & <Co>", specialism: "Kindergeneeskunde, neonatologie", big: BIGNumber("00987654321")),
        Member(id: "m4", name: "Evil\(esc)[31mName", specialism: "Psychiatrie", big: BIGNumber("11122233344")),
        Member(id: "m5", name: "Sanne Bakker", specialism: "Verpleegkundig specialist", big: nil),
        Member(id: "m6", name: "Vertrokken Voorheen", specialism: "Radiologie", big: BIGNumber("55566677788"),
               left: date("2024-06-01")),
        Member(id: "m7", name: "Nieuw Lid", specialism: "Longziekten", big: BIGNumber("09988776655"),
               joined: date("2025-01-15")),
    ]

    static let plan = YearPlan(
        from: date("2024-09-01"), to: date("2025-08-31"), totalMeetings: 6, durationHours: 2.5,
        planned: [
            PlannedMeeting(date: date("2024-11-12"), topic: "Grenzen stellen; \"nee\" zeggen, zonder schuldgevoel"),
            PlannedMeeting(date: date("2024-09-17"), topic: "Slecht-nieuwsgesprek"),
            PlannedMeeting(date: date("2025-01-21"), topic: "Conflict in de maatschap\nen daarna"),
            PlannedMeeting(date: date("2025-03-18"), topic: "Een heel lang onderwerp over communicatie met patiënten, collega’s en huisartsen — met één émoji 🩺 en nog véél meer tekst"),
            PlannedMeeting(date: date("2025-05-20"), topic: "<script>alert('x')</script> & meer"),
            PlannedMeeting(date: date("2025-07-08"), topic: ""),
            PlannedMeeting(date: nil, topic: "Reservebijeenkomst"),
        ])

    static let group = Group(
        id: "g-utr 1", name: "Geïntensiveerde zorg & <Leiden>",
        focusAreas: ["Communicatie met patiënten", "Samenwerking in het team"],
        methods: ["Incidentmethode", "Balintmethode"],
        remarks: "Bijeenkomsten om en om op locatie.\nTweede regel.",
        contactMemberID: "m1",
        members: members,
        plans: [plan],
        meetings: [
            Meeting(id: "a", date: date("2024-09-17"), topic: "Slecht-nieuwsgesprek, deel 1", method: "Incidentmethode", attendance: [
                Attendance(memberID: "m1", present: true),
                Attendance(memberID: "m2", present: false, reason: "Dienst, helaas \"onverwacht\"", excused: true),
                Attendance(memberID: "m3", present: true),
                Attendance(memberID: "m4", present: true),
                Attendance(memberID: "m5", present: false, reason: "Ziek\nmet koorts"),
            ], time: MeetingTime(start: ClockTime(hour: 19, minute: 0)!, end: ClockTime(hour: 21, minute: 30)!),
               location: "Zaal 2, Leiden"),
            Meeting(id: "b", date: date("2024-11-12"), topic: "=HYPERLINK(\"http://x\"), grenzen", method: "Balintmethode", attendance: [
                Attendance(memberID: "m1", present: true),
                Attendance(memberID: "m2", present: true),
                Attendance(memberID: "m3", present: false, reason: "Vakantie"),
                Attendance(memberID: "m4", present: true),
                Attendance(memberID: "m5", present: true),
            ]),
            // Outside the plan year: never in this year's list.
            Meeting(id: "old", date: date("2024-05-01"), topic: "Vorig jaar", attendance: [
                Attendance(memberID: "m1", present: true),
            ]),
        ],
        evaluations: [
            Evaluation(id: "e1", date: date("2025-07-08"), participants: ["m1", "m2", "m4"], answers: [
                .wentWell: "Veilige sfeer & iedereen bracht een <casus> in.",
                .toImprove: "Strakker op tijd eindigen.\nSuggestie: een tijdbewaker per avond.",
                .methodsAndThemes: "Incidentmethode bij conflicten.",
                .inPractice: "Eerder feedback vragen aan collega's.",
                .agreements: "Zes bijeenkomsten; data vooraf vast.",
            ]),
        ])

    /// The day the evaluation's figures are counted on: the fixture's year has ended.
    static let today = CivilDate(year: 2025, month: 9, day: 1)!

    static let supervisor = Supervisor(name: "Marieke van den Berg", phone: "06-12345678")

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-export-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
