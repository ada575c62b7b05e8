extension App {
    static func firstStart(_ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .installDemo:
            // The overview appears when the demo data is in (EffectResult.demoInstalled).
            return Outcome([.installDemoData])
        case .quit:
            return Outcome(quit(&state))
        case .help:
            return Outcome([], .push(.help(HelpScreen())))
        default:
            // Any other key: start with an empty data folder. Saving the settings marks the folder
            // as used, so the next start goes straight to the overview.
            state.message = StatusMessage(Texts.text(.messageStartedEmpty, state.language))
            return Outcome([.saveSettings(state.settings)], .reset(.overview(OverviewScreen())))
        }
    }
}
