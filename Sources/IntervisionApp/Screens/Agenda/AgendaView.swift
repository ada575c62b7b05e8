import IntervisionCore

/// The agenda: a line per action (due date, group, what to do), under the heading of its section.
///
/// ```
///  intervisie › Overzicht › Agenda                          begeleider · 22-11-2026
///  14 acties in 8 groepen · 2 te laat, 3 deze week                             1/14
///     Uiterlijk  Groep                Actie
///  Te laat (2)
///  !! 12-11-2026 Chirurgen Utrecht    Aanwezigheid van 12-10-2026 invoeren in GAIA, …
///  …
///  Chirurgen Utrecht: Aanwezigheid van 12-10-2026 invoeren in GAIA, uiterlijk 11-11-2026
/// ```
enum AgendaView {
    /// The group's name as wide as the longest, but at most 16 cells at 80 columns, growing with the
    /// width up to 28 from 100 (as on the overview); the action's text takes the rest.
    static func columns(_ language: Language, width tableWidth: Int, widestName: Int) -> [Table.Column] {
        let nameRoom = min(OverviewView.maximumNameWidth, max(16, tableWidth - 70))
        return [
            Table.Column("", width: 2),
            Table.Column(AgendaTexts.columnDue.text(language), width: max(10, DisplayWidth.of(AgendaTexts.columnDue.text(language)))),
            Table.Column(AgendaTexts.columnGroup.text(language), width: max(DisplayWidth.of(AgendaTexts.columnGroup.text(language)), min(nameRoom, widestName))),
            Table.Column(AgendaTexts.columnAction.text(language), width: 10, weight: 1),
        ]
    }

    static func draw(_ canvas: inout Canvas, screen: AgendaScreen, state: AppState) {
        let language = state.language
        let catalog = state.catalog
        let lines = catalog.agendaLines
        let width = canvas.size.width
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)

        let place = position(of: screen.cursor.selected, in: lines)
        let summary = AgendaTexts.summary(actions: place.total, groups: catalog.count, catalog.summary).text(language)
        let position = "\(place.ordinal)/\(place.total)"
        canvas.write(summary, row: 1, column: 1, maxWidth: width - DisplayWidth.of(position) - 3, role: .muted)
        canvas.writeRight(position, row: 1, column: 0, width: width - 1, role: .muted)

        let table = Table(columns: columns(language, width: width - 2, widestName: catalog.widestName), width: width - 2)
        table.drawHeader(&canvas, row: 2)
        let top = 3
        if lines.isEmpty {
            EmptyList.draw(&canvas, text: AgendaTexts.nothingToDo.text(language), row: top + 1)
        }
        table.drawRows(&canvas, top: top, height: Layout.agendaListHeight(state.size), count: lines.count, cursor: screen.cursor) { index in
            switch lines[index] {
            case let .heading(bucket, count):
                return [Table.Item.spanning(AgendaTexts.heading(bucket, count: count).text(language), .title)]
            case let .action(action):
                return [
                    mark(action.severity),
                    Table.Item(Format.date(action.due, language), Format.agendaRole(action.due, today: state.today)),
                    Table.Item(action.groupName),
                    Table.Item(action.text.text(language)),
                ]
            }
        }
        // The selected action in full, which its row may cut: the group and the whole text.
        if let selected = screen.selected(state) {
            let line = AgendaTexts.selected(group: selected.groupName, selected.text).text(language)
            canvas.write(line, row: canvas.size.height - 2, column: 1, maxWidth: width - 2, role: .title)
        }
        Chrome.drawStatusBar(&canvas, scope: screen.keyScope, state: state, withReminder: true)
    }

    /// As on the overview: `!!` an action that resolves an error, `!` a warning.
    static func mark(_ severity: Severity?) -> Table.Item {
        switch severity {
        case .error?: return Table.Item("!!", .error)
        case .warning?: return Table.Item("! ", .warning)
        case nil: return Table.Item("")
        }
    }

    /// The selected action's place among all actions (1-based; 0 with none) and how many there
    /// are: the lines less the headings, found by stepping from heading to heading (each says how
    /// many actions follow it).
    static func position(of selected: Int, in lines: [AgendaLine]) -> (ordinal: Int, total: Int) {
        var heading = 0, headingsBefore = 0, headings = 0
        while heading < lines.count, case let .heading(_, count) = lines[heading] {
            headings += 1
            if heading < selected { headingsBefore += 1 }
            heading += count + 1
        }
        let total = lines.count - headings
        return (total == 0 ? 0 : selected + 1 - headingsBefore, total)
    }
}
