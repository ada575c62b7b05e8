/// The attendance list ("presentielijst") as accreditation bodies ask for it after each meeting:
/// one page per meeting with the participants, their BIG numbers, presence and a column to sign.
enum AttendanceDocument {
    static let title = "Presentielijst intervisiegroep"
    static let columns = (date: "Datum", topic: "Onderwerp", name: "Naam", big: "BIG-nummer",
                          status: "Aanwezigheid", reason: "Reden afwezigheid", signature: "Handtekening")

    static func make(_ content: AttendanceContent) -> ExportDocument {
        var blocks: [ExportDocument.Block] = [
            .fields([
                .init(label: "Naam intervisiegroep", lines: [content.groupName]),
                .init(label: "Jaargang", lines: ["van \(content.from.dutch) tot \(content.to.dutch)"]),
                .init(label: "Begeleider", lines: [content.supervisorName]),
            ]),
        ]
        if content.meetings.isEmpty {
            blocks.append(.paragraph(["Er zijn in deze jaargang nog geen bijeenkomsten vastgelegd."]))
        }
        for (index, meeting) in content.meetings.enumerated() {
            blocks.append(.heading("Bijeenkomst \(meeting.date.dutch)", newPage: index > 0))
            var fields: [ExportDocument.Field] = [
                .init(label: columns.date, lines: [meeting.date.dutch]),
                .init(label: columns.topic, lines: [meeting.topic]),
            ]
            if !meeting.method.isBlank { fields.append(.init(label: "Methode", lines: [meeting.method])) }
            blocks.append(.fields(fields))
            blocks.append(.table(.init(
                columns: [.init(title: columns.name, width: 0.25), .init(title: columns.big, width: 0.16),
                          .init(title: columns.status, width: 0.18), .init(title: columns.reason, width: 0.18),
                          .init(title: columns.signature, width: 0.23)],
                rows: meeting.rows.map { row in
                    [[row.name], [row.big ?? "geen"], [row.statusText], [row.present ? "" : row.reason], []]
                },
                handwritten: true,
                emptyText: "Geen aanwezigheid vastgelegd.")))
            let present = meeting.rows.filter(\.present).count
            blocks.append(.paragraph(["Aanwezig: \(present) van \(meeting.rows.count)"]))
            let signer = content.supervisorName.isBlank ? "" : " (\(content.supervisorName))"
            blocks.append(.paragraph(["Handtekening begeleider\(signer): ______________________________"]))
        }
        return ExportDocument(title: title, blocks: blocks)
    }
}
