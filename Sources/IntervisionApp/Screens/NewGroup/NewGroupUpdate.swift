import IntervisionCore

extension App {
    /// Returns where to go: the plan form of the new group replaces this dialog.
    static func newGroup(_ key: Key, _ action: Action?, _ screen: inout NewGroupScreen, _ state: inout AppState) -> (Outcome, Screen?) {
        switch action {
        case .back:
            return (Outcome([], .pop), nil)
        case .createGroup:
            let group: Group
            do throws(EditError) {
                group = try Group.new(named: screen.name.text, existing: state.catalog.groups)
            } catch {
                screen.error = error.message
                return (Outcome(), nil)
            }
            let effects = save(group, &state)
            state.message = StatusMessage(Texts.format(.newGroupMade, state.language, group.name))
            guard let form = planFormScreen(for: group.id, state) else { return (Outcome(effects, .pop), nil) }
            return (Outcome(effects), .planForm(form))
        case .help:
            return (common(action, &state) ?? Outcome(), nil)
        default:
            if screen.name.handle(key) { screen.error = nil }
            return (Outcome(), nil)
        }
    }
}
