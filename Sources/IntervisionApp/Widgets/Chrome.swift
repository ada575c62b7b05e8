import IntervisionCore

/// The bars around every screen: the header on the first row and the status bar on the last.
public enum Chrome {
    /// " intervisie › Overzicht › Chirurgen Utrecht" on the left; role and today's date on the right.
    public static func drawHeader(_ canvas: inout Canvas, trail: [String], state: AppState) {
        let width = canvas.size.width
        canvas.fill(row: 0, role: .header)
        let right = "\(AppTexts.role(state.settings.role).text(state.language)) · \(Format.date(state.today, state.language)) "
        let rightWidth = DisplayWidth.of(right)
        let left = " " + ([AppTexts.appName.text(state.language)] + trail).joined(separator: " › ")
        let room = max(0, width - rightWidth - 1)
        canvas.write(left, row: 0, column: 0, maxWidth: room, role: .header)
        // The role and date stay when the trail is long (it is cut instead), as long as some trail shows.
        if width - rightWidth > 20 {
            canvas.write(right, row: 0, column: width - rightWidth, role: .header)
        }
    }

    /// The last row: a status message if there is one, else the key hints of the current scope;
    /// on the lists of groups and actions (`withReminder`) the reminder of what is due
    /// (`AppState.reminder`) at the right, while it lasts.
    public static func drawStatusBar(_ canvas: inout Canvas, scope: KeyScope, state: AppState, withReminder: Bool = false) {
        let row = canvas.size.height - 1
        guard row > 0 else { return }
        if let message = state.message {
            let role: StyleRole = message.isError ? .error : .message
            canvas.fill(row: row, role: role)
            // The synced folder's state stays at the right (a sync's progress and result matter most then).
            let syncColumn = SyncIndicator.draw(&canvas, row: row, state: state)
            canvas.write(" " + message.text, row: row, column: 0, maxWidth: max(0, syncColumn - 1), role: role)
            return
        }
        canvas.fill(row: row, role: .statusBar)
        var hintsEnd = SyncIndicator.draw(&canvas, row: row, state: state)
        if hintsEnd < canvas.size.width { hintsEnd -= 1 }
        if withReminder, let reminder = state.reminder.map({ " " + $0.text(state.language) + " " }),
           DisplayWidth.of(reminder) <= hintsEnd / 2 {
            hintsEnd -= DisplayWidth.of(reminder)
            canvas.write(reminder, row: row, column: hintsEnd, role: .message)
        }
        drawHints(&canvas, row: row, scope: scope, language: state.language, end: hintsEnd)
    }

    /// The hints from `column` up to `end` (the row's end by default).
    public static func drawHints(_ canvas: inout Canvas, row: Int, scope: KeyScope, language: Language, column: Int = 0, end: Int? = nil) {
        let end = end ?? canvas.size.width
        canvas.fill(row: row, column: column, width: max(0, end - column), role: .statusBar)
        let hints = KeyTable.hints(for: scope).map { (keys: $0.keys, hint: $0.hint, word: $0.hint.text.text(language)) }
        let shown = fitting(hints.map { (DisplayWidth.of($0.keys) + 1 + DisplayWidth.of($0.word), $0.hint == .help) },
                            room: end - column - 2)
        var col = column + 1
        for index in hints.indices where shown.contains(index) {
            col += canvas.write(hints[index].keys, row: row, column: col, role: .keyHint)
            col += canvas.write(" " + hints[index].word, row: row, column: col, role: .statusBar)
            col += 2
        }
    }

    /// Which hints (their widths, most important first: the key table's `order`) fit in `room`
    /// columns (the bar's, less a blank at either end), two apart: the most important ones, dropping the least important first; the help
    /// hint stays whatever else goes, since help says where every other key is.
    static func fitting(_ hints: [(width: Int, isHelp: Bool)], room: Int) -> Set<Int> {
        var shown: Set<Int> = []
        var used = -2
        if let help = hints.firstIndex(where: \.isHelp), hints[help].width <= room {
            shown.insert(help)
            used += hints[help].width + 2
        }
        for index in hints.indices where !hints[index].isHelp {
            guard used + 2 + hints[index].width <= room else { break }
            shown.insert(index)
            used += hints[index].width + 2
        }
        return shown
    }
}
