import IntervisionCore

extension GroupView {
    static func drawMeetings(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let statusWidth = [TextKey.columnStatus, .meetingHeld, .meetingPlanned].map { DisplayWidth.of(Texts.text($0, language)) }.max() ?? 8
        let table = Table(columns: [
            Table.Column(Texts.text(.columnDate, language), width: 10),
            Table.Column(Texts.text(.columnStatus, language), width: statusWidth),
            Table.Column(Texts.text(.columnTopic, language), width: 12, weight: 3),
            Table.Column(Texts.text(.columnPresent, language), width: max(5, DisplayWidth.of(Texts.text(.columnPresent, language))), alignment: .right),
            Table.Column(Texts.text(.columnMethod, language), width: 8, weight: 2),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.meetings.isEmpty { EmptyList.draw(&canvas, text: Texts.text(.noMeetings, language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.meetings.count, cursor: cursor) { index in
            let row = content.meetings[index]
            if !row.isHeld {
                return [Table.Item(Format.date(row.date, language), .muted), Table.Item(Texts.text(.meetingPlanned, language), .muted),
                        Table.Item(row.topic, .muted), Table.Item("", .muted), Table.Item("", .muted)]
            }
            let presentRole: StyleRole = row.expected > 0 && Double(row.present) / Double(row.expected) < 0.75 ? .warning : .text
            return [Table.Item(Format.date(row.date, language)), Table.Item(Texts.text(.meetingHeld, language), .ok),
                    Table.Item(row.topic), Table.Item("\(row.present)/\(row.expected)", presentRole), Table.Item(row.method)]
        }
    }
}
