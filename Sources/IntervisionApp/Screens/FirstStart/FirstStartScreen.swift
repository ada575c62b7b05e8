import IntervisionCore

/// The first start in an empty data folder: what the app is for, and the choice between the demo
/// data and starting empty.
struct FirstStartScreen: Screen {
    var keyScope: KeyScope { .firstStart }

    func title(_ state: AppState) -> String { FirstStartTexts.name.text(state.language) }

    func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .installDemo:
            // The overview appears when the demo data is in (`demoInstalled`).
            return Outcome([.installDemoData])
        case .quit:
            return Outcome(App.quit(&state))
        case .startAsContact:
            // The contact person makes the group and fills in its plan (or imports the supervisor's file).
            state.settings.role = .contactPerson
            state.message = StatusMessage(FirstStartTexts.startedAsContact.text(state.language))
            return Outcome([.saveSettings(state.settings)], .reset(OverviewScreen()))
        default:
            // Any other key: start with an empty data folder. Saving the settings marks the folder
            // as used, so the next start goes straight to the overview.
            state.message = StatusMessage(FirstStartTexts.startedEmpty.text(state.language))
            return Outcome([.saveSettings(state.settings)], .reset(OverviewScreen()))
        }
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        FirstStartView.draw(&canvas, state: state)
    }

    /// The demo data is in the data folder: the overview shows it.
    static func demoInstalled(supervisor: Supervisor, groups: [Group], _ state: inout AppState) -> [Effect] {
        state.catalog = GroupCatalog(groups: groups, supervisor: supervisor, today: state.today, role: state.settings.role)
        state.stack = [OverviewScreen()]
        state.message = StatusMessage(FirstStartTexts.demoInstalled(groups: groups.count).text(state.language))
        App.clampAll(&state)
        return [.saveSettings(state.settings)]
    }
}
