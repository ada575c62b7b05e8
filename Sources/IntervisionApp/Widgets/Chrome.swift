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

    /// The last row: a status message if there is one, else the key hints of the current scope.
    public static func drawStatusBar(_ canvas: inout Canvas, scope: KeyScope, state: AppState) {
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
        let syncColumn = SyncIndicator.draw(&canvas, row: row, state: state)
        drawHints(&canvas, row: row, scope: scope, language: state.language, end: syncColumn < canvas.size.width ? syncColumn - 1 : nil)
    }

    public static func drawHints(_ canvas: inout Canvas, row: Int, scope: KeyScope, language: Language, column: Int = 0, end: Int? = nil) {
        let end = end ?? canvas.size.width
        canvas.fill(row: row, column: column, width: max(0, end - column), role: .statusBar)
        var col = column + 1
        for (keys, hint) in orderedHints(for: scope) {
            let word = hint.text.text(language)
            let needed = DisplayWidth.of(keys) + 1 + DisplayWidth.of(word) + 2
            if col + needed > end { break }
            col += canvas.write(keys, row: row, column: col, role: .keyHint)
            col += canvas.write(" " + word, row: row, column: col, role: .statusBar)
            col += 2
        }
    }

    /// Hints for the current screen first, then back, help, settings, quit.
    static func orderedHints(for scope: KeyScope) -> [(String, KeyHint)] {
        // What the screen is for, before moving around; the dialogs' main keys; then the ways into
        // the plan and export after the essentials (they show from 100 columns).
        let order: [KeyHint] = [.move, .open, .details,
                                .newMeeting, .addMember, .newEvaluation, .edit, .delete, .markLeft, .export,
                                .present, .excused, .reason, .takesPart, .save, .field, .suggestion, .steps,
                                .yes, .no, .otherMethod, .apply, .choose, .keep, .complete, .propose,
                                .tab, .undo, .change, .filter, .install,
                                .nextPlanField, .toggle, .write, .create,
                                .accept, .cancel, .cancelForm, .close, .back, .help, .settings, .quit,
                                .plan, .newGroup, .importFile, .planExport, .removeRow]
        // A scope inside another (a group tab, a list in a form) shows its own keys first, then the
        // few of the outer scope that matter most: on 80 columns there is room for about seven.
        let priority: [KeyHint] = [.present, .excused, .reason, .takesPart, .change, .save, .steps,
                                   .field, .cancelForm, .suggestion, .addMember, .edit, .delete, .markLeft, .export,
                                   .newEvaluation, .newMeeting, .undo, .help, .back, .quit, .tab,
                                   .plan, .planExport, .move, .details, .open, .settings]
        let ranking = scope.parent != nil ? priority : order
        return KeyTable.hints(for: scope)
            .sorted { (ranking.firstIndex(of: $0.hint) ?? 99) < (ranking.firstIndex(of: $1.hint) ?? 99) }
            .map { ($0.keys, $0.hint) }
    }
}
