import IntervisionCore

/// Every action of every group by due date, in sections (overdue, this week, this month, later):
/// the lines of `GroupCatalog.agendaLines`, the selection always on an action, never on a heading.
public struct AgendaScreen: Sendable, Equatable {
    public var cursor = ListCursor()

    /// Opened on the first action.
    init(_ state: AppState) {
        clamp(state)
    }
}

extension AgendaScreen: Screen {
    var keyScope: KeyScope { .agenda }

    func title(_ state: AppState) -> String { AgendaTexts.name.text(state.language) }

    mutating func clamp(_ state: AppState) {
        cursor.clamp(count: state.catalog.agendaLines.count, height: Layout.agendaListHeight(state.size))
        skipHeading(upward: false, state)
    }

    /// A heading is not a place to stand: the action after it (before it, moving up, unless it is
    /// the first line).
    mutating func skipHeading(upward: Bool, _ state: AppState) {
        let lines = state.catalog.agendaLines
        guard lines.indices.contains(cursor.selected), lines[cursor.selected].action == nil else { return }
        let next = upward && cursor.selected > 0 ? cursor.selected - 1 : cursor.selected + 1
        guard lines.indices.contains(next) else { return }
        cursor.apply(.to(next), count: lines.count, height: Layout.agendaListHeight(state.size))
    }

    /// The selected action, if the agenda has any.
    func selected(_ state: AppState) -> AgendaAction? {
        let lines = state.catalog.agendaLines
        return lines.indices.contains(cursor.selected) ? lines[cursor.selected].action : nil
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        AgendaView.draw(&canvas, screen: self, state: state)
    }
}

extension Layout {
    /// Header, summary line, column headings above; the selected action in full and the status bar below.
    public static func agendaListHeight(_ size: Size) -> Int { max(1, size.height - 5) }
}
