import IntervisionCore

/// The plan form saves like every form: its edits gather in a draft of the group (shown at once,
/// checked field by field as they are made), Ctrl-S asks the store to save them as one change, the
/// screens show it saved only once the store confirmed it, and `u` on the group takes it back.
extension PlanFormScreen {
    /// An edit made in the form: the draft becomes `group` (no draft when it is the group as saved).
    mutating func edit(_ group: Group, _ state: AppState) {
        guard let saved = state.group(groupID) else { return }
        if base == nil { base = saved }
        draft = group == saved ? nil : group
        if draft == nil { base = nil }
    }

    /// Ctrl-S: the draft to the store; nothing to do without edits. Refused while a field holds
    /// input that will not do (in red, the reason under it): saving the rest would leave that text
    /// behind as if it were saved.
    mutating func save(_ state: inout AppState) -> Outcome {
        guard errors.isEmpty else {
            exportsAfterSave = false
            state.message = StatusMessage(PlanFormTexts.saveRefused(errors.count).text(state.language), isError: true)
            return Outcome()
        }
        guard let draft, let saved = state.group(groupID) else {
            exportsAfterSave = false
            if let export = openExportIfAsked(state) { return Outcome([], .push(export)) }
            state.message = StatusMessage(PlanFormTexts.nothingToSave.text(state.language))
            return Outcome()
        }
        return Outcome(App.save(draft, .plan, replacing: saved, what: PlanFormTexts.planChanged(saved.name), &state))
    }

    /// Saved: the form shows the group as saved (its draft done with), and Ctrl-X's export dialog
    /// opens. Refused: the draft stays, to save again.
    mutating func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .plan, answer.save.group.id == groupID else { return Outcome() }
        guard answer.isConfirmed else {
            exportsAfterSave = false
            return Outcome()
        }
        // Edits made since the save was asked for (none: keys wait for the answer) would stay in the draft.
        if draft == answer.save.group {
            draft = nil
            base = nil
        }
        state.message = StatusMessage(AppTexts.saved(answer.save.what).text(state.language))
        if let export = openExportIfAsked(state) { return Outcome([], .push(export)) }
        return Outcome()
    }

    /// The export dialog Ctrl-X asked for, once: after the save it waited for.
    private mutating func openExportIfAsked(_ state: AppState) -> ExportScreen? {
        guard exportsAfterSave else { return nil }
        exportsAfterSave = false
        return ExportScreen.make(for: groupID, planFrom: planFrom, state)
    }

    /// The group was read again from disk: the form's edits are made again on the disk's version
    /// (the domain's three-way merge: a field changed on one side takes that side's value; where
    /// both changed it, the form's edit wins), so Ctrl-S saves them over what is there now.
    mutating func groupReloaded(from old: Group, to new: Group, _ state: AppState) {
        guard new.id == groupID else { return }
        guard let draft else {
            base = nil
            return
        }
        let merged = GroupSyncMerge.merge(base: base ?? old, current: draft, other: new).merged
        self.base = new
        self.draft = merged == new ? nil : merged
        if self.draft == nil { self.base = nil }
        settle(state)
        focus(on: focus, state)
    }
}
