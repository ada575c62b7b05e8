import IntervisionCore

extension GroupView {
    static func drawMembers(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let mayMissWidth = max(DisplayWidth.of(Texts.text(.columnMayMiss, language)), DisplayWidth.of(Texts.text(.cannotReach75, language)))
        let table = Table(columns: [
            Table.Column(Texts.text(.columnName, language), width: 14, weight: 3),
            Table.Column(Texts.text(.columnSpecialism, language), width: 10, weight: 2),
            Table.Column(Texts.text(.columnBIG, language), width: 11),
            Table.Column(Texts.text(.columnAttendance, language), width: max(5, DisplayWidth.of(Texts.text(.columnAttendance, language))),
                         alignment: .right),
            Table.Column(Texts.text(.columnMayMiss, language), width: mayMissWidth, alignment: .right),
            Table.Column(Texts.text(.columnHours, language), width: max(4, DisplayWidth.of(Texts.text(.columnHours, language))), alignment: .right),
            Table.Column(Texts.text(.columnHoursPeriod, language), width: max(7, DisplayWidth.of(Texts.text(.columnHoursPeriod, language))),
                         alignment: .right),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.members.isEmpty { EmptyList.draw(&canvas, text: Texts.text(.noMembers, language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.members.count, cursor: cursor) { index in
            let row = content.members[index]
            let name = row.member.name + (row.isContact ? " " + Texts.text(.contactMark, language) : "")
            if row.hasLeft {
                let left = Texts.format(.memberLeft, language, Format.date(row.member.left, language))
                return [Table.Item(name, .muted), Table.Item(left, .muted), Table.Item(row.member.big?.digits ?? "", .muted)]
            }
            let big = row.member.big.map { Table.Item($0.digits) } ?? Table.Item(Texts.text(.noBIG, language), .warning)
            guard let standing = row.standing else {
                return [Table.Item(name), Table.Item(row.member.specialism), big, Table.Item("—", .muted), Table.Item("—", .muted)]
            }
            let miss: Table.Item
            if !standing.canReach75 {
                miss = Table.Item(Texts.text(.cannotReach75, language), .error)
            } else {
                miss = Table.Item(String(standing.mayStillMiss), standing.mayStillMiss == 0 ? .warning : .text)
            }
            let percentageRole: StyleRole = (standing.percentage ?? 1) < 0.75 ? .warning : .text
            let hours = row.member.big == nil ? Table.Item("—", .muted) : Table.Item(NumberInput.hoursText(standing.hoursThisYear, language: language))
            let period = row.member.big == nil ? Table.Item("—", .muted)
                : Table.Item("\(NumberInput.hoursText(standing.hoursInPeriod, language: language))/24", standing.hoursInPeriod > 24 ? .warning : .text)
            return [Table.Item(name), Table.Item(row.member.specialism), big,
                    Table.Item(Format.percentage(standing.percentage), percentageRole), miss, hours, period]
        }
    }
}
