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
        case .export(let order) where order.passphrase == nil:
            result = export(order)
        case .copyToClipboard(let text):
            result = .clipboardCopy(sent: sendToTerminal?(OSC52.copy(text)) ?? false)
        case .export, .share:
            // Slow or not, the same work: here it is done at once (tests, benchmarks); the
            // terminal runs the slow ones off its UI thread (`backgroundJob`).
            if let job = backgroundJob(for: effect) {
                let progress = Collected()
                let results = job { progress.append($0) }
                return progress.events + results
            }
            return runAtOnce(effect).map { [.effectResult(.share($0))] } ?? []
        case .quit, .suspend:  // the terminal layer's
            return []
        }
        return [.effectResult(result)]
    }

    /// Writes an export. A final plan then records its export date on the group, so a group the
    /// data folder would not save (damaged, newer, changed on disk) refuses it before anything is
    /// written, as the command line does.
    private func export(_ order: ExportOrder) -> EffectResult {
        if order.request.recordsExport, let plan = order.request.plan {
            var group = order.request.group
            group.recordPlanExport(from: plan.from, on: today, supervisor: order.request.supervisor)
            if group != order.request.group {
                do {
                    try store.checkSavable(group)
                } catch {
                    return .exportFailed(order, ExportTexts.dateNotSavable(StoreRefusal(any: error)), existingFile: nil)
                }
            }
        }
        return ExportRunner.run(order)
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
