import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionStore

/// Performs effects outside the state machine (files, the store). Results come back as events
/// that the caller feeds into `update`.
public protocol EffectRunner {
    mutating func run(_ effect: Effect) -> [Event]
}

/// Runs the app's effects against a data store and the theme files.
public struct StoreEffectRunner: EffectRunner {
    public let store: DataStore
    public let themes: ThemeLoader
    public let today: CivilDate
    /// How many groups the demo data set has.
    public var demoGroupCount = 8
    /// Writes a sequence to the terminal beside the screen (the terminal layer's, which knows how
    /// to do that under curses); true when it was written. Nil: no terminal (tests), nothing sent.
    public var sendToTerminal: ((String) -> Bool)?

    public init(store: DataStore, themes: ThemeLoader, today: CivilDate) {
        self.store = store
        self.themes = themes
        self.today = today
    }

    public mutating func run(_ effect: Effect) -> [Event] {
        do {
            switch effect {
            case .saveSettings(let settings):
                try store.save(settings)
                return [.effectResult(.settingsSaved)]
            case .saveGroup(let group):
                try store.save(group)
                return [.effectResult(.groupSaved(group.id))]
            case .saveSupervisor(let supervisor):
                try store.save(supervisor)
                return [.effectResult(.supervisorSaved(supervisor))]
            case .installDemoData:
                let demo = DemoData.generate(groups: demoGroupCount, seed: 1, today: today)
                try store.save(demo.supervisor)
                try store.save(demo.groups)
                return [.effectResult(.demoInstalled(supervisor: demo.supervisor, groups: demo.groups))]
            case .loadTheme(let name):
                return [.effectResult(loadTheme(name))]
            case .quit, .suspend:  // the terminal layer's
                return []
            case .export(let order):
                return [.effectResult(ExportRunner.run(order))]
            case .copyToClipboard(let text):
                return [.effectResult(.clipboardCopy(sent: sendToTerminal?(OSC52.copy(text)) ?? false))]
            }
        } catch let error as StoreError {
            return [.effectResult(.failed(error.message))]
        } catch {
            let text = String(describing: error)
            return [.effectResult(.failed(LocalizedText(nl: text, en: text)))]
        }
    }

    /// The theme, or the fault with the default theme to fall back on.
    public func loadTheme(_ name: String) -> EffectResult {
        switch themes.load(name) {
        case .success(let theme):
            return .themeLoaded(name: name, theme: theme)
        case .failure(let fault):
            let fallback = (try? themes.load("default").get()) ?? BuiltInThemes.fallbackDefault
            return .themeFailed(name: name, message: LocalizedText(nl: fault.text(.nl), en: fault.text(.en)), fallback: fallback)
        }
    }
}
