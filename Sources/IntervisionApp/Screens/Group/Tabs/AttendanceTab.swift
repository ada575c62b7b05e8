import IntervisionCore

/// The attendance tab: who came to which meeting of the year.
extension GroupView {
    /// Members × held meetings with totals both ways. Meeting columns are "dd-mm" when they fit,
    /// else three cells wide with the day over the month (8 members × 12 meetings fit 80×24); when
    /// even that is too wide, the latest meetings are shown.
    ///
    /// ```
    ///                      03 14 26 …
    ///  Naam                03 05 07 …  Totaal
    ///  Anna de Vries        ✓  ✓  E    5/6  83%
    ///  Aanwezig             8  7  6
    /// ```
    static func drawAttendance(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let grid = content.grid
        let width = canvas.size.width
        let totalsTitle = GroupTexts.columnTotal.text(language)
        let totalsWidth = max(9, DisplayWidth.of(totalsTitle))
        let longestName = grid.members.map { DisplayWidth.of($0.member.name) }.max() ?? 10
        let nameWidth = max(10, min(22, longestName))
        let room = max(0, width - 2 - nameWidth - 1 - totalsWidth - 1)
        let wide = grid.meetings.count * 6 <= room
        let cell = wide ? 6 : 3
        let shownCount = min(grid.meetings.count, room / cell)
        let first = grid.meetings.count - shownCount
        let headRows = wide ? 1 : 2
        let gridLeft = 1 + nameWidth + 1
        let totalsColumn = gridLeft + shownCount * cell + 1

        // Heads.
        let head = top - 1
        for r in 0..<headRows { canvas.fill(row: head + r, role: .columnHeader) }
        canvas.write(AppTexts.columnName.text(language), row: head + headRows - 1, column: 1, maxWidth: nameWidth, role: .columnHeader)
        if first > 0 {
            canvas.write(GroupTexts.gridEarlier(first).text(language), row: head, column: 1, maxWidth: nameWidth, role: .columnHeader)
        }
        for (offset, meeting) in grid.meetings[first...].enumerated() {
            let column = gridLeft + offset * cell
            if wide {
                canvas.write(Format.dayMonth(meeting.date, language), row: head, column: column, role: .columnHeader)
            } else {
                let parts = Format.dayMonth(meeting.date, language).split(separator: "-").map(String.init)
                canvas.write(parts[0], row: head, column: column, role: .columnHeader)
                canvas.write(parts[1], row: head + 1, column: column, role: .columnHeader)
            }
        }
        canvas.writeRight(totalsTitle, row: head + headRows - 1, column: totalsColumn, width: totalsWidth, role: .columnHeader)

        guard !grid.meetings.isEmpty || !grid.members.isEmpty else {
            EmptyList.draw(&canvas, text: GroupTexts.noMeetings.text(language), row: top + 2)
            return
        }
        // Rows: scrolled so the selection shows in the room left under the two-line head.
        let listTop = top + headRows - 1
        let visible = max(1, height - (headRows - 1) - 2)
        var scroll = min(cursor.scroll, max(0, grid.members.count - visible))
        if cursor.selected >= scroll + visible { scroll = cursor.selected - visible + 1 }
        if cursor.selected < scroll { scroll = cursor.selected }
        for index in scroll..<min(grid.members.count, scroll + visible) {
            let row = listTop + index - scroll
            let line = grid.members[index]
            let selected = index == cursor.selected
            if selected { canvas.fill(row: row, role: .selection) }
            canvas.write(line.member.name, row: row, column: 1, maxWidth: nameWidth, role: selected ? .selection : (line.member.left != nil ? .muted : .text))
            for (offset, mark) in line.marks[first...].enumerated() {
                let (symbol, role) = self.mark(mark)
                canvas.write(symbol, row: row, column: gridLeft + offset * cell + (wide ? 2 : 1), role: selected ? .selection : role)
            }
            let total = line.expected > 0 ? "\(line.attended)/\(line.expected) \(Format.percentage(line.percentage))" : "—"
            let low = (line.percentage ?? 1) < 0.75
            canvas.writeRight(total, row: row, column: totalsColumn, width: totalsWidth, role: selected ? .selection : (low ? .warning : .text))
        }
        // Totals per meeting, and what the marks mean.
        let totalsRow = listTop + min(visible, grid.members.count)
        if totalsRow < canvas.size.height - 1 {
            canvas.write(GroupTexts.gridPresent.text(language), row: totalsRow, column: 1, maxWidth: nameWidth, role: .columnHeader)
            for (offset, present) in grid.presentPerMeeting[first...].enumerated() {
                let text = wide ? "\(present)/\(grid.expectedPerMeeting[first + offset])" : String(present)
                canvas.writeRight(text, row: totalsRow, column: gridLeft + offset * cell, width: cell - 1, role: .columnHeader)
            }
        }
        if totalsRow + 1 < canvas.size.height - 1 {
            canvas.write(GroupTexts.gridLegend.text(language), row: totalsRow + 1, column: 1, maxWidth: width - 2, role: .muted)
        }
    }

    static func mark(_ mark: AttendanceGrid.Mark) -> (String, StyleRole) {
        switch mark {
        case .present: return ("✓", .ok)
        case .absent: return ("·", .warning)
        case .excused: return ("E", .warning)
        case .notExpected: return (" ", .muted)
        }
    }
}
