/// A method's steps, to run the meeting from the app; ←→ shows the other methods.
public struct MethodPanel: Sendable, Equatable {
    /// The names offered, the group's own first.
    public var names: [String]
    public var index: Int
    public var scroll = 0
}
