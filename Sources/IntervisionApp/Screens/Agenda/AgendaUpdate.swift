import IntervisionCore

/// The agenda's keys: moving (over the actions, past the headings), Enter to where the selected
/// action is done, `u` to undo what was done there, Esc back to the overview.
extension AgendaScreen {
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        if let move = App.move(for: action) {
            cursor.apply(move, count: state.catalog.agendaLines.count, height: Layout.agendaListHeight(state.size))
            switch move {
            case .up, .pageUp: skipHeading(upward: true, state)
            default: skipHeading(upward: false, state)
            }
            return Outcome()
        }
        switch action {
        case .open:
            guard let selected = selected(state) else { return Outcome() }
            return AgendaDestination.open(selected, &state)
        case .undo:
            return Outcome(App.undo(&state))
        case .back:
            return Outcome([], .pop)
        default:
            return App.common(action, &state) ?? Outcome()
        }
    }
}
