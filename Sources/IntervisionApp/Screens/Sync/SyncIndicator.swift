import IntervisionCore

/// The synced folder's state at the right of the status bar, on every screen: the key, the last
/// sync (or the step of the one under way, or that it failed), commits not yet pushed, conflicts.
///
/// `S sync 14:05 · 2 te versturen · 1 conflict` (the last sync today; `gisteren`, or its date)
enum SyncIndicator {
    /// The pieces with their roles, in words or (`compact`, for a narrow bar) in signs:
    /// `S ⇅ 14:05 ↑2 !1`. Nil when the folder is not synced.
    static func parts(_ state: AppState, compact: Bool = false) -> [(String, StyleRole)]? {
        guard let sync = state.sync else { return nil }
        let language = state.language
        var parts: [(String, StyleRole)] = [("S", .keyHint), (compact ? " ⇅ " : " sync ", .statusBar)]
        if let step = sync.running {
            parts.append((SyncTexts.step(step).text(language), .message))
        } else if sync.failure != nil {
            parts.append((SyncTexts.failedShort.text(language), .error))
        } else if let last = sync.lastSync {
            parts.append((when(last, state), .statusBar))
        } else {
            parts.append((SyncTexts.never.text(language), .warning))
        }
        if sync.unpushedCommits > 0 {
            parts.append((compact ? " " : " · ", .statusBar))
            parts.append((compact ? "↑\(sync.unpushedCommits)" : SyncTexts.unpushed(sync.unpushedCommits).text(language), .warning))
        }
        let conflicts = state.catalog.syncConflicts
        if conflicts > 0 {
            parts.append((compact ? " " : " · ", .statusBar))
            parts.append((compact ? "!\(conflicts)" : SyncTexts.conflicts(conflicts).text(language), .error))
        }
        return parts
    }

    /// Draws the pieces ending at the right edge of `row`; returns the column where they start
    /// (the row's width when there is nothing to draw).
    @discardableResult
    static func draw(_ canvas: inout Canvas, row: Int, state: AppState) -> Int {
        func width(_ parts: [(String, StyleRole)]) -> Int { parts.reduce(0) { $0 + DisplayWidth.of($1.0) } }
        // In words while they take at most half the bar, else in signs: the screen's keys need the rest.
        guard var parts = parts(state) else { return canvas.size.width }
        if width(parts) + 2 > canvas.size.width / 2, let compact = self.parts(state, compact: true) { parts = compact }
        let width = width(parts)
        guard width + 2 <= canvas.size.width / 2 else { return canvas.size.width }
        var column = canvas.size.width - width - 1
        let start = column
        for (text, role) in parts { column += canvas.write(text, row: row, column: column, role: role) }
        return start
    }

    /// The last sync as the app's today sees it: "14:05" today, "gisteren" the day before, else the date.
    static func when(_ last: LocalMoment, _ state: AppState) -> String {
        switch last.date.days(until: state.today) {
        case 0: return clock(last)
        case 1: return SyncTexts.yesterday.text(state.language)
        default: return Format.date(last.date, state.language)
        }
    }

    private static func clock(_ moment: LocalMoment) -> String {
        (moment.hour < 10 ? "0" : "") + String(moment.hour) + ":" + (moment.minute < 10 ? "0" : "") + String(moment.minute)
    }
}
