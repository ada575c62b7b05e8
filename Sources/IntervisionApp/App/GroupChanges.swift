import IntervisionCore

/// Every change the screens make to a group goes through here: the catalog recomputes that
/// group's report at once, the version before is kept for one step of undo, and the group is saved.
extension App {
    /// The edited group into the catalog (its report recomputed) and to the store.
    static func save(_ group: Group, _ state: inout AppState) -> [Effect] {
        state.catalog.update(group)
        return [.saveGroup(group)]
    }

    /// A change `u` can take back: saved like any change, with the group before it kept. `undone`
    /// is what `u` then says (by default "Ongedaan gemaakt: <what>").
    static func commit(_ group: Group, replacing before: Group, what: LocalizedText, undone: LocalizedText? = nil,
                       _ state: inout AppState) -> [Effect] {
        let effects = save(group, &state)
        state.undo = UndoStep(before: before, after: group, what: what, undone: undone ?? AppTexts.undone(what))
        clampAll(&state)
        return effects
    }

    /// `u`: puts back the group as it was before the last change, and saves that (like any change).
    static func undo(_ state: inout AppState) -> [Effect] {
        let language = state.language
        // Only while the group is as the change left it: a later edit elsewhere (the plan form, an
        // import, an export recording its date) would otherwise be undone with it.
        guard let step = state.undo, state.group(step.after.id) == step.after else {
            state.undo = nil
            state.message = StatusMessage(AppTexts.nothingToUndo.text(language))
            return []
        }
        state.catalog.update(step.before)
        state.undo = nil
        state.message = StatusMessage(step.undone.text(language))
        clampAll(&state)
        return [.saveGroup(step.before)]
    }
}

/// The last change made in this session, so `u` can take it back (one step).
public struct UndoStep: Sendable, Equatable {
    public var before: Group
    /// The group as the change left it: undo applies only while it still is.
    public var after: Group
    public var what: LocalizedText
    /// What `u` says once it put the group back.
    public var undone: LocalizedText
}

extension AppState {
    /// The group with this id as the catalog holds it now.
    public func group(_ id: GroupID) -> Group? { catalog.groups.first { $0.id == id } }

    /// Its report as computed at the last change.
    public func report(_ id: GroupID) -> GroupReport? {
        catalog.groups.firstIndex { $0.id == id }.map { catalog.reports[$0] }
    }
}
