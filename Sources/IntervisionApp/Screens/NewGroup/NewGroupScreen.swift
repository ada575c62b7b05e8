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
            // The dialog stays, with the name typed, until the store answers (`saveAnswered`).
            return Outcome(App.save(group, .newGroup, replacing: nil, what: NewGroupTexts.newGroup(group.name), &state))
        default:
            if name.handle(key) { error = nil }
            return Outcome()
        }
    }

    /// Made: the plan form of the new group takes the dialog's place. Refused: the dialog stays.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .newGroup, answer.isConfirmed else { return Outcome() }
        state.message = StatusMessage(NewGroupTexts.made(answer.save.group.name).text(state.language))
        guard let form = PlanFormScreen.make(for: answer.save.group.id, state) else { return Outcome([], .pop) }
        return Outcome([], .replace(form))
    }

    /// Under the name: why it will not do, as typed (a name another group has) or as refused by Enter.
    func refusal(_ state: AppState) -> FieldRefusal? {
        var typed: LocalizedText?
        if !name.text.isBlank {
            do throws(EditError) { _ = try Group.new(named: name.text, existing: state.catalog.groups) } catch { typed = error.message }
        }
        return FieldRefusal.pick(saved: error, typed: typed)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
        NewGroupView.draw(&canvas, screen: self, state: state)
    }
}
