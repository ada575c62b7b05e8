/// Where a key binding applies. The help screen groups bindings by this; dispatch looks keys up
/// for the screen on top of the stack (plus the bindings that apply everywhere).
public enum KeyScope: String, CaseIterable, Sendable, Hashable {
    case everywhere, firstStart, overview, group, help, settings, filter, dialog
    // MARK: - Yearly plan and exports (issue 5)
    case planForm, planChoice, exportDialog, newGroupName
    // MARK: - Meetings and evaluation (issue 4)
    case membersTab, meetingsTab, findingsTab, attendanceTab, evaluationsTab
    case form, meetingFields, attendanceList, inlineField, participants, answer, confirm, panel, result
    // MARK: - Supervisor profile
    case formChoice

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
        // MARK: - Meetings and evaluation (issue 4)
        case .membersTab: return .scopeMembersTab
        case .meetingsTab: return .scopeMeetingsTab
        case .findingsTab: return .scopeFindingsTab
        case .attendanceTab: return .scopeAttendanceTab
        case .evaluationsTab: return .scopeEvaluationsTab
        case .form: return .scopeForm
        case .meetingFields: return .scopeMeetingFields
        case .attendanceList: return .scopeAttendanceList
        case .inlineField: return .scopeInlineField
        case .participants: return .scopeParticipants
        case .answer: return .scopeAnswer
        case .confirm: return .scopeConfirm
        case .panel: return .scopePanel
        case .result: return .scopeResult
        // MARK: - Supervisor profile
        case .formChoice: return .scopeFormChoice
        }
    }

    /// A scope whose keys also apply here unless this scope binds the key itself: a group tab has
    /// the group's keys, a list inside a form has the form's. Nil for the rest.
    public var parent: KeyScope? {
        switch self {
        case .membersTab, .meetingsTab, .findingsTab, .attendanceTab, .evaluationsTab: return .group
        case .meetingFields, .participants, .answer, .formChoice: return .form
        case .attendanceList: return .meetingFields
        default: return nil
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
    case open, back, quit, forceQuit, suspend, help, filter, settings
    case nextTab, previousTab, showMembers, showMeetings, showFindings
    case nextValue, previousValue
    case installDemo
    case acceptFilter, cancelFilter
    case closeDialog
    // MARK: - Yearly plan and exports (issue 5)
    case openPlan, newGroup, openExport
    case nextPlanField, previousPlanField, editText, removeRow, nextPlanYear, previousPlanYear
    case toggleChoice, acceptChoice, runExport, createGroup
    // MARK: - Meetings and evaluation (issue 4)
    case newMeeting, newEvaluation, addMember, edit, delete, markLeft, undo, exportEvaluation
    case showAttendance, showEvaluations, methodSteps
    case nextField, previousField, save, cancelForm, nextSuggestion, previousSuggestion, newline
    case togglePresent, toggleExcused, editReason
    case acceptInput, cancelInput, confirm
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
        KeyBinding(.suspend, [.control("z")], [.everywhere], help: .actionSuspend),
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

        KeyBinding(.nextValue, [.right, .enter, .character(" "), .character("l")], [.settings], help: .actionSettingsNext, hint: .hintChange, hintKeys: "←→"),
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
        // MARK: - Meetings and evaluation (issue 4)
        // The group screen, any tab.
        KeyBinding(.newMeeting, [.character("n")], [.group], help: .actionNewMeeting, hint: .hintNewMeeting),
        KeyBinding(.newEvaluation, [.character("v")], [.group], help: .actionNewEvaluation),
        KeyBinding(.undo, [.character("u")], [.group], help: .actionUndo, hint: .hintUndo),
        KeyBinding(.methodSteps, [.character("m")], [.group], help: .actionMethodSteps),
        KeyBinding(.showAttendance, [.character("4")], [.group], help: .actionShowAttendance),
        KeyBinding(.showEvaluations, [.character("5")], [.group], help: .actionShowEvaluations),
        // One tab each.
        KeyBinding(.addMember, [.character("a")], [.membersTab, .attendanceTab], help: .actionAddMember, hint: .hintAddMember),
        KeyBinding(.edit, [.character("e")], [.membersTab, .attendanceTab], help: .actionEditMember, hint: .hintEdit),
        KeyBinding(.markLeft, [.character("x")], [.membersTab], help: .actionMarkLeft, hint: .hintMarkLeft),
        KeyBinding(.edit, [.character("e")], [.meetingsTab], help: .actionEditMeeting, hint: .hintEdit),
        KeyBinding(.delete, [.character("d"), .delete], [.meetingsTab], help: .actionDeleteMeeting, hint: .hintDelete),
        KeyBinding(.edit, [.character("e")], [.evaluationsTab], help: .actionEditEvaluation, hint: .hintEdit),
        KeyBinding(.delete, [.character("d"), .delete], [.evaluationsTab], help: .actionDeleteEvaluation, hint: .hintDelete),
        KeyBinding(.exportEvaluation, [.character("x")], [.evaluationsTab], help: .actionExportEvaluation, hint: .hintExport),
        KeyBinding(.newEvaluation, [.character("v")], [.evaluationsTab], help: .actionNewEvaluation, hint: .hintNewEvaluation),
        // Forms: letters are text there, so only keys that type nothing.
        KeyBinding(.save, [.control("s")], [.form], help: .actionSave, hint: .hintSave),
        KeyBinding(.nextField, [.tab, .down, .enter], [.form], help: .actionNextField, hint: .hintField, hintKeys: "Tab"),
        KeyBinding(.previousField, [.backTab, .up], [.form], help: .actionPreviousField),
        KeyBinding(.nextSuggestion, [.control("n"), .pageDown], [.meetingFields], help: .actionNextSuggestion, hint: .hintSuggestion, hintKeys: "PgDn"),
        KeyBinding(.previousSuggestion, [.control("p"), .pageUp], [.meetingFields], help: .actionPreviousSuggestion),
        KeyBinding(.methodSteps, [.function(3), .control("g")], [.meetingFields], help: .actionMethodStepsForm, hint: .hintSteps, hintKeys: "F3"),
        KeyBinding(.cancelForm, [.escape], [.form], help: .actionCancelForm, hint: .hintCancelForm),
        KeyBinding(.moveUp, [.up, .character("k")], [.attendanceList], help: .actionMoveUp),
        KeyBinding(.moveDown, [.down, .character("j")], [.attendanceList], help: .actionMoveDown),
        KeyBinding(.togglePresent, [.character(" ")], [.attendanceList], help: .actionTogglePresent, hint: .hintPresent, hintKeys: "Space"),
        KeyBinding(.toggleExcused, [.character("e")], [.attendanceList], help: .actionToggleExcused, hint: .hintExcused),
        KeyBinding(.editReason, [.character("r"), .enter], [.attendanceList], help: .actionEditReason, hint: .hintReason),
        KeyBinding(.acceptInput, [.enter, .tab], [.inlineField], help: .actionAcceptInput, hint: .hintAccept),
        KeyBinding(.cancelInput, [.escape], [.inlineField], help: .actionCancelInput, hint: .hintCancelForm),
        KeyBinding(.previousValue, [.left, .character("h")], [.participants], help: .actionPreviousParticipant),
        KeyBinding(.nextValue, [.right, .character("l")], [.participants], help: .actionNextParticipant),
        KeyBinding(.togglePresent, [.character(" ")], [.participants], help: .actionToggleParticipant, hint: .hintTakesPart, hintKeys: "Space"),
        KeyBinding(.newline, [.enter], [.answer], help: .actionNewline),
        KeyBinding(.moveUp, [.up], [.answer], help: .actionAnswerUp),
        KeyBinding(.moveDown, [.down], [.answer], help: .actionAnswerDown),
        // Dialogs.
        KeyBinding(.confirm, [.character("j"), .character("y")], [.confirm], help: .actionConfirm, hint: .hintYes, hintKeys: "j/y"),
        KeyBinding(.cancelInput, [.character("n"), .escape], [.confirm], help: .actionCancelInput, hint: .hintNo, hintKeys: "n/Esc"),
        KeyBinding(.nextValue, [.right, .tab, .character("l")], [.panel], help: .actionNextMethod, hint: .hintOtherMethod, hintKeys: "←→"),
        KeyBinding(.previousValue, [.left, .backTab, .character("h")], [.panel], help: .actionPreviousMethod),
        KeyBinding(.moveUp, [.up, .character("k")], [.panel], help: .actionMoveUp),
        KeyBinding(.moveDown, [.down, .character("j")], [.panel], help: .actionMoveDown),
        KeyBinding(.closeDialog, [.enter, .escape, .character("q")], [.panel, .result], help: .actionCloseDialog, hint: .hintClose, hintKeys: "Esc"),
        KeyBinding(.undo, [.character("u")], [.result], help: .actionUndoMeeting, hint: .hintUndo),
        // MARK: - Supervisor profile
        // Enter on the findings tab: the finding in full; on SUPERVISOR_REGISTRATION the profile form.
        KeyBinding(.open, [.enter], [.findingsTab], help: .actionOpenFinding, hint: .hintDetails),
        // A choice in a form (the registration): ←→ or Space go through the values, Tab moves on.
        KeyBinding(.nextValue, [.right, .character(" ")], [.formChoice], help: .actionNextValue, hint: .hintChange, hintKeys: "←→"),
        KeyBinding(.previousValue, [.left], [.formChoice], help: .actionPreviousValue),
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
        var current: KeyScope? = scope
        while let each = current {
            if let action = lookup[each]?[key] { return action }
            current = each.parent
        }
        return lookup[.everywhere]?[key]
    }

    /// Bindings listed under a scope in the help screen.
    public static func bindings(in scope: KeyScope) -> [KeyBinding] {
        bindings.filter { $0.scopes.contains(scope) }
    }

    /// The hints for the status bar of a scope: (keys, word), in table order.
    public static func hints(for scope: KeyScope) -> [(keys: String, hint: TextKey)] {
        var result: [(keys: String, hint: TextKey)] = []
        var current: KeyScope? = scope
        while let each = current {
            for binding in bindings where binding.scopes.contains(each) {
                guard let hint = binding.hint, !result.contains(where: { $0.hint == hint }) else { continue }
                // A key the scope itself rebinds is not the parent's any more.
                guard each == scope || action(for: binding.keys[0], in: scope) == binding.action else { continue }
                result.append((binding.hintKeys ?? binding.keys[0].description, hint))
            }
            current = each.parent
        }
        return result
    }

    /// How the keys of a binding are written in help: "↑ k".
    public static func keyNames(_ binding: KeyBinding) -> String {
        binding.keys.map(\.description).joined(separator: " ")
    }
}
