import IntervisionCore

/// A new group from the overview (`n`): its name is asked, the group made (`Group.new`), and its
/// plan form opened, so a contact person fills in a whole plan without the command line.
public struct NewGroupScreen: Sendable, Equatable {
    public var name = TextField()
    public var error: LocalizedText?
    public init() {}
}

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

    /// `p` on the overview or a group, Enter on the overview for a contact person.
    static func openPlanForm(_ groupID: GroupID, _ state: AppState) -> Outcome {
        guard let form = planFormScreen(for: groupID, state) else { return Outcome() }
        return Outcome([], .push(.planForm(form)))
    }

    /// Where the app opens: a contact person with one group goes straight to its plan form; with
    /// several, to the overview, whose plan column shows where each plan stands.
    static func startScreens(_ state: AppState) -> [Screen] {
        guard state.settings.role == .contactPerson, state.catalog.count == 1,
              let form = planFormScreen(for: state.catalog.groups[0].id, state) else { return state.stack }
        return state.stack + [.planForm(form)]
    }
}
