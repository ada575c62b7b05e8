import IntervisionCore

extension App {
    static func settings(_ action: Action?, _ screen: inout SettingsScreen, _ state: inout AppState) -> Outcome {
        if let move = move(for: action) {
            screen.cursor.apply(move, count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size))
            return Outcome()
        }
        switch action {
        case .nextValue, .previousValue:
            let step = action == .nextValue ? 1 : -1
            guard let row = SettingsRow(rawValue: screen.cursor.selected) else { return Outcome() }
            // MARK: - Supervisor profile: a form, not a value; Enter or → opens it.
            if row == .profile { return action == .nextValue ? openProfileForm(state) : Outcome() }
            var effects: [Effect] = []
            switch row {
            case .theme:
                let names = state.themeNames.isEmpty ? [state.settings.theme] : state.themeNames
                let current = names.firstIndex(of: state.settings.theme) ?? 0
                state.settings.theme = names[(current + step + names.count) % names.count]
                effects.append(.loadTheme(name: state.settings.theme))
            case .language:
                // Automatic (from LANG), Dutch, English. Choosing here replaces a --lang for this run.
                let choices: [Language?] = [nil, .nl, .en]
                let current = choices.firstIndex(of: state.settings.language) ?? 0
                state.settings.language = choices[(current + step + choices.count) % choices.count]
                state.languageOverride = nil
            case .role:
                let roles = Role.allCases
                let current = roles.firstIndex(of: state.settings.role) ?? 0
                state.settings.role = roles[(current + step + roles.count) % roles.count]
            case .profile:
                break
            }
            effects.append(.saveSettings(state.settings))
            return Outcome(effects)
        case .back:
            return Outcome([], .pop)
        case .settings:
            return Outcome()
        default:
            return common(action, &state) ?? Outcome()
        }
    }

    static func handle(_ result: EffectResult, _ state: inout AppState) -> [Effect] {
        let language = state.language
        switch result {
        case .settingsSaved, .groupSaved:
            break
        // MARK: - Supervisor profile
        case .supervisorSaved(let profile):
            profileSaved(profile, &state)
        case .demoInstalled(let supervisor, let groups):
            state.catalog = GroupCatalog(groups: groups, supervisor: supervisor, today: state.today)
            state.stack = [.overview(OverviewScreen())]
            state.message = StatusMessage(Texts.format(.messageDemoInstalled, language, String(groups.count)))
            clampAll(&state)
            return [.saveSettings(state.settings)]
        case .themeLoaded(_, let theme):
            state.theme = theme
        case .themeFailed(_, let message, let fallback):
            state.theme = fallback
            state.message = StatusMessage(Texts.format(.messageThemeFailed, language, message.text(language)), isError: true)
        case .failed(let message):
            state.message = StatusMessage(Texts.format(.messageFailed, language, message.text(language)), isError: true)
            profileSaveFailed(message, &state)
        // MARK: - Yearly plan and exports (issue 5)
        case .exported, .exportFailed:
            return handleExport(result, &state)
        }
        return []
    }
}
