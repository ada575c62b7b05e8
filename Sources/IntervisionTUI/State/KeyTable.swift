/// Where a key binding applies. The help screen groups bindings by this; dispatch looks keys up
/// for the screen on top of the stack (plus the bindings that apply everywhere).
public enum KeyScope: String, CaseIterable, Sendable, Hashable {
    case everywhere, firstStart, overview, group, help, settings, filter, dialog
    // MARK: - Yearly plan and exports (issue 5)
    case planForm, planChoice, exportDialog, newGroupName

    var title: TextKey {
        switch self {
        case .everywhere: return .scopeEverywhere
        case .firstStart: return .scopeFirstStart
        case .overview: return .scopeOverview
        case .group: return .scopeGroup
        case .help: return .scopeHelp
        case .settings: return .scopeSettings
        case .filter: return .scopeFilter
        case .dialog: return .scopeDialog
        // MARK: - Yearly plan and exports (issue 5)
        case .planForm: return .scopePlanForm
        case .planChoice: return .scopePlanChoice
        case .exportDialog: return .scopeExportDialog
        case .newGroupName: return .scopeNewGroup
        }
    }
}

/// Everything a key can make the app do.
///
/// To add one for a later screen (new meeting `n`, edit `e`, attendance grid, evaluation, plan form,
/// export `x`): add a case here, a binding in `KeyTable.bindings` with its scope and texts, and handle
/// it in that screen's update function. Dispatch, the help screen and the status bar follow.
public enum Action: String, CaseIterable, Sendable, Hashable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, quit, forceQuit, help, filter, settings
    case nextTab, previousTab, showMembers, showMeetings, showFindings
    case nextValue, previousValue
    case installDemo
    case acceptFilter, cancelFilter
    case closeDialog
    // MARK: - Yearly plan and exports (issue 5)
    case openPlan, newGroup, openExport
    case nextPlanField, previousPlanField, editText, removeRow, nextPlanYear, previousPlanYear
    case toggleChoice, acceptChoice, runExport, createGroup
}

/// One row of the key table: an action, its default keys, its texts, and where it applies.
public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var scopes: [KeyScope]
    /// What the action does, for the help screen.
    public var help: TextKey
    /// A word or two for the status bar; nil keeps the action out of the hints.
    public var hint: TextKey?
    /// The keys shown in the hint (defaults to the first key).
    public var hintKeys: String?

    public init(_ action: Action, _ keys: [Key], _ scopes: [KeyScope], help: TextKey, hint: TextKey? = nil, hintKeys: String? = nil) {
        self.action = action
        self.keys = keys
        self.scopes = scopes
        self.help = help
        self.hint = hint
        self.hintKeys = hintKeys
    }
}

/// The one key table (as in calcurse): it drives dispatch, the help screen and the key hints.
public enum KeyTable {
    private static let lists: [KeyScope] = [.overview, .group, .help, .settings]

    public static let bindings: [KeyBinding] = [
        KeyBinding(.forceQuit, [.control("c")], [.everywhere], help: .actionForceQuit),
        KeyBinding(.quit, [.character("q")], [.firstStart, .overview, .group, .help, .settings], help: .actionQuit, hint: .hintQuit),
        KeyBinding(.help, [.character("?"), .function(1)], [.overview, .group, .settings, .firstStart], help: .actionHelp, hint: .hintHelp),
        KeyBinding(.settings, [.character("s"), .function(2)], [.overview, .group], help: .actionSettings, hint: .hintSettings),

        KeyBinding(.installDemo, [.enter], [.firstStart], help: .actionInstallDemo, hint: .hintInstall),

        KeyBinding(.moveUp, [.up, .character("k")], lists, help: .actionMoveUp, hint: .hintMove, hintKeys: "↑↓"),
        KeyBinding(.moveDown, [.down, .character("j")], lists, help: .actionMoveDown),
        KeyBinding(.pageUp, [.pageUp, .control("b")], lists, help: .actionPageUp),
        KeyBinding(.pageDown, [.pageDown, .control("f"), .character(" ")], [.overview, .group, .help], help: .actionPageDown),
        KeyBinding(.first, [.home, .character("g")], lists, help: .actionFirst),
        KeyBinding(.last, [.end, .character("G")], lists, help: .actionLast),

        KeyBinding(.open, [.enter], [.overview], help: .actionOpen, hint: .hintOpen),
        KeyBinding(.open, [.enter], [.group], help: .actionOpen, hint: .hintDetails),
        KeyBinding(.filter, [.character("/")], [.overview], help: .actionFilter, hint: .hintFilter),
        KeyBinding(.nextTab, [.tab, .right, .character("l")], [.group], help: .actionNextTab, hint: .hintTab, hintKeys: "Tab"),
        KeyBinding(.previousTab, [.backTab, .left, .character("h")], [.group], help: .actionPreviousTab),
        KeyBinding(.showMembers, [.character("1")], [.group], help: .actionShowMembers),
        KeyBinding(.showMeetings, [.character("2")], [.group], help: .actionShowMeetings),
        KeyBinding(.showFindings, [.character("3")], [.group], help: .actionShowFindings),

        KeyBinding(.nextValue, [.right, .enter, .character(" "), .character("l")], [.settings], help: .actionNextValue, hint: .hintChange, hintKeys: "←→"),
        KeyBinding(.previousValue, [.left, .character("h")], [.settings], help: .actionPreviousValue),

        KeyBinding(.back, [.escape], [.group, .help, .settings], help: .actionBack, hint: .hintBack),
        KeyBinding(.cancelFilter, [.escape], [.overview], help: .actionCancelFilter),
        KeyBinding(.back, [.character("?")], [.help], help: .actionBack),

        KeyBinding(.moveUp, [.up], [.filter], help: .actionMoveUp, hint: .hintMove, hintKeys: "↑↓"),
        KeyBinding(.moveDown, [.down], [.filter], help: .actionMoveDown),
        KeyBinding(.pageUp, [.pageUp], [.filter], help: .actionPageUp),
        KeyBinding(.pageDown, [.pageDown], [.filter], help: .actionPageDown),
        KeyBinding(.acceptFilter, [.enter], [.filter], help: .actionAcceptFilter, hint: .hintAccept),
        KeyBinding(.cancelFilter, [.escape], [.filter], help: .actionCancelFilter, hint: .hintCancel),
        KeyBinding(.closeDialog, [.enter, .escape, .character("q")], [.dialog], help: .actionCloseDialog, hint: .hintClose, hintKeys: "Esc"),

        // MARK: - Yearly plan and exports (issue 5)
        KeyBinding(.openPlan, [.character("p")], [.overview, .group], help: .actionOpenPlan, hint: .hintPlan),
        KeyBinding(.newGroup, [.character("n")], [.overview], help: .actionNewGroup, hint: .hintNewGroup),
        KeyBinding(.openExport, [.character("E")], [.group], help: .actionOpenExport, hint: .hintPlanExport),
        // The plan form: letters type, so its commands are Tab, arrows, Esc, Ctrl and F keys.
        KeyBinding(.nextPlanField, [.tab, .enter], [.planForm], help: .actionNextPlanField, hint: .hintNextPlanField, hintKeys: "Tab"),
        KeyBinding(.previousPlanField, [.backTab], [.planForm], help: .actionPreviousPlanField),
        KeyBinding(.moveUp, [.up], [.planForm], help: .actionFieldUp),
        KeyBinding(.moveDown, [.down], [.planForm], help: .actionFieldDown),
        KeyBinding(.pageUp, [.pageUp], [.planForm], help: .actionPageUp),
        KeyBinding(.pageDown, [.pageDown], [.planForm], help: .actionPageDown),
        KeyBinding(.editText, [.left, .right, .home, .end, .backspace, .delete], [.planForm, .newGroupName], help: .actionEditText),
        KeyBinding(.removeRow, [.control("r")], [.planForm], help: .actionRemoveRow, hint: .hintRemoveRow),
        KeyBinding(.nextPlanYear, [.control("n")], [.planForm], help: .actionNextPlanYear),
        KeyBinding(.previousPlanYear, [.control("p")], [.planForm], help: .actionPreviousPlanYear),
        KeyBinding(.openExport, [.control("x")], [.planForm], help: .actionOpenExport, hint: .hintPlanExport),
        KeyBinding(.back, [.escape], [.planForm], help: .actionFormBack, hint: .hintBack),
        KeyBinding(.help, [.function(1)], [.planForm, .planChoice, .exportDialog, .newGroupName], help: .actionHelp, hint: .hintHelp),
        KeyBinding(.settings, [.function(2)], [.planForm], help: .actionSettings),
        // Lists to choose from, the export dialog, the new group's name.
        KeyBinding(.moveUp, [.up], [.planChoice, .exportDialog], help: .actionMoveUp, hint: .hintMove, hintKeys: "↑↓"),
        KeyBinding(.moveDown, [.down], [.planChoice], help: .actionMoveDown),
        KeyBinding(.moveDown, [.down, .tab], [.exportDialog], help: .actionMoveDown),
        KeyBinding(.pageUp, [.pageUp], [.planChoice], help: .actionPageUp),
        KeyBinding(.pageDown, [.pageDown], [.planChoice], help: .actionPageDown),
        KeyBinding(.toggleChoice, [.character(" ")], [.planChoice], help: .actionToggleChoice, hint: .hintToggle),
        KeyBinding(.acceptChoice, [.enter], [.planChoice], help: .actionAcceptChoice, hint: .hintAccept),
        KeyBinding(.nextValue, [.right, .character(" ")], [.exportDialog], help: .actionNextValue, hint: .hintChange, hintKeys: "←→"),
        KeyBinding(.previousValue, [.left], [.exportDialog], help: .actionPreviousValue),
        KeyBinding(.runExport, [.enter], [.exportDialog], help: .actionRunExport, hint: .hintWrite),
        KeyBinding(.createGroup, [.enter], [.newGroupName], help: .actionCreateGroup, hint: .hintCreate),
        KeyBinding(.back, [.escape], [.planChoice, .exportDialog, .newGroupName], help: .actionCancelDialog, hint: .hintBack),
    ]

    /// Per scope, key → action; built once.
    private static let lookup: [KeyScope: [Key: Action]] = {
        var table: [KeyScope: [Key: Action]] = [:]
        for binding in bindings {
            for scope in binding.scopes {
                for key in binding.keys where table[scope]?[key] == nil {
                    table[scope, default: [:]][key] = binding.action
                }
            }
        }
        return table
    }()

    /// The action a key triggers in a scope: the scope's own bindings first, then the global ones.
    public static func action(for key: Key, in scope: KeyScope) -> Action? {
        lookup[scope]?[key] ?? lookup[.everywhere]?[key]
    }

    /// Bindings listed under a scope in the help screen.
    public static func bindings(in scope: KeyScope) -> [KeyBinding] {
        bindings.filter { $0.scopes.contains(scope) }
    }

    /// The hints for the status bar of a scope: (keys, word), in table order.
    public static func hints(for scope: KeyScope) -> [(keys: String, hint: TextKey)] {
        bindings.compactMap { binding in
            guard binding.scopes.contains(scope), let hint = binding.hint else { return nil }
            return (binding.hintKeys ?? binding.keys[0].description, hint)
        }
    }

    /// How the keys of a binding are written in help: "↑ k".
    public static func keyNames(_ binding: KeyBinding) -> String {
        binding.keys.map(\.description).joined(separator: " ")
    }
}
