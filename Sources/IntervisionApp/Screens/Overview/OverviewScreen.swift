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
