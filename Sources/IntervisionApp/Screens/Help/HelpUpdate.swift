extension App {
    static func help(_ action: Action?, _ screen: inout HelpScreen, _ state: inout AppState) -> Outcome {
        if let move = move(for: action) {
            screen.cursor.apply(move, count: HelpContent.lines.count, height: Layout.helpListHeight(state.size))
            return Outcome()
        }
        switch action {
        case .back: return Outcome([], .pop)
        case .help: return Outcome()
        default: return common(action, &state) ?? Outcome()
        }
    }
}
