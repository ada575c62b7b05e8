import IntervisionCore

/// Theme, language and role; ←/→ changes the value, which applies at once and is saved. The
/// supervisor's profile is a row too: Enter or → opens its form.
enum SettingsView {
    static func draw(_ canvas: inout Canvas, screen: SettingsScreen, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        canvas.write(SettingsTexts.name.text(language), row: 2, column: 2, role: .title)
        let labels = SettingsRow.allCases.map { row -> String in
            switch row {
            case .theme: return SettingsTexts.theme.text(language)
            case .language: return SettingsTexts.language.text(language)
            case .role: return SettingsTexts.role.text(language)
            case .profile: return ProfileTexts.name.text(language)
            }
        }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 8) + 2
        for row in SettingsRow.allCases {
            let line = 4 + row.rawValue
            let selected = screen.cursor.selected == row.rawValue
            let role: StyleRole = selected ? .selection : .text
            let width = min(canvas.size.width - 4, labelWidth + 60)
            if selected { canvas.fill(row: line, column: 2, width: width, role: .selection) }
            canvas.write(labels[row.rawValue], row: line, column: 3, role: selected ? .selection : .columnHeader)
            // A form to open (›), not a value to cycle (‹ ›).
            let shown = row == .profile ? value(row, state: state) + " ›" : "‹ \(value(row, state: state)) ›"
            let valueRole = row == .profile && !selected && Supervisor.registrationShortfall(state.catalog.supervisor) != nil ? .error : role
            canvas.write(shown, row: line, column: 3 + labelWidth, maxWidth: width - labelWidth - 2, role: valueRole)
        }
        var line = 5 + SettingsRow.allCases.count
        for text in TextLayout.wrap(SettingsTexts.explain.text(language), width: canvas.size.width - 6) {
            canvas.write(text, row: line, column: 3, role: .muted)
            line += 1
        }
        if state.colorless {
            for text in TextLayout.wrap(SettingsTexts.noColor.text(language), width: canvas.size.width - 6) {
                canvas.write(text, row: line, column: 3, role: .warning)
                line += 1
            }
        }
        Chrome.drawStatusBar(&canvas, scope: .settings, state: state)
    }

    static func value(_ row: SettingsRow, state: AppState) -> String {
        let language = state.language
        switch row {
        case .theme:
            return state.settings.theme
        case .language:
            if let forced = state.languageOverride {
                return AppTexts.languageName(forced).text(language) + " (--lang)"
            }
            guard let chosen = state.settings.language else {
                return SettingsTexts.languageAutomatic(state.environmentLanguage).text(language)
            }
            return AppTexts.languageName(chosen).text(language)
        case .role:
            return AppTexts.role(state.settings.role).text(language)
        case .profile:
            // Who, by which registration, and whether it satisfies SUPERVISOR_REGISTRATION.
            guard let profile = state.catalog.supervisor else { return "✗ " + SettingsTexts.profileNotFilledIn.text(language) }
            let mark = Supervisor.registrationShortfall(profile) == nil ? "✓ " : "✗ "
            let registration = profile.registration.map { $0.name.text(language) } ?? ProfileTexts.registrationNone.text(language)
            return mark + [profile.name, registration].filter { !$0.isEmpty }.joined(separator: " · ")
        }
    }
}
