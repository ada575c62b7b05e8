import IntervisionCore

extension GroupView {
    /// Date, time (where the screen has room), held or planned, topic, present of expected, whether
    /// the attendance is entered in GAIA, method.
    static func drawMeetings(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        func widest(_ texts: [LocalizedText]) -> Int { texts.map { DisplayWidth.of($0.text(language)) }.max() ?? 4 }
        let statusWidth = widest([GroupTexts.columnStatus, GroupTexts.meetingHeld, GroupTexts.meetingPlanned])
        let gaiaWidth = widest([GroupTexts.columnGAIA, GroupTexts.gaiaNotYet, GroupTexts.gaiaEntered])
        let presentWidth = max(5, DisplayWidth.of(GroupTexts.columnPresent.text(language)))
        let timeWidth = 11  // 19:00–21:30
        // The time goes first when the row is short of room: the form and the sign-in sheet have it.
        let withTime = canvas.size.width - 2 >= 10 + timeWidth + statusWidth + 12 + presentWidth + gaiaWidth + 8 + 6
        var columns = [Table.Column(GroupTexts.columnDate.text(language), width: 10)]
        if withTime { columns.append(Table.Column(GroupTexts.columnTime.text(language), width: timeWidth)) }
        columns += [
            Table.Column(GroupTexts.columnStatus.text(language), width: statusWidth),
            Table.Column(GroupTexts.columnTopic.text(language), width: 12, weight: 3),
            Table.Column(GroupTexts.columnPresent.text(language), width: presentWidth, alignment: .right),
            Table.Column(GroupTexts.columnGAIA.text(language), width: gaiaWidth),
            Table.Column(GroupTexts.columnMethod.text(language), width: 8, weight: 2),
        ]
        let table = Table(columns: columns, width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.meetings.isEmpty { EmptyList.draw(&canvas, text: GroupTexts.noMeetings.text(language), row: top + 1) }
        // The meetings whose attendance is overdue in GAIA, from the group's actions.
        let overdue = Set(content.actions.filter { $0.kind == .reportAttendance && $0.isOverdue }.compactMap(\.meetingID))
        table.drawRows(&canvas, top: top, height: height, count: content.meetings.count, cursor: cursor) { index in
            let row = content.meetings[index]
            let time = Table.Item(row.time?.display ?? "", row.isHeld ? .text : .muted)
            var items: [Table.Item]
            if !row.isHeld {
                items = [Table.Item(Format.date(row.date, language), .muted), Table.Item(GroupTexts.meetingPlanned.text(language), .muted),
                         Table.Item(row.topic, .muted), Table.Item("", .muted), Table.Item("", .muted), Table.Item("", .muted)]
            } else {
                let presentRole: StyleRole = row.expected > 0 && Double(row.present) / Double(row.expected) < 0.75 ? .warning : .text
                let gaia = row.reported != nil
                    ? Table.Item(GroupTexts.gaiaEntered.text(language), .ok)
                    : Table.Item(GroupTexts.gaiaNotYet.text(language), row.id.map(overdue.contains) == true ? .error : .warning)
                items = [Table.Item(Format.date(row.date, language)), Table.Item(GroupTexts.meetingHeld.text(language), .ok),
                         Table.Item(row.topic), Table.Item("\(row.present)/\(row.expected)", presentRole), gaia, Table.Item(row.method)]
            }
            if withTime { items.insert(time, at: 1) }
            return items
        }
    }
}
