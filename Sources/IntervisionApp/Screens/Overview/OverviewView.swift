import IntervisionCore

/// Every group at a glance: what each needs next, the most urgent first (`Agenda.overviewOrder`).
///
/// ```
///  intervisie › Overzicht                                   begeleider · 22-11-2026
///  8 groepen · 2 met fouten · 3 met waarschuwingen                              1/8
///     Groep             Uiterlijk  Eerstvolgende actie                Laat Risico
///  !! Chirurgen Utrecht 15-12-2026 Bijeenkomst houden: gepland op 1…    1      2
/// ```
enum OverviewView {
    /// The columns for a table this wide: the name as wide as the longest (`widestName`), but at
    /// most 17 cells at 80 columns, growing with the width up to 28 from 100; the action's text
    /// takes the rest.
    static func columns(_ language: Language, width tableWidth: Int, widestName: Int) -> [Table.Column] {
        func width(_ key: LocalizedText, atLeast minimum: Int) -> Int { max(minimum, DisplayWidth.of(key.text(language))) }
        let nameRoom = min(maximumNameWidth, max(minimumNameWidth, tableWidth - 70))
        return [
            Table.Column("", width: 2),
            Table.Column(OverviewTexts.columnGroup.text(language), width: max(width(OverviewTexts.columnGroup, atLeast: 5), min(nameRoom, widestName))),
            Table.Column(OverviewTexts.columnDue.text(language), width: width(OverviewTexts.columnDue, atLeast: 10)),
            Table.Column(OverviewTexts.columnAction.text(language), width: 10, weight: 1),
            Table.Column(OverviewTexts.columnOverdue.text(language), width: width(OverviewTexts.columnOverdue, atLeast: 2), alignment: .right),
            Table.Column(OverviewTexts.columnAtRisk.text(language), width: width(OverviewTexts.columnAtRisk, atLeast: 2), alignment: .right),
        ]
    }

    static let minimumNameWidth = 17
    static let maximumNameWidth = 28

    static func draw(_ canvas: inout Canvas, screen: OverviewScreen, state: AppState) {
        let language = state.language
        let catalog = state.catalog
        let width = canvas.size.width
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)

        // Summary line, with the filter when one is set, and the position on the right.
        let count = screen.matches?.count ?? catalog.rows.count
        var summary = OverviewTexts.summary(groups: catalog.count, withErrors: catalog.groupsWithErrors,
                                            withWarnings: catalog.groupsWithWarnings).text(language)
        if !screen.filter.isEmpty {
            summary += " · " + OverviewTexts.filterActive(screen.filter.text, matches: count, of: catalog.count).text(language)
        }
        let position = count == 0 ? "0/0" : "\(screen.cursor.selected + 1)/\(count)"
        canvas.write(summary, row: 1, column: 1, maxWidth: width - DisplayWidth.of(position) - 3, role: .muted)
        canvas.writeRight(position, row: 1, column: 0, width: width - 1, role: .muted)

        let table = Table(columns: columns(language, width: width - 2, widestName: catalog.widestName), width: width - 2)
        table.drawHeader(&canvas, row: 2)
        let top = 3
        let height = Layout.overviewListHeight(state.size)
        if count == 0 {
            let text = catalog.isEmpty ? OverviewTexts.noGroups.text(language)
                : OverviewTexts.noMatch(screen.filter.text).text(language)
            EmptyList.draw(&canvas, text: text, row: top + 1)
        }
        table.drawRows(&canvas, top: top, height: height, count: count, cursor: screen.cursor) { index in
            let row = catalog.rows[screen.matches?[index] ?? index]
            return items(row, agenda: catalog.agenda(of: row), today: state.today, language: language)
        }

        if screen.isEditingFilter {
            drawFilterInput(&canvas, screen: screen, language: language)
        } else {
            Chrome.drawStatusBar(&canvas, scope: .overview, state: state, withReminder: true)
        }
    }

    static func items(_ row: OverviewRow, agenda: GroupAgenda, today: CivilDate, language: Language) -> [Table.Item] {
        let mark: Table.Item = row.errors > 0 ? Table.Item("!!", .error) : row.warnings > 0 ? Table.Item("! ", .warning) : Table.Item("", .text)
        let action = agenda.mostUrgent
        return [
            mark,
            Table.Item(row.name, row.errors > 0 ? .error : .text),
            Table.Item(Format.date(action?.due, language), action.map { Format.agendaRole($0.due, today: today) } ?? .muted),
            action.map { Table.Item($0.text.text(language)) } ?? Table.Item(OverviewTexts.nothingToDo.text(language), .muted),
            count(agenda.overdue, .error),
            count(agenda.membersAtRisk, .warning),
        ]
    }

    /// A count that matters in its role, none as a muted dash.
    private static func count(_ value: Int, _ role: StyleRole) -> Table.Item {
        value > 0 ? Table.Item(String(value), role) : Table.Item("–", .muted)
    }

    /// While typing a filter the status bar becomes the input line, with the hints after it.
    static func drawFilterInput(_ canvas: inout Canvas, screen: OverviewScreen, language: Language) {
        let row = canvas.size.height - 1
        canvas.fill(row: row, role: .statusBar)
        let prompt = OverviewTexts.filterPrompt.text(language)
        let promptWidth = canvas.write(" " + prompt, row: row, column: 0, role: .statusBar)
        let fieldWidth = max(8, min(30, canvas.size.width / 3))
        let cursorColumn = screen.filter.draw(on: &canvas, row: row, column: promptWidth, width: fieldWidth)
        canvas.cursor = (row, cursorColumn)
        Chrome.drawHints(&canvas, row: row, scope: .filter, language: language, column: promptWidth + fieldWidth + 1)
    }
}
