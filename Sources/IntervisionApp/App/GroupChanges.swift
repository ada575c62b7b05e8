import IntervisionCore

/// What a save of a group is for. The screens show a save only once the store confirmed it, and
/// each kind goes on differently then: a meeting shows what it did, a member form closes, an undo
/// says what it took back.
public enum SaveKind: String, Sendable, CaseIterable {
    case meeting, member, evaluation, plan, newGroup, delete, markLeft, undo, exportDate
    case planSubmitted, yearClosed
    /// A meeting's attendance marked as entered in GAIA, or not after all.
    case attendanceReported
    /// A group file taken in (a new group, or the changes merged into one here).
    case imported
    /// One of two versions of a record kept (after a sync).
    case versionKept

    /// `u` can take it back once saved.
    var isUndoable: Bool {
        switch self {
        case .meeting, .member, .evaluation, .plan, .delete, .markLeft, .planSubmitted, .yearClosed, .attendanceReported, .imported, .versionKept: return true
        case .newGroup, .undo, .exportDate: return false
        }
    }
}

/// A save of a group asked of the store and not answered yet.
public struct PendingSave: Sendable, Equatable {
    public var kind: SaveKind
    /// The group as it is written.
    public var group: Group
    /// The version it replaces (nil: a new group).
    public var before: Group?
    /// The change in a few words: the undo step, "Bewaard: …", "… is niet bewaard".
    public var what: LocalizedText
    /// What `u` says once it has put the group back (nil: "Ongedaan gemaakt: <what>"); for an undo
    /// itself, what it says once saved.
    public var undone: LocalizedText?
}

/// The store's answer to a save, for the screen that asked: confirmed (`refusal` nil) or refused.
struct SaveAnswer {
    var save: PendingSave
    var refusal: StoreRefusal?
    /// The group's report before the save (the catalog already holds the new one when confirmed).
    var reportBefore: GroupReport?

    var isConfirmed: Bool { refusal == nil }
}

/// Every change the screens make to a group goes through here, and one policy holds for all of
/// them: the change is asked of the store, and only when the store confirms it does the catalog
/// take it (its report recomputed), the version before kept for one step of undo. A refusal
/// changes nothing the screens show: the screen that asked keeps what was typed, and a dialog
/// says why (offering to read the file again when someone else changed it).
extension App {
    /// Asks the store to save `group`; nothing changes on screen until it answers. `undone`: what
    /// `u` says after taking the change back (by default "Ongedaan gemaakt: <what>").
    static func save(_ group: Group, _ kind: SaveKind, replacing before: Group?, what: LocalizedText, undone: LocalizedText? = nil,
                     _ state: inout AppState) -> [Effect] {
        state.pendingSaves.append(PendingSave(kind: kind, group: group, before: before, what: what, undone: undone))
        return [.saveGroup(group)]
    }

    /// `u`: asks to save the group as it was before the last change.
    static func undo(_ state: inout AppState) -> [Effect] {
        let language = state.language
        // Only while the group is as the change left it: a later edit elsewhere (the plan form, an
        // import, an export recording its date) would otherwise be undone with it.
        guard let step = state.undo, state.group(step.after.id) == step.after else {
            state.undo = nil
            state.message = StatusMessage(AppTexts.nothingToUndo.text(language))
            return []
        }
        return save(step.before, .undo, replacing: step.after, what: step.what, undone: step.undone, &state)
    }

    /// The store answered a group save: confirmed, the catalog takes it (and the undo step is
    /// kept); refused, nothing changes but the refusal dialog. Either way the screen on top (the
    /// one that asked: keys wait for the answer) goes on.
    static func groupSaveAnswered(_ id: GroupID, refusal: StoreRefusal?, _ state: inout AppState) -> [Effect] {
        guard let index = state.pendingSaves.firstIndex(where: { $0.group.id == id }) else { return [] }
        let save = state.pendingSaves.remove(at: index)
        let answer = SaveAnswer(save: save, refusal: refusal, reportBefore: state.report(id))
        if refusal == nil {
            state.catalog.update(save.group)
            // A screen below holding unsaved edits of the group (the plan form under the GAIA
            // date's dialog) keeps them on the version now saved.
            if let before = save.before { groupChanged(from: before, to: save.group, below: 1, &state) }
            let undone = save.undone ?? AppTexts.undone(save.what)
            if save.kind == .undo {
                state.undo = nil
                state.message = StatusMessage(undone.text(state.language))
            } else if save.kind.isUndoable, let before = save.before {
                state.undo = UndoStep(before: before, after: save.group, what: save.what, undone: undone)
            }
            clampAll(&state)
        }
        var screen = state.top
        let effects = apply(screen.saveAnswered(answer, &state), to: screen, &state)
        if save.kind == .exportDate { ExportScreen.exportDateAnswered(answer, &state) }
        if let refusal {
            showRefusal(SaveRefusedDialog(file: .group(id), notSaved: SaveTexts.notSaved(save.kind, save.what), refusal: refusal), &state)
        }
        return effects
    }

    /// The screens on the stack (but the top `skipping` ones) learn that a group changed under them.
    private static func groupChanged(from old: Group, to new: Group, below skipping: Int, _ state: inout AppState) {
        for index in state.stack.indices.dropLast(skipping) {
            var screen = state.stack[index]
            screen.groupReloaded(from: old, to: new, state)
            state.stack[index] = screen
        }
    }

    /// The refusal over the screen on top; over a dialog (a prompt with a typed date, the new
    /// group's name) it takes the dialog's place and gives it back when closed.
    static func showRefusal(_ dialog: SaveRefusedDialog, _ state: inout AppState) {
        var dialog = dialog
        if let shown = state.top as? SaveRefusedDialog {
            dialog.covered = shown.covered
            state.stack[state.stack.count - 1] = dialog
        } else if state.top is any DialogScreen {
            dialog.covered = CoveredDialog(state.top)
            state.stack[state.stack.count - 1] = dialog
        } else {
            state.stack.append(dialog)
        }
    }

    /// A file read again from disk: the screens show the disk's version; a form keeps what was
    /// typed in it, to save again.
    static func reloaded(_ file: ReloadedFile, _ state: inout AppState) -> [Effect] {
        let language = state.language
        var effects: [Effect] = []
        switch file {
        case .group(let id, let group, let readOnly):
            if let group, let old = state.group(id) {
                state.catalog.update(group)
                groupChanged(from: old, to: group, below: 0, &state)
                if state.undo?.after.id == id { state.undo = nil }
            }
            let name = (group ?? state.group(id))?.name ?? id.rawValue
            state.message = StatusMessage(SaveTexts.groupReloaded(name, gone: group == nil, readOnly: readOnly).text(language),
                                          isError: readOnly != nil)
        case .profile(let profile):
            state.catalog.setSupervisor(profile)
            state.message = StatusMessage(SaveTexts.profileReloaded.text(language))
        case .settings(let settings):
            let theme = settings.theme != state.settings.theme
            state.settings = settings
            if theme { effects.append(.loadTheme(name: settings.theme)) }
            state.message = StatusMessage(SaveTexts.settingsReloaded.text(state.language))
        }
        // The refusal that offered the reload has done its work.
        if let dialog = state.top as? SaveRefusedDialog { return effects + apply(Outcome([], dialog.closing), to: dialog, &state) }
        clampAll(&state)
        return effects
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
