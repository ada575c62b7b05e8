/// What every form does alike, whatever its fields: Ctrl-S saves (asking the store; the form goes
/// on when it answers), Esc asks before dropping what was typed, Tab and Shift-Tab go round the
/// fields, and arriving in a field selects its text so typing replaces it (leaving it ends the
/// selection). A refusal of Ctrl-S puts the focus on its field without selecting: the text is there
/// to be corrected. The meeting, member,
/// evaluation and profile forms are `FormScreen`s; the plan form, laid out as the official form,
/// has its own way through its lines but the same save, Esc and selection.
protocol FormScreen: Screen {
    associatedtype Field: Equatable
    var focus: Field { get set }
    /// The fields Tab goes through, in order.
    var tabOrder: [Field] { get }
    /// Something typed that Esc would drop.
    var isDirty: Bool { get }
    /// Ctrl-S: every field checked (a refusal stands under its field), then the save asked of the store.
    mutating func save(_ state: inout AppState) -> Outcome
    /// Applies `edit` to the text of `field`, where it has one (a list or a choice has none).
    mutating func editText(of field: Field, _ edit: (inout TextField) -> Void)
}

extension FormScreen {
    /// The form's part of the key table: Ctrl-S, Esc, Tab and Shift-Tab; nil for any other action.
    mutating func formAction(_ action: Action?, _ state: inout AppState) -> Outcome? {
        switch action {
        case .save: return save(&state)
        case .cancelForm: return App.cancelForm(isDirty: isDirty)
        case .nextField: move(by: 1)
        case .previousField: move(by: -1)
        default: return nil
        }
        return Outcome()
    }

    /// To the field `step` places on in the tab order, round at both ends.
    mutating func move(by step: Int) {
        focus(on: tabOrder.cycling(from: focus, by: step))
    }

    /// The focus on `field`, its text selected.
    mutating func focus(on field: Field) {
        editText(of: focus) { $0.deselect() }
        focus = field
        arrive(at: field)
    }

    /// Arriving in a field: its text selected, where it has one.
    mutating func arrive(at field: Field) {
        editText(of: field) { $0.select() }
    }

    /// The focus on the field a refusal is about, its text not selected (to be corrected).
    mutating func focus(onRefused field: Field) {
        editText(of: focus) { $0.deselect() }
        editText(of: field) { $0.deselect() }
        focus = field
    }
}

/// A form whose fields are all text, kept by field (the member and profile forms).
protocol TextFieldForm: FormScreen where Field: Hashable {
    var fields: [Field: TextField] { get set }
}

extension TextFieldForm {
    mutating func editText(of field: Field, _ edit: (inout TextField) -> Void) {
        if var text = fields[field] {
            edit(&text)
            fields[field] = text
        }
    }
}

extension App {
    /// Esc on a form: straight back when nothing changed, else "discard the changes?" first.
    static func cancelForm(isDirty: Bool) -> Outcome {
        isDirty ? Outcome([], .push(DiscardChangesPrompt())) : Outcome([], .pop)
    }
}

extension Array where Element: Equatable {
    /// The element `step` places from `current`, wrapping round at both ends (from the first
    /// element when `current` is not in the array).
    func cycling(from current: Element, by step: Int) -> Element {
        let position = firstIndex(of: current) ?? 0
        return self[((position + step) % count + count) % count]
    }
}
