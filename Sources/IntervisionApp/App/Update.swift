import IntervisionCore

/// The screen-state machine. `update` is pure: it changes the state and returns the effects to run;
/// it never reads a file, a clock or the terminal.
public enum App {
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        var effects = dispatch(event, &state)
        state.awaitingStore += effects.filter(\.isStoreWork).count
        // The data folder answered: what was typed meanwhile goes on now, in order, until a key
        // asks for store work again (the rest then waits for that answer).
        while !state.isBusy, state.isRunning, !state.heldKeys.isEmpty {
            let more = handle(state.heldKeys.removeFirst(), &state)
            state.awaitingStore += more.filter(\.isStoreWork).count
            effects += more
        }
        // The reminder of what is due stays until a message takes its place.
        if state.message != nil { state.reminder = nil }
        return effects
    }

    private static func dispatch(_ event: Event, _ state: inout AppState) -> [Effect] {
        switch event {
        case .key(let key):
            // While the data folder has not answered, keys wait (Ctrl-C and Ctrl-Z act at once):
            // nothing may start from a state the answer is about to change.
            let global = KeyTable.action(for: key, in: .everywhere)
            if state.isBusy && global != .forceQuit && global != .suspend {
                state.heldKeys.append(key)
                return []
            }
            return handle(key, &state)
        case .resize(let size):
            state.size = size
            clampAll(&state)
            return []
        case .tick:
            return []
        case .quitSignal:
            state.isRunning = false
            return [.quit]
        case .effectResult(let result):
            if result.answersStoreWork { state.awaitingStore = max(0, state.awaitingStore - 1) }
            // Keys typed ahead of a refusal were meant for what followed a save that did not happen.
            if result.refusal != nil { state.heldKeys = [] }
            return handle(result, &state)
        }
    }

    /// A key goes to the screen on top, as the action the key table makes of it there.
    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let action = KeyTable.action(for: key, in: state.top.keyScope)
        // Ctrl-Z changes nothing, not even the status line: after `fg` the app is as it was left.
        if action == .suspend { return [.suspend] }
        state.message = nil
        if action == .forceQuit {
            state.exitStatus = 130
            return quit(&state)
        }
        if state.isTooSmall && action == .quit { return quit(&state) }
        // Nothing on a screen the user cannot see changes, except quitting (above).
        if state.isTooSmall { return [] }
        // Help opens over any screen, at the keys of the scope the user is in.
        if action == .help, !(state.top is HelpScreen) {
            state.stack.append(HelpScreen(at: state.top.keyScope, state))
            return []
        }
        var screen = state.top
        let outcome = screen.update(key, action, &state)
        return apply(outcome, to: screen, &state)
    }

    /// What came of an effect goes to the screen that asked for it.
    private static func handle(_ result: EffectResult, _ state: inout AppState) -> [Effect] {
        switch result {
        case .groupSaved(let id):
            return groupSaveAnswered(id, refusal: nil, &state)
        case .groupSaveFailed(let id, let refusal):
            return groupSaveAnswered(id, refusal: refusal, &state)
        case .settingsSaved:
            return []
        case .settingsSaveFailed(let refusal):
            showRefusal(SaveRefusedDialog(file: .settings, notSaved: SaveTexts.settingsNotSaved, refusal: refusal), &state)
            return []
        case .supervisorSaved(let profile):
            return ProfileForm.saved(profile, &state)
        case .supervisorSaveFailed(let refusal):
            showRefusal(SaveRefusedDialog(file: .profile, notSaved: SaveTexts.profileNotSaved, refusal: refusal), &state)
            return []
        case .demoInstalled(let supervisor, let groups):
            return FirstStartScreen.demoInstalled(supervisor: supervisor, groups: groups, &state)
        case .demoInstallFailed(let refusal):
            showRefusal(SaveRefusedDialog(file: nil, notSaved: SaveTexts.demoNotSaved, refusal: refusal), &state)
            return []
        case .reloaded(let file):
            return reloaded(file, &state)
        case .reloadFailed(let file, let refusal):
            showRefusal(SaveRefusedDialog(file: file, notSaved: SaveTexts.reloadNotDone, refusal: refusal), &state)
            return []
        case .themeLoaded, .themeFailed:
            return SettingsScreen.themeLoaded(result, &state)
        case .exported, .exportFailed, .exportFolderMissing:
            // An encrypted group file is written from the passphrase dialog, which hands back to the export dialog.
            return PassphraseScreen.exported(result, &state)
        case .share(let shared):
            return App.shared(shared, &state)
        case .clipboardCopy(let sent):
            return GAIADialog.copied(sent: sent, &state)
        }
    }

    /// Stores the handler's changed copy of the top screen, then moves on the stack.
    static func apply(_ outcome: Outcome, to screen: any Screen, _ state: inout AppState) -> [Effect] {
        state.stack[state.stack.count - 1] = screen
        switch outcome.navigation {
        case .stay: break
        case .push(let next): state.stack.append(next)
        case .pop: if state.stack.count > 1 { state.stack.removeLast() }
        case .reset(let next): state.stack = [next]
        case .replace(let next): state.stack[state.stack.count - 1] = next
        case .popTwo: state.stack.removeLast(min(2, state.stack.count - 1))
        }
        // A move on the stack, or effects (a change of data that is being saved): every list again
        // inside its (possibly shorter) content. The handler's copy of the top screen predates the change.
        if case .stay = outcome.navigation, outcome.effects.isEmpty {} else { clampAll(&state) }
        return outcome.effects
    }

    /// After a resize or a data change every list's selection must again be inside the list and visible.
    static func clampAll(_ state: inout AppState) {
        for index in state.stack.indices {
            var screen = state.stack[index]
            screen.clamp(state)
            state.stack[index] = screen
        }
    }

    static func quit(_ state: inout AppState) -> [Effect] {
        state.isRunning = false
        return [.quit]
    }

    /// The list movement an action stands for, if any.
    static func move(for action: Action?) -> ListCursor.Move? {
        switch action {
        case .moveUp: return .up
        case .moveDown: return .down
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .first: return .first
        case .last: return .last
        default: return nil
        }
    }

    /// Settings open over any screen that binds them; `q` quits from any screen. (Help is opened
    /// before a screen sees the key, in `handle`.)
    static func common(_ action: Action?, _ state: inout AppState) -> Outcome? {
        switch action {
        case .settings: return Outcome([], .push(SettingsScreen()))
        case .quit: return Outcome(quit(&state))
        default: return nil
        }
    }
}
