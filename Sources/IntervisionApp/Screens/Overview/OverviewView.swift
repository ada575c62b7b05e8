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
    /// The columns for a table this wide, and whether the plan column uses its short words: the full
    /// ones ("gewijzigd na export") while the group's name keeps room, else "gewijzigd", "in GAIA".
    static func columns(_ language: Language, width tableWidth: Int) -> (columns: [Table.Column], shortPlanWords: Bool) {
        func width(_ key: LocalizedText, atLeast minimum: Int) -> Int { max(minimum, DisplayWidth.of(key.text(language))) }
        func planWidth(short: Bool) -> Int {
            ([OverviewTexts.columnPlan] + AppTexts.planStatusWords(short: short)).map { DisplayWidth.of($0.text(language)) }.max() ?? 12
        }
        func make(short: Bool) -> [Table.Column] {
            [
                Table.Column("", width: 2),
                Table.Column(OverviewTexts.columnGroup.text(language), width: 12, weight: 1),
                Table.Column(OverviewTexts.columnMeetings.text(language), width: width(OverviewTexts.columnMeetings, atLeast: 7), alignment: .right),
                Table.Column(OverviewTexts.columnNextDue.text(language), width: width(OverviewTexts.columnNextDue, atLeast: 10)),
                Table.Column(OverviewTexts.columnAtRisk.text(language), width: width(OverviewTexts.columnAtRisk, atLeast: 5), alignment: .right),
                Table.Column(OverviewTexts.columnPlan.text(language), width: planWidth(short: short)),
            ]
        }
        let full = make(short: false)
        if Table.layout(full, width: tableWidth)[1] >= minimumNameWidth { return (full, false) }
        return (make(short: true), true)
    }

    /// The group's name column keeps at least this much before the plan column gets its full words.
    static let minimumNameWidth = 28

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

        let layout = columns(language, width: width - 2)
        let table = Table(columns: layout.columns, width: width - 2)
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
            return items(row, today: state.today, language: language, shortPlanWords: layout.shortPlanWords)
        }

        if screen.isEditingFilter {
            drawFilterInput(&canvas, screen: screen, language: language)
        } else {
            Chrome.drawStatusBar(&canvas, scope: .overview, state: state)
        }
    }

    static func items(_ row: OverviewRow, today: CivilDate, language: Language, shortPlanWords: Bool) -> [Table.Item] {
        let mark: Table.Item = row.errors > 0 ? Table.Item("!!", .error) : row.warnings > 0 ? Table.Item("! ", .warning) : Table.Item("", .text)
        let meetings = "\(row.held)/\(row.planned)"
        return [
            mark,
            Table.Item(row.name, row.errors > 0 ? .error : .text),
            Table.Item(meetings, row.planned > 0 && row.held >= row.planned ? .ok : .text),
            Table.Item(Format.date(row.nextDue, language), Format.dueRole(row.nextDue, today: today)),
            Table.Item(row.atRisk > 0 ? String(row.atRisk) : "–", row.atRisk > 0 ? .warning : .muted),
            Table.Item(AppTexts.planStatus(row.planStatus, short: shortPlanWords).text(language), Format.planRole(row.planStatus)),
        ]
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
