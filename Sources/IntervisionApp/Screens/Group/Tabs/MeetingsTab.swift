import IntervisionCore

extension GroupView {
    static func drawMeetings(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let statusWidth = [GroupTexts.columnStatus, GroupTexts.meetingHeld, GroupTexts.meetingPlanned].map { DisplayWidth.of($0.text(language)) }.max() ?? 8
        let table = Table(columns: [
            Table.Column(GroupTexts.columnDate.text(language), width: 10),
            Table.Column(GroupTexts.columnStatus.text(language), width: statusWidth),
            Table.Column(GroupTexts.columnTopic.text(language), width: 12, weight: 3),
            Table.Column(GroupTexts.columnPresent.text(language), width: max(5, DisplayWidth.of(GroupTexts.columnPresent.text(language))), alignment: .right),
            Table.Column(GroupTexts.columnMethod.text(language), width: 8, weight: 2),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.meetings.isEmpty { EmptyList.draw(&canvas, text: GroupTexts.noMeetings.text(language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.meetings.count, cursor: cursor) { index in
            let row = content.meetings[index]
            if !row.isHeld {
                return [Table.Item(Format.date(row.date, language), .muted), Table.Item(GroupTexts.meetingPlanned.text(language), .muted),
                        Table.Item(row.topic, .muted), Table.Item("", .muted), Table.Item("", .muted)]
            }
            let presentRole: StyleRole = row.expected > 0 && Double(row.present) / Double(row.expected) < 0.75 ? .warning : .text
            return [Table.Item(Format.date(row.date, language)), Table.Item(GroupTexts.meetingHeld.text(language), .ok),
                    Table.Item(row.topic), Table.Item("\(row.present)/\(row.expected)", presentRole), Table.Item(row.method)]
        }
    }
}
