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

    public init(store: DataStore, themes: ThemeLoader, today: CivilDate) {
        self.store = store
        self.themes = themes
        self.today = today
    }

    /// Runs one effect; every answer of the data folder names what it was for, and a refusal is
    /// the store's error typed for the screens (`StoreRefusal`).
    public mutating func run(_ effect: Effect) -> [Event] {
        let result: EffectResult
        switch effect {
        case .saveSettings(let settings):
            result = attempt({ try store.save(settings) }, .settingsSaved, EffectResult.settingsSaveFailed)
        case .saveGroup(let group):
            result = attempt({ try store.save(group) }, .groupSaved(group.id)) { .groupSaveFailed(group.id, $0) }
        case .saveSupervisor(let supervisor):
            result = attempt({ try store.save(supervisor) }, .supervisorSaved(supervisor), EffectResult.supervisorSaveFailed)
        case .installDemoData:
            let demo = DemoData.generate(groups: demoGroupCount, seed: 1, today: today)
            result = attempt({
                try store.save(demo.supervisor)
                try store.save(demo.groups)
            }, .demoInstalled(supervisor: demo.supervisor, groups: demo.groups), EffectResult.demoInstallFailed)
        case .reload(let file):
            do {
                result = .reloaded(try store.reload(file))
            } catch {
                result = .reloadFailed(file, StoreRefusal(any: error))
            }
        case .loadTheme(let name):
            result = loadTheme(name)
        case .export(let order):
            result = ExportRunner.run(order)
        case .quit, .suspend:  // the terminal layer's
            return []
        }
        return [.effectResult(result)]
    }

    /// `success` when `work` does not throw, else its error as a refusal.
    private func attempt(_ work: () throws -> Void, _ success: EffectResult, _ failure: (StoreRefusal) -> EffectResult) -> EffectResult {
        do {
            try work()
            return success
        } catch {
            return failure(StoreRefusal(any: error))
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
