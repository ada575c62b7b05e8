/// What a piece of the screen *is*, not how it looks. Themes map each role to colours and
/// attributes (like htop's PANEL_SELECTION_FOCUS); views only ever name roles.
public enum StyleRole: String, CaseIterable, Sendable, Hashable, Codable {
    case text
    case muted
    case title
    case header
    case columnHeader
    case border
    case selection
    case error
    case warning
    case ok
    case keyHint
    case statusBar
    case message
    case input
    case dialog
    case tabActive
    case tabInactive

    /// One letter per role for the style-layer snapshots in tests.
    public var snapshotLetter: Character {
        switch self {
        case .text: return "."
        case .muted: return "m"
        case .title: return "T"
        case .header: return "H"
        case .columnHeader: return "C"
        case .border: return "b"
        case .selection: return "S"
        case .error: return "E"
        case .warning: return "W"
        case .ok: return "O"
        case .keyHint: return "K"
        case .statusBar: return "s"
        case .message: return "M"
        case .input: return "I"
        case .dialog: return "D"
        case .tabActive: return "A"
        case .tabInactive: return "a"
        }
    }

    /// Index into per-role lookup tables (resolved styles, colour pairs).
    public var index: Int { StyleRole.indexTable[self]! }
    private static let indexTable: [StyleRole: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}

/// Text attributes, on top of colours. A cell may add some to its role's (e.g. bold for a key).
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let underline = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let dim = TextAttributes(rawValue: 1 << 3)

    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim),
    ]
}
