import IntervisionCore

/// Every group at a glance, what needs action first.
///
/// ```
///  intervisie › Overzicht                                   begeleider · 22-11-2026
///  8 groepen · 2 met fouten · 3 met waarschuwingen                              1/8
///     Groep                        Bijeenk. Volgende vóór  Risico Jaarplan
///  !! Chirurgen Utrecht                 4/6 15-12-2026          1 geëxporteerd
/// ```
enum OverviewView {
    static func columns(_ language: Language) -> [Table.Column] {
        func width(_ key: TextKey, atLeast minimum: Int) -> Int { max(minimum, DisplayWidth.of(Texts.text(key, language))) }
        let planWidth = [TextKey.columnPlan, .planMissing, .planIncomplete, .planComplete, .planExported]
            .map { DisplayWidth.of(Texts.text($0, language)) }.max() ?? 12
        return [
            Table.Column("", width: 2),
            Table.Column(Texts.text(.columnGroup, language), width: 12, weight: 1),
            Table.Column(Texts.text(.columnMeetings, language), width: width(.columnMeetings, atLeast: 7), alignment: .right),
            Table.Column(Texts.text(.columnNextDue, language), width: width(.columnNextDue, atLeast: 10)),
            Table.Column(Texts.text(.columnAtRisk, language), width: width(.columnAtRisk, atLeast: 5), alignment: .right),
            Table.Column(Texts.text(.columnPlan, language), width: planWidth),
        ]
    }

    static func draw(_ canvas: inout Canvas, screen: OverviewScreen, state: AppState) {
        let language = state.language
        let catalog = state.catalog
        let width = canvas.size.width
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)

        // Summary line, with the filter when one is set, and the position on the right.
        let count = screen.matches?.count ?? catalog.rows.count
        var summary = Texts.format(.overviewSummary, language, Format.groupCount(catalog.count, language), String(catalog.groupsWithErrors),
                                   String(catalog.groupsWithWarnings))
        if !screen.filter.isEmpty {
            summary += " · " + Texts.format(.filterActive, language, screen.filter.text, String(count), String(catalog.count))
        }
        let position = count == 0 ? "0/0" : "\(screen.cursor.selected + 1)/\(count)"
        canvas.write(summary, row: 1, column: 1, maxWidth: width - DisplayWidth.of(position) - 3, role: .muted)
        canvas.writeRight(position, row: 1, column: 0, width: width - 1, role: .muted)

        let table = Table(columns: columns(language), width: width - 2)
        table.drawHeader(&canvas, row: 2)
        let top = 3
        let height = Layout.overviewListHeight(state.size)
        if count == 0 {
            let text = catalog.isEmpty ? Texts.text(.overviewNoGroups, language)
                : Texts.format(.overviewNoMatch, language, screen.filter.text)
            EmptyList.draw(&canvas, text: text, row: top + 1)
        }
        table.drawRows(&canvas, top: top, height: height, count: count, cursor: screen.cursor) { index in
            let row = catalog.rows[screen.matches?[index] ?? index]
            return items(row, today: state.today, language: language)
        }

        if screen.isEditingFilter {
            drawFilterInput(&canvas, screen: screen, language: language)
        } else {
            Chrome.drawStatusBar(&canvas, scope: .overview, state: state)
        }
    }

    static func items(_ row: OverviewRow, today: CivilDate, language: Language) -> [Table.Item] {
        let mark: Table.Item = row.errors > 0 ? Table.Item("!!", .error) : row.warnings > 0 ? Table.Item("! ", .warning) : Table.Item("", .text)
        let meetings = "\(row.held)/\(row.planned)"
        return [
            mark,
            Table.Item(row.name, row.errors > 0 ? .error : .text),
            Table.Item(meetings, row.planned > 0 && row.held >= row.planned ? .ok : .text),
            Table.Item(Format.date(row.nextDue, language), Format.dueRole(row.nextDue, today: today)),
            Table.Item(row.atRisk > 0 ? String(row.atRisk) : "–", row.atRisk > 0 ? .warning : .muted),
            Table.Item(Format.planStatus(row.planStatus, language), Format.planRole(row.planStatus)),
        ]
    }

    /// While typing a filter the status bar becomes the input line, with the hints after it.
    static func drawFilterInput(_ canvas: inout Canvas, screen: OverviewScreen, language: Language) {
        let row = canvas.size.height - 1
        canvas.fill(row: row, role: .statusBar)
        let prompt = Texts.text(.filterPrompt, language)
        let promptWidth = canvas.write(" " + prompt, row: row, column: 0, role: .statusBar)
        let fieldWidth = max(8, min(30, canvas.size.width / 3))
        let cursorColumn = screen.filter.draw(on: &canvas, row: row, column: promptWidth, width: fieldWidth)
        canvas.cursor = (row, cursorColumn)
        Chrome.drawHints(&canvas, row: row, scope: .filter, language: language, column: promptWidth + fieldWidth + 1)
    }
}
