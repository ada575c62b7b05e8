import IntervisionCore

extension GroupView {
    static func drawMembers(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let mayMissWidth = max(DisplayWidth.of(GroupTexts.columnMayMiss.text(language)), DisplayWidth.of(GroupTexts.cannotReach75.text(language)))
        let table = Table(columns: [
            Table.Column(AppTexts.columnName.text(language), width: 14, weight: 3),
            Table.Column(AppTexts.columnSpecialism.text(language), width: 10, weight: 2),
            Table.Column(AppTexts.columnBIG.text(language), width: 11),
            Table.Column(GroupTexts.columnAttendance.text(language), width: max(5, DisplayWidth.of(GroupTexts.columnAttendance.text(language))),
                         alignment: .right),
            Table.Column(GroupTexts.columnMayMiss.text(language), width: mayMissWidth, alignment: .right),
            Table.Column(GroupTexts.columnHours.text(language), width: max(4, DisplayWidth.of(GroupTexts.columnHours.text(language))), alignment: .right),
            Table.Column(GroupTexts.columnHoursPeriod.text(language), width: max(7, DisplayWidth.of(GroupTexts.columnHoursPeriod.text(language))),
                         alignment: .right),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.members.isEmpty { EmptyList.draw(&canvas, text: GroupTexts.noMembers.text(language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.members.count, cursor: cursor) { index in
            let row = content.members[index]
            let name = row.member.name + (row.isContact ? " " + GroupTexts.contactMark.text(language) : "")
            if row.hasLeft {
                let left = GroupTexts.memberLeft(row.member.left).text(language)
                return [Table.Item(name, .muted), Table.Item(left, .muted), Table.Item(row.member.big?.digits ?? "", .muted)]
            }
            let big = row.member.big.map { Table.Item($0.digits) } ?? Table.Item(GroupTexts.noBIG.text(language), .warning)
            guard let standing = row.standing else {
                return [Table.Item(name), Table.Item(row.member.specialism), big, Table.Item("—", .muted), Table.Item("—", .muted)]
            }
            let miss: Table.Item
            if !standing.canReach75 {
                miss = Table.Item(GroupTexts.cannotReach75.text(language), .error)
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
