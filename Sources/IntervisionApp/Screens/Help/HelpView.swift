import IntervisionCore

/// The help screen, generated from the key table (`HelpContent`): what every key does, per screen.
enum HelpView {
    static func draw(_ canvas: inout Canvas, screen: HelpScreen, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        let titleWidth = canvas.write(HelpTexts.title.text(language), row: 1, column: 1, role: .title)
        canvas.write("  " + HelpTexts.intro.text(language), row: 1, column: 1 + titleWidth, maxWidth: canvas.size.width - titleWidth - 2, role: .muted)
        let table = Table(columns: [
            Table.Column(HelpTexts.keys.text(language), width: 24),
            Table.Column(HelpTexts.action.text(language), width: 20, weight: 1),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: 2)
        let lines = HelpContent.lines
        table.drawRows(&canvas, top: 3, height: Layout.helpListHeight(state.size), count: lines.count, cursor: screen.cursor) { index in
            switch lines[index] {
            case .heading(let scope): return [.spanning(scope.title.text(language), .title)]
            case .binding(let keys, let help): return [Table.Item("  " + keys, .keyHintText), Table.Item(help.text(language))]
            case .rulesHeading: return [.spanning(HelpTexts.rules.text(language), .title)]
            case .blank: return []
            }
        }
        Chrome.drawStatusBar(&canvas, scope: .help, state: state)
    }
}

extension StyleRole {
    /// Key names in running text (help): the title colour reads as "a key" without a bar behind it.
    static let keyHintText: StyleRole = .columnHeader
}
