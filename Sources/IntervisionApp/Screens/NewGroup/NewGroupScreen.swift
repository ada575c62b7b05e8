import IntervisionCore

/// A new group from the overview (`n`): its name is asked, the group made (`Group.new`), and its
/// plan form opened, so a contact person fills in a whole plan without the command line.
public struct NewGroupScreen: DialogScreen, Equatable {
    public var name = TextField()
    public var error: LocalizedText?
    public init() {}

    var keyScope: KeyScope { .newGroupName }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { NewGroupTexts.name.text(state.language) }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .back:
            return Outcome([], .pop)
        case .createGroup:
            let group: Group
            do throws(EditError) {
                group = try Group.new(named: name.text, existing: state.catalog.groups)
            } catch {
                self.error = error.message
                return Outcome()
            }
            let effects = App.save(group, &state)
            state.message = StatusMessage(NewGroupTexts.made(group.name).text(state.language))
            // The plan form of the new group takes the dialog's place.
            guard let form = PlanFormScreen.make(for: group.id, state) else { return Outcome(effects, .pop) }
            return Outcome(effects, .replace(form))
        default:
            if name.handle(key) { error = nil }
            return Outcome()
        }
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
        NewGroupView.draw(&canvas, screen: self, state: state)
    }
}
