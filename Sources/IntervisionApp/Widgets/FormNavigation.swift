/// What every form does alike: Tab and Shift-Tab go round its fields, and Esc asks before
/// dropping what was typed. The member, profile, meeting and evaluation forms share these.
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
