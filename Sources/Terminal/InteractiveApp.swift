import Foundation
import IntervisionCore
import IntervisionApp
import IntervisionRuntime

/// What the executable hands the interactive app.
public struct LaunchOptions {
    public var dataFolder: URL
    public var today: CivilDate
    /// `--lang`: wins over the settings and the environment for this run.
    public var language: Language?
    public var environment: [String: String]
    /// Where groups and settings are loaded from and saved to.
    public var store: DataStore
    /// Called once, right after the first frame is on the screen; returning true ends the run there
    /// (the start-up benchmark, `tui-bench`). Nil when a user runs the app.
    public var afterFirstFrame: ((AppState) -> Bool)?
    /// The path of the `intervisie` program, which git runs as the merge driver when the app syncs.
    public var executable: String?

    public init(dataFolder: URL, today: CivilDate, language: Language? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment, store: DataStore) {
        self.dataFolder = dataFolder
        self.today = today
        self.language = language
        self.environment = environment
        self.store = store
    }
}

/// The interactive terminal app: the one entry point the executable calls.
public enum InteractiveApp {
    /// Runs until the user quits; returns the process exit status (130 after Ctrl-C, 2 when the
    /// terminal cannot show the screens). Errors are printed after the terminal has been restored.
    public static func run(_ options: LaunchOptions) -> Int32 {
        let loaded: LoadedData
        do {
            loaded = try options.store.load()
        } catch {
            FileHandle.standardError.write(Data("intervisie: cannot read \(options.dataFolder.path): \(error)\n".utf8))
            return 1
        }
        let settings = loaded.settings ?? Settings()
        if let problem = CursesScreen.checkTerminal() {
            let language = options.language ?? settings.language ?? Language.fromEnvironment(options.environment)
            FileHandle.standardError.write(Data("intervisie: \(problem.message(language))\n".utf8))
            return 2
        }
        let themes = ThemeLoader(dataFolder: options.dataFolder)
        var runner = StoreEffectRunner(store: options.store, themes: themes, today: options.today)
        runner.syncSetup = options.executable.map { SyncSetup(folder: options.dataFolder, executable: $0) }
        let inbox = EventInbox()

        let screen = CursesScreen()
        screen.start()
        defer { screen.stop() }
        runner.sendToTerminal = { screen.send($0) }

        var state = AppState(size: screen.size, today: options.today, settings: settings,
                             environmentLanguage: Language.fromEnvironment(options.environment),
                             languageOverride: options.language, groups: loaded.groups, supervisor: loaded.supervisor,
                             firstStart: loaded.isEmptyFolder, themeNames: themes.availableNames(),
                             colorless: screen.colorDepth == .none || !(options.environment["NO_COLOR"] ?? "").isEmpty)
        if settings.exportFolder == nil { state.exportFolder = defaultExportFolder(options.environment) }
        state.methods = loaded.methods
        feed(runner.run(.loadTheme(name: settings.theme)), into: &state, runner: &runner, inbox: inbox)
        if !loaded.problems.isEmpty, state.message == nil {
            state.message = StatusMessage(loaded.problems.map { $0.text(state.language) }.joined(separator: "; "), isError: true)
        }
        // Whether the folder is synced, and where it stands: the status bar shows it once known.
        if let job = runner.backgroundJob(for: .share(.loadSyncStatus)) { inbox.start(job) }

        // From here on every effect but the terminal's own (Ctrl-Z, the clipboard) and the slow
        // jobs runs on the worker's thread, which never writes to the terminal; the loop draws,
        // reads keys and feeds the results back as they come.
        var workerRunner = runner
        workerRunner.sendToTerminal = nil
        let worker = EffectWorker(workerRunner)
        var chosenTheme = state.theme
        var effectiveTheme = Theme.effective(chosen: chosenTheme, depth: screen.colorDepth, environment: options.environment)
        var firstFrameHook = options.afterFirstFrame
        while state.isRunning {
            if state.theme != chosenTheme {
                chosenTheme = state.theme
                effectiveTheme = Theme.effective(chosen: chosenTheme, depth: screen.colorDepth, environment: options.environment)
            }
            screen.draw(App.view(state), theme: effectiveTheme)
            if let hook = firstFrameHook {
                firstFrameHook = nil
                if hook(state) { return 0 }
            }
            // While work runs off this thread, look for its results more often than the keys' timeout.
            screen.pollInterval = worker.isWorking ? 20 : inbox.isBusy ? 50 : 250
            dispatch([screen.nextEvent()], &state, screen: screen, worker: worker, runner: runner, inbox: inbox)
            // What the worker and the slow jobs finished meanwhile. Right after asking, wait a
            // moment for the worker, so that a quick save is drawn done rather than as "Bewaren…".
            while state.isRunning {
                let results = worker.collect(waitingUpTo: worker.isWorking ? 0.1 : 0) + inbox.take()
                if results.isEmpty { break }
                dispatch(results, &state, screen: screen, worker: worker, runner: runner, inbox: inbox)
            }
        }
        return state.exitStatus
    }

    /// Events into `update`; the effects it asks for go to the terminal (Ctrl-Z), to a thread of
    /// their own when slow (`backgroundJob`: a sync, an encrypted file; progress and results come
    /// back through `inbox`), and the rest, in order, to the worker.
    private static func dispatch(_ events: [Event], _ state: inout AppState, screen: CursesScreen, worker: EffectWorker,
                                 runner: StoreEffectRunner, inbox: EventInbox) {
        var pending = events
        while !pending.isEmpty {
            for effect in App.update(&state, pending.removeFirst()) {
                switch effect {
                case .suspend:
                    // The terminal's job, not the store's. Back after `fg`, the state learns the
                    // size, which may have changed meanwhile.
                    screen.suspend()
                    pending.append(.resize(screen.size))
                case .quit:
                    break
                case .copyToClipboard:
                    // Written to the terminal: here, between two frames, never from another thread.
                    var terminal = runner
                    pending += terminal.run(effect)
                default:
                    if let job = runner.backgroundJob(for: effect) { inbox.start(job) } else { worker.submit(effect) }
                }
            }
        }
    }

    /// Where exports go unless the user types another folder: ~/Documents when there is one (where
    /// people look for documents), else the folder the app was started in.
    static func defaultExportFolder(_ environment: [String: String]) -> String {
        var isFolder: ObjCBool = false
        if let home = environment["HOME"], !home.isEmpty,
           FileManager.default.fileExists(atPath: home + "/Documents", isDirectory: &isFolder), isFolder.boolValue {
            return home + "/Documents"
        }
        return FileManager.default.currentDirectoryPath
    }

    /// Effect results are events too; they may ask for more effects (slow ones go to a thread).
    private static func feed(_ events: [Event], into state: inout AppState, runner: inout StoreEffectRunner, inbox: EventInbox) {
        var pending = events
        while !pending.isEmpty {
            let event = pending.removeFirst()
            for effect in App.update(&state, event) {
                if let job = runner.backgroundJob(for: effect) { inbox.start(job) } else { pending += runner.run(effect) }
            }
        }
    }
}
