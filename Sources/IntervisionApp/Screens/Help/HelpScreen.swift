public struct HelpScreen: Sendable, Equatable {
    public var cursor = ListCursor()
    public init() {}
}
