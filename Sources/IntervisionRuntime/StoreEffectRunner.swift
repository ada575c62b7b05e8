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
    /// The data folder and the program for git's merge driver; nil: no sync (tests in memory).
    public var syncSetup: SyncSetup?

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
            case .export(let order) where order.passphrase == nil:
                return [.effectResult(ExportRunner.run(order))]
            case .copyToClipboard(let text):
                return [.effectResult(.clipboardCopy(sent: sendToTerminal?(OSC52.copy(text)) ?? false))]
            case .export, .share:
                // Slow or not, the same work: here it is done at once (tests, benchmarks); the
                // terminal runs the slow ones off its UI thread (`backgroundJob`).
                if let job = backgroundJob(for: effect) {
                    let progress = Collected()
                    let results = job { progress.append($0) }
                    return progress.events + results
                }
                return runAtOnce(effect).map { [.effectResult(.share($0))] } ?? []
            }
        } catch let error as StoreError {
            return [.effectResult(.failed(error.message))]
        } catch {
            let text = String(describing: error)
            return [.effectResult(.failed(LocalizedText(nl: text, en: text)))]
        }
    }

    /// Work that takes a second or more (a passphrase's scrypt, git talking to a remote), to be run
    /// off the UI thread; it may report progress as it goes, and returns its results. Nil for an
    /// effect that is done at once.
    public typealias BackgroundJob = @Sendable (_ report: @escaping @Sendable (Event) -> Void) -> [Event]

    public func backgroundJob(for effect: Effect) -> BackgroundJob? {
        let setup = syncSetup, today = today
        switch effect {
        case .export(let order) where order.passphrase != nil:
            return { _ in [.effectResult(ExportRunner.run(order))] }
        case .share(.openHandover(let path, let passphrase)):
            return { _ in [.effectResult(.share(ShareRunner.openHandover(path, passphrase: passphrase)))] }
        case .share(.loadSyncStatus):
            return { _ in [.effectResult(.share(SyncRunner.status(setup, today: today)))] }
        case .share(.sync(let language)):
            return { report in [.effectResult(.share(SyncRunner.sync(setup, language: language, today: today, report: report)))] }
        default:
            return nil
        }
    }

    /// The sharing effects done at once (the others are `backgroundJob`s).
    private func runAtOnce(_ effect: Effect) -> ShareResult? {
        switch effect {
        case .share(.completePath(let typed)): return .pathCompletions(typed: typed, PathCompleter.candidates(for: typed))
        case .share(.proposePassphrase): return ShareRunner.proposePassphrase()
        case .share(.reloadData): return ShareRunner.reload(store)
        default: return nil
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

/// Progress events a job reported while it ran at once.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Event] = []

    func append(_ event: Event) {
        lock.lock()
        collected.append(event)
        lock.unlock()
    }

    var events: [Event] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
