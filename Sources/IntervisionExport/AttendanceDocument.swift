/// The attendance list ("presentielijst") as accreditation bodies ask for it after each meeting:
/// one page per meeting with the participants, their BIG numbers, presence and a column to sign.
/// The NRGD and accreditors spot-check signed lists on date, start and end time, names and
/// signatures, so the times are on it (or lines to write them on), and a meeting still to come gets
/// a blank sheet to sign at the meeting.
enum AttendanceDocument {
    static let title = "Presentielijst intervisiegroep"
    static let columns = (date: "Datum", topic: "Onderwerp", name: "Naam", big: "BIG-nummer",
                          status: "Aanwezigheid", reason: "Reden afwezigheid", signature: "Handtekening")
    /// Room to write by hand what is not known yet.
    static let writeIn = "______________"

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
            blocks.append(.fields(meetingFields(meeting)))
            blocks.append(meeting.blank ? signInTable(meeting) : attendanceTable(meeting))
            if meeting.blank {
                blocks.append(.paragraph(["Aantal aanwezig: ____ van \(meeting.rows.count)"]))
            } else {
                let present = meeting.rows.filter(\.present).count
                blocks.append(.paragraph(["Aanwezig: \(present) van \(meeting.rows.count)"]))
            }
            let signer = content.supervisorName.isBlank ? "" : " (\(content.supervisorName))"
            blocks.append(.paragraph(["Handtekening begeleider\(signer): ______________________________"]))
        }
        return ExportDocument(title: title, blocks: blocks)
    }

    /// Date, time, topic, method and place; on a blank sheet whatever is not known gets a line to fill in.
    static func meetingFields(_ meeting: AttendanceContent.Meeting) -> [ExportDocument.Field] {
        var fields: [ExportDocument.Field] = [.init(label: columns.date, lines: [meeting.date.dutch])]
        if let time = meeting.time {
            fields.append(.init(label: "Tijd", lines: ["van \(time.start.text) tot \(time.end.text)"]))
        } else if meeting.blank {
            fields.append(.init(label: "Tijd", lines: ["van ________ tot ________"]))
        }
        fields.append(.init(label: columns.topic, lines: [meeting.topic.isBlank && meeting.blank ? writeIn : meeting.topic]))
        if !meeting.method.isBlank {
            fields.append(.init(label: "Methode", lines: [meeting.method]))
        } else if meeting.blank {
            fields.append(.init(label: "Methode", lines: [writeIn]))
        }
        if !meeting.location.isBlank { fields.append(.init(label: "Locatie", lines: [meeting.location])) }
        return fields
    }

    static func attendanceTable(_ meeting: AttendanceContent.Meeting) -> ExportDocument.Block {
        .table(.init(
            columns: [.init(title: columns.name, width: 0.25), .init(title: columns.big, width: 0.16),
                      .init(title: columns.status, width: 0.18), .init(title: columns.reason, width: 0.18),
                      .init(title: columns.signature, width: 0.23)],
            rows: meeting.rows.map { row in
                [[row.name], [row.big ?? "geen"], [row.statusText], [row.present ? "" : row.reason], []]
            },
            handwritten: true,
            emptyText: "Geen aanwezigheid vastgelegd."))
    }

    /// Name and BIG number printed, the signature column empty and wide.
    static func signInTable(_ meeting: AttendanceContent.Meeting) -> ExportDocument.Block {
        .table(.init(
            columns: [.init(title: columns.name, width: 0.35), .init(title: columns.big, width: 0.2),
                      .init(title: columns.signature, width: 0.45)],
            rows: meeting.rows.map { row in [[row.name], [row.big ?? "geen"], []] },
            handwritten: true,
            emptyText: "Geen leden op deze datum."))
    }
}
