import IntervisionCore

/// The overview's own state: where the selection is, and the name filter.
public struct OverviewScreen: Sendable, Equatable {
    public var cursor = ListCursor()
    public var filter = TextField()
    public var isEditingFilter = false
    /// Positions in `GroupCatalog.rows` that pass the filter; nil when there is no filter.
    public var matches: [Int]?

    public init() {}
}

extension OverviewScreen: Screen {
    var keyScope: KeyScope { isEditingFilter ? .filter : .overview }

    func title(_ state: AppState) -> String { OverviewTexts.name.text(state.language) }

    mutating func clamp(_ state: AppState) {
        cursor.clamp(count: matches?.count ?? state.catalog.rows.count, height: Layout.overviewListHeight(state.size))
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        OverviewView.draw(&canvas, screen: self, state: state)
    }
}

extension Layout {
    /// Header, summary line, column headings above; status bar below.
    public static func overviewListHeight(_ size: Size) -> Int { max(1, size.height - 4) }
}
