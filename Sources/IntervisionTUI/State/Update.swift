import IntervisionCore

/// The screen-state machine. `update` is pure: it changes the state and returns the effects to run;
/// it never reads a file, a clock or the terminal.
public enum App {
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
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
            return handle(result, &state)
        }
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let scope = state.top.keyScope
        let action = KeyTable.action(for: key, in: scope)
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

        var outcome = Outcome()
        var screen = state.top
        switch screen {
        case .firstStart:
            outcome = firstStart(action, &state)
        case .overview(var overview):
            outcome = self.overview(key, action, &overview, &state)
            screen = .overview(overview)
        case .group(var group):
            outcome = self.group(action, &group, &state)
            screen = .group(group)
        case .help(var help):
            outcome = self.help(action, &help, &state)
            screen = .help(help)
        case .settings(var settings):
            outcome = self.settings(action, &settings, &state)
            screen = .settings(settings)
        // MARK: - Yearly plan and exports (issue 5)
        case .planForm(var form):
            outcome = planForm(key, action, &form, &state)
            screen = .planForm(form)
        case .export(var export):
            outcome = self.export(key, action, &export, &state)
            screen = .export(export)
        case .newGroup(var newGroup):
            let (result, replacement) = self.newGroup(key, action, &newGroup, &state)
            outcome = result
            screen = replacement ?? .newGroup(newGroup)
        // MARK: - Meetings and evaluation (issue 4)
        case .meetingForm(var form):
            outcome = meetingForm(key, action, &form, &state)
            screen = .meetingForm(form)
        case .memberForm(var form):
            outcome = memberForm(key, action, &form, &state)
            screen = .memberForm(form)
        case .evaluationForm(var form):
            outcome = evaluationForm(key, action, &form, &state)
            screen = .evaluationForm(form)
        // MARK: - Supervisor profile
        case .profileForm(var form):
            outcome = profileForm(key, action, &form, &state)
            screen = .profileForm(form)
        case .prompt(var prompt):
            outcome = self.prompt(key, action, &prompt, &state)
            screen = .prompt(prompt)
        }
        return apply(outcome, to: screen, &state)
    }

    /// What a screen's handler decided: effects to run and where to go.
    struct Outcome {
        var effects: [Effect] = []
        var navigation: Navigation = .stay

        init(_ effects: [Effect] = [], _ navigation: Navigation = .stay) {
            self.effects = effects
            self.navigation = navigation
        }
    }

    enum Navigation {
        case stay
        case push(Screen)
        case pop
        /// Replace the whole stack (first start → overview).
        case reset(Screen)
        // MARK: - Meetings and evaluation (issue 4)
        /// Replace the top screen (a saved form by the dialog that shows what the save did).
        case replace(Screen)
        /// Take the top two screens off (a dialog and the form it was about).
        case popTwo
    }

    /// Stores the handler's changed copy of the top screen, then moves on the stack.
    private static func apply(_ outcome: Outcome, to screen: Screen, _ state: inout AppState) -> [Effect] {
        state.stack[state.stack.count - 1] = screen
        switch outcome.navigation {
        case .stay: break
        case .push(let next): state.stack.append(next)
        case .pop: if state.stack.count > 1 { state.stack.removeLast() }
        case .reset(let next): state.stack = [next]
        // MARK: - Meetings and evaluation (issue 4)
        case .replace(let next): state.stack[state.stack.count - 1] = next
        case .popTwo: state.stack.removeLast(min(2, state.stack.count - 1))
        }
        // A move on the stack, or effects (a change of data that is being saved): every list again
        // inside its (possibly shorter) content. The handler's copy of the top screen predates the change.
        if case .stay = outcome.navigation, outcome.effects.isEmpty {} else { clampAll(&state) }
        return outcome.effects
    }

    // MARK: - Shared actions

    static func quit(_ state: inout AppState) -> [Effect] {
        state.isRunning = false
        return [.quit]
    }

    /// After a resize or a data change every list's selection must again be inside the list and visible.
    static func clampAll(_ state: inout AppState) {
        for index in state.stack.indices {
            switch state.stack[index] {
            case .firstStart:
                break
            case .overview(var screen):
                let count = screen.matches?.count ?? state.catalog.rows.count
                screen.cursor.clamp(count: count, height: Layout.overviewListHeight(state.size))
                state.stack[index] = .overview(screen)
            case .group(var screen):
                if let content = state.content(of: screen) {
                    for tab in GroupTab.allCases {
                        screen.cursors[tab.rawValue].clamp(count: content.count(of: tab), height: Layout.groupListHeight(state.size))
                    }
                    if let open = screen.openFinding, open >= content.findings.count { screen.openFinding = nil }
                }
                state.stack[index] = .group(screen)
            case .help(var screen):
                screen.cursor.clamp(count: HelpContent.lines.count, height: Layout.helpListHeight(state.size))
                state.stack[index] = .help(screen)
            case .settings(var screen):
                screen.cursor.clamp(count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size))
                state.stack[index] = .settings(screen)
            // MARK: - Yearly plan and exports (issue 5)
            case .planForm(var screen):
                settle(&screen, state)
                if var list = screen.choice {
                    list.cursor.clamp(count: list.rowCount, height: Layout.choiceListHeight(state.size))
                    screen.choice = list
                }
                state.stack[index] = .planForm(screen)
            case .export, .newGroup:
                break
            // MARK: - Meetings and evaluation (issue 4)
            case .meetingForm(var form):
                clampMeetingForm(&form, state)
                state.stack[index] = .meetingForm(form)
            case .evaluationForm(var form):
                clampEvaluationForm(&form, state)
                state.stack[index] = .evaluationForm(form)
            case .memberForm, .prompt, .profileForm:
                break
            }
        }
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

    /// Help and Settings open over any screen; `q` quits from any screen.
    static func common(_ action: Action?, _ state: inout AppState) -> Outcome? {
        switch action {
        case .help: return Outcome([], .push(.help(HelpScreen())))
        case .settings: return Outcome([], .push(.settings(SettingsScreen())))
        case .quit: return Outcome(quit(&state))
        default: return nil
        }
    }
}
