import IntervisionCore

/// A line in the status bar that replaces the key hints until the next key press.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the screens show. Changed only by `App.update`; drawn only by `App.view`.
public struct AppState: Sendable {
    public var size: Size
    public var today: CivilDate
    /// A change of role recounts the overview's findings for the new role.
    public var settings: Settings { didSet { catalog.setRole(settings.role) } }
    /// From LANG / LC_ALL.
    public var environmentLanguage: Language
    /// From `--lang`, for this run; a choice made in the settings screen replaces it.
    public var languageOverride: Language?
    public var catalog: GroupCatalog
    /// Never empty: the bottom is the overview (or the first-start screen).
    var stack: [any Screen]
    /// The chosen theme as loaded (the terminal layer downgrades it or picks monochrome).
    public var theme: Theme
    public var themeNames: [String]
    /// The terminal shows no colours (NO_COLOR, or none supported): the settings screen says so.
    public var colorless: Bool
    public var message: StatusMessage?
    /// How many actions are overdue and due this week, as the app opened: at the right of the status
    /// bar until the first message replaces it.
    public var reminder: LocalizedText?
    public var isRunning = true
    /// The process's exit status once `isRunning` is false: 130 after Ctrl-C, as shells report an interrupt.
    public var exitStatus: Int32 = 0
    /// Where the export dialog writes: the folder written to last (`Settings.exportFolder`), else
    /// what the terminal layer sets (~/Documents or the current folder).
    public var exportFolder: String
    /// The intervision methods: shipped, plus the user's `methods.json` (read by the runtime).
    public var methods: MethodLibrary
    /// The last change of this session, for `u`.
    public var undo: UndoStep?
    /// Saves of groups asked of the store and not answered yet, in the order asked.
    public internal(set) var pendingSaves: [PendingSave] = []
    /// Work asked of the data folder (`Effect.isStoreWork`) and not answered yet.
    public internal(set) var awaitingStore = 0
    /// Keys pressed while the data folder was busy: handled, in order, once it has answered (as a
    /// terminal buffers what is typed ahead), or dropped when it refused.
    public internal(set) var heldKeys: [Key] = []
    /// Where the synced data folder stands (the status bar shows it); nil when it is not synced.
    public var sync: SyncState?

    public init(size: Size, today: CivilDate, settings: Settings = Settings(), environmentLanguage: Language = .en,
                languageOverride: Language? = nil, groups: [Group], supervisor: Supervisor?, firstStart: Bool,
                theme: Theme = BuiltInThemes.fallbackDefault, themeNames: [String] = ["default", "light", "monochrome", "high-contrast"],
                colorless: Bool = false, methods: MethodLibrary = MethodLibrary()) {
        self.size = size
        self.today = today
        self.settings = settings
        exportFolder = settings.exportFolder ?? "."
        self.environmentLanguage = environmentLanguage
        self.languageOverride = languageOverride
        catalog = GroupCatalog(groups: groups, supervisor: supervisor, today: today, role: settings.role)
        stack = firstStart ? [FirstStartScreen()] : [OverviewScreen()]
        self.theme = theme
        self.themeNames = themeNames
        self.colorless = colorless
        self.methods = methods
        stack = PlanFormScreen.atStart(self)
        reminder = firstStart ? nil : catalog.summary.text
    }

    /// The language texts are shown in: `--lang`, else the settings, else the environment.
    public var language: Language { languageOverride ?? settings.language ?? environmentLanguage }

    var top: any Screen { stack[stack.count - 1] }

    /// The data folder has not answered yet: nothing is shown as saved, keys wait.
    public var isBusy: Bool { awaitingStore > 0 }

    public var isTooSmall: Bool { size.width < Layout.minimumSize.width || size.height < Layout.minimumSize.height }
}
