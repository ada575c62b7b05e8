import IntervisionCore

/// Every key, per screen, generated from the key table (`HelpContent`). It opens at the section
/// of the screen it was called from, that section's heading at the top.
public struct HelpScreen: Screen, Equatable {
    public var cursor = ListCursor()

    init(at scope: KeyScope, _ state: AppState) {
        let line = HelpContent.line(of: scope)
        cursor = ListCursor(selected: line, scroll: line)
        cursor.clamp(count: HelpContent.lines.count, height: Layout.helpListHeight(state.size))
    }

    var keyScope: KeyScope { .help }

    func title(_ state: AppState) -> String { HelpTexts.name.text(state.language) }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        if let move = App.move(for: action) {
            cursor.apply(move, count: HelpContent.lines.count, height: Layout.helpListHeight(state.size))
            return Outcome()
        }
        switch action {
        case .back: return Outcome([], .pop)
        case .help: return Outcome()
        default: return App.common(action, &state) ?? Outcome()
        }
    }

    mutating func clamp(_ state: AppState) {
        cursor.clamp(count: HelpContent.lines.count, height: Layout.helpListHeight(state.size))
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        HelpView.draw(&canvas, screen: self, state: state)
    }
}

extension Layout {
    /// Header and title/intro above; status bar below.
    public static func helpListHeight(_ size: Size) -> Int { max(1, size.height - 4) }
}
