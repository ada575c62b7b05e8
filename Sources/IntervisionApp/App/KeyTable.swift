import IntervisionCore

/// Where a key binding applies. The help screen groups bindings by this, in this order (a scope
/// right after the one around it), and opens at the scope of the screen it was called from;
/// dispatch looks keys up for the screen on top of the stack (plus the bindings that apply everywhere).
/// One case a line: a new scope is a new line where its section belongs in help.
public enum KeyScope: String, CaseIterable, Sendable, Hashable {
    case everywhere
    case firstStart
    case overview
    case filter
    case agenda
    case group
    case membersTab
    case meetingsTab
    case findingsTab
    case attendanceTab
    case evaluationsTab
    case dialog
    case form
    case meetingFields
    case attendanceList
    case inlineField
    case participants
    case answer
    case formChoice
    /// The keys of every text field (the widgets do the editing; this says which key does what).
    case textEditing
    case planForm
    case planChoice
    case newGroupName
    case exportDialog
    case confirm
    case panel
    case result
    case saveRefused
    case changedOnDisk
    case gaiaDialog
    case importPath
    case passphrase
    case importReview
    case newPassphrase
    case syncConflict
    case settings
    case help

    /// A scope whose keys also apply here unless this scope binds the key itself: a group tab has
    /// the group's keys, a list inside a form has the form's. Nil for the rest.
    public var parent: KeyScope? {
        switch self {
        case .membersTab, .meetingsTab, .findingsTab, .attendanceTab, .evaluationsTab: return .group
        case .meetingFields, .participants, .answer, .formChoice: return .form
        case .attendanceList: return .meetingFields
        case .changedOnDisk: return .saveRefused
        default: return nil
        }
    }
}

/// Everything a key can make the app do.
///
/// To add one: a case here, a binding in `KeyTable.bindings` with its scope and texts (`ActionTexts`,
/// `KeyHint`), and its handling in the update of the screens whose scope binds it. Dispatch, the help
/// screen and the status bar follow.
public enum Action: String, CaseIterable, Sendable, Hashable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, quit, forceQuit, suspend, help, filter, settings
    case nextTab, previousTab, showMembers, showMeetings, showFindings
    case nextValue, previousValue
    case installDemo
    case acceptFilter, cancelFilter
    case closeDialog
    case openPlan, newGroup, openExport
    case nextPlanField, previousPlanField, removeRow, nextPlanYear, previousPlanYear
    case toggleChoice, acceptChoice, runExport, createGroup
    case newMeeting, newEvaluation, addMember, edit, delete, markLeft, undo, exportEvaluation
    case showAttendance, showEvaluations, methodSteps
    case nextField, previousField, save, cancelForm, nextSuggestion, previousSuggestion, newline
    case togglePresent, toggleExcused, editReason
    case acceptInput, cancelInput, confirm
    /// Editing in a text field (`TextField`, `TextArea`).
    case cursorLeft, cursorRight, lineStart, lineEnd, deleteBackward, deleteForward, deleteToStart, deleteToEnd, deleteWord
    case markSubmitted, closeYear
    case reload
    case openAgenda
    case reportAttendance, markReported, unmarkReported, copyList
    case startAsContact, openImport, completePath, applyImport, proposePassphrase, sync, keepVersion
}

/// The word or two the status bar shows after a key. A case of its own (not just its text) so the
/// bar can order the hints and show two actions that happen to share a word ("x exporteer", "E exporteer").
public enum KeyHint: Sendable, Hashable {
    case move, open, back, quit, help, filter, settings, tab, change, accept, cancel, close, details, install
    case plan, newGroup, planExport, nextPlanField, removeRow, toggle, write, create
    case newMeeting, undo, addMember, edit, markLeft, delete, export, newEvaluation, save, field, suggestion, steps
    case cancelForm, present, excused, reason, takesPart, yes, no, otherMethod
    case submitted, closeYear
    case reload
    case agenda, doIt
    case gaia, reported, notReported, copy
    case importFile, complete, apply, propose, keep, choose
}

/// One row of the key table: an action, its default keys, its texts, and where it applies.
public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var scopes: [KeyScope]
    /// What the action does, for the help screen.
    public var help: LocalizedText
    /// A word or two for the status bar; nil keeps the action out of the hints.
    public var hint: KeyHint?
    /// The keys shown in the hint (defaults to the first key).
    public var hintKeys: String?
    /// Where the hint stands in the status bar: lower first (a screen's hints and those of the scopes
    /// around it, together). Steps apart, so a new line can go between two others.
    public var order: Int

    public init(_ action: Action, _ keys: [Key], _ scopes: [KeyScope], help: LocalizedText, hint: KeyHint? = nil,
                hintKeys: String? = nil, order: Int = 100) {
        self.action = action
        self.keys = keys
        self.scopes = scopes
        self.help = help
        self.hint = hint
        self.hintKeys = hintKeys
        self.order = order
    }
}

/// The one key table (as in calcurse): it drives dispatch, the help screen and the key hints.
public enum KeyTable {
    private static let lists: [KeyScope] = [.overview, .agenda, .group, .help, .settings]

    public static let bindings: [KeyBinding] = [
        KeyBinding(.forceQuit, [.control("c")], [.everywhere], help: ActionTexts.forceQuit),
        KeyBinding(.suspend, [.control("z")], [.everywhere], help: ActionTexts.suspend),
        KeyBinding(.help, [.function(1)], [.everywhere], help: ActionTexts.helpHere),
        KeyBinding(.quit, [.character("q")], [.firstStart, .overview, .agenda, .group, .help, .settings], help: ActionTexts.quit, hint: .quit, order: 70),
        KeyBinding(.help, [.character("?"), .function(1)], [.overview, .agenda, .group, .settings, .firstStart], help: ActionTexts.help, hint: .help, order: 60),
        KeyBinding(.settings, [.character("s"), .function(2)], [.overview, .agenda], help: ActionTexts.settings, hint: .settings, order: 65),
        // On a group the tab's own keys and n, u, help come first; moving and settings last.
        KeyBinding(.settings, [.character("s"), .function(2)], [.group], help: ActionTexts.settings, hint: .settings, order: 76),

        KeyBinding(.installDemo, [.enter], [.firstStart], help: ActionTexts.installDemo, hint: .install, order: 3),

        KeyBinding(.moveUp, [.up, .character("k")], [.overview, .agenda, .help, .settings], help: ActionTexts.moveUp, hint: .move, hintKeys: "↑↓", order: 1),
        KeyBinding(.moveUp, [.up, .character("k")], [.group], help: ActionTexts.moveUp, hint: .move, hintKeys: "↑↓", order: 74),
        KeyBinding(.moveDown, [.down, .character("j")], lists, help: ActionTexts.moveDown),
        KeyBinding(.pageUp, [.pageUp, .control("b")], lists, help: ActionTexts.pageUp),
        KeyBinding(.pageDown, [.pageDown, .control("f"), .character(" ")], [.overview, .agenda, .group, .help], help: ActionTexts.pageDown),
        KeyBinding(.first, [.home, .character("g")], lists, help: ActionTexts.first),
        KeyBinding(.last, [.end, .character("G")], lists, help: ActionTexts.last),

        KeyBinding(.open, [.enter], [.overview], help: ActionTexts.open, hint: .open, order: 2),
        KeyBinding(.open, [.enter], [.group], help: ActionTexts.open, hint: .details, order: 75),
        KeyBinding(.filter, [.character("/")], [.overview], help: ActionTexts.filter, hint: .filter, order: 50),
        KeyBinding(.openAgenda, [.character("a")], [.overview], help: ActionTexts.openAgenda, hint: .agenda, order: 3),
        // The agenda: Enter goes where the action is done; `u` undoes what was done from there.
        KeyBinding(.open, [.enter], [.agenda], help: ActionTexts.openAction, hint: .doIt, order: 2),
        KeyBinding(.back, [.escape], [.agenda], help: ActionTexts.back, hint: .back, order: 55),
        KeyBinding(.undo, [.character("u")], [.agenda], help: ActionTexts.undo, hint: .undo, order: 47),
        KeyBinding(.nextTab, [.tab, .right, .character("l")], [.group], help: ActionTexts.nextTab, hint: .tab, hintKeys: "Tab", order: 71),
        KeyBinding(.previousTab, [.backTab, .left, .character("h")], [.group], help: ActionTexts.previousTab),
        KeyBinding(.showMembers, [.character("1")], [.group], help: ActionTexts.showMembers),
        KeyBinding(.showMeetings, [.character("2")], [.group], help: ActionTexts.showMeetings),
        KeyBinding(.showFindings, [.character("3")], [.group], help: ActionTexts.showFindings),

        KeyBinding(.nextValue, [.right, .enter, .character(" "), .character("l")], [.settings], help: ActionTexts.settingsNext, hint: .change, hintKeys: "←→", order: 51),
        KeyBinding(.previousValue, [.left, .character("h")], [.settings], help: ActionTexts.previousValue),

        KeyBinding(.back, [.escape], [.help, .settings], help: ActionTexts.back, hint: .back, order: 55),
        KeyBinding(.back, [.escape], [.group], help: ActionTexts.back, hint: .back, order: 61),
        KeyBinding(.cancelFilter, [.escape], [.overview], help: ActionTexts.cancelFilter),
        KeyBinding(.back, [.character("?")], [.help], help: ActionTexts.back),

        KeyBinding(.moveUp, [.up], [.filter], help: ActionTexts.moveUp, hint: .move, hintKeys: "↑↓", order: 1),
        KeyBinding(.moveDown, [.down], [.filter], help: ActionTexts.moveDown),
        KeyBinding(.pageUp, [.pageUp], [.filter], help: ActionTexts.pageUp),
        KeyBinding(.pageDown, [.pageDown], [.filter], help: ActionTexts.pageDown),
        KeyBinding(.acceptFilter, [.enter], [.filter], help: ActionTexts.acceptFilter, hint: .accept, order: 30),
        KeyBinding(.cancelFilter, [.escape], [.filter], help: ActionTexts.cancelFilter, hint: .cancel, order: 32),
        KeyBinding(.closeDialog, [.enter, .escape, .character("q")], [.dialog], help: ActionTexts.closeDialog, hint: .close, hintKeys: "Esc", order: 1),

        KeyBinding(.openPlan, [.character("p")], [.overview, .group], help: ActionTexts.openPlan, hint: .plan, order: 72),
        KeyBinding(.newGroup, [.character("n")], [.overview], help: ActionTexts.newGroup, hint: .newGroup, order: 80),
        KeyBinding(.openExport, [.character("E")], [.group], help: ActionTexts.openExport, hint: .planExport, order: 73),
        // The plan form: letters type, so its commands are Tab, arrows, Esc, Ctrl and F keys.
        KeyBinding(.nextPlanField, [.tab, .enter], [.planForm], help: ActionTexts.nextPlanField, hint: .nextPlanField, hintKeys: "Tab", order: 1),
        KeyBinding(.previousPlanField, [.backTab], [.planForm], help: ActionTexts.previousPlanField),
        KeyBinding(.moveUp, [.up], [.planForm], help: ActionTexts.fieldUp),
        KeyBinding(.moveDown, [.down], [.planForm], help: ActionTexts.fieldDown),
        KeyBinding(.pageUp, [.pageUp], [.planForm], help: ActionTexts.pageUp),
        KeyBinding(.pageDown, [.pageDown], [.planForm], help: ActionTexts.pageDown),
        KeyBinding(.removeRow, [.control("r")], [.planForm], help: ActionTexts.removeRow, hint: .removeRow, order: 90),
        KeyBinding(.nextPlanYear, [.control("n")], [.planForm], help: ActionTexts.nextPlanYear),
        KeyBinding(.previousPlanYear, [.control("p")], [.planForm], help: ActionTexts.previousPlanYear),
        KeyBinding(.openExport, [.control("x")], [.planForm], help: ActionTexts.openExport, hint: .planExport, order: 73),
        KeyBinding(.back, [.escape], [.planForm], help: ActionTexts.formBack, hint: .back, order: 55),
        KeyBinding(.help, [.function(1)], [.planForm, .planChoice, .exportDialog, .newGroupName], help: ActionTexts.help, hint: .help, order: 60),
        KeyBinding(.settings, [.function(2)], [.planForm], help: ActionTexts.settings),
        // Lists to choose from, the export dialog, the new group's name.
        KeyBinding(.moveUp, [.up], [.planChoice, .exportDialog], help: ActionTexts.moveUp, hint: .move, hintKeys: "↑↓", order: 1),
        KeyBinding(.moveDown, [.down], [.planChoice], help: ActionTexts.moveDown),
        KeyBinding(.moveDown, [.down, .tab], [.exportDialog], help: ActionTexts.moveDown),
        KeyBinding(.pageUp, [.pageUp], [.planChoice], help: ActionTexts.pageUp),
        KeyBinding(.pageDown, [.pageDown], [.planChoice], help: ActionTexts.pageDown),
        KeyBinding(.toggleChoice, [.character(" ")], [.planChoice], help: ActionTexts.toggleChoice, hint: .toggle, order: 26),
        KeyBinding(.acceptChoice, [.enter], [.planChoice], help: ActionTexts.acceptChoice, hint: .accept, order: 30),
        KeyBinding(.nextValue, [.right, .character(" ")], [.exportDialog], help: ActionTexts.nextValue, hint: .change, hintKeys: "←→", order: 51),
        KeyBinding(.previousValue, [.left], [.exportDialog], help: ActionTexts.previousValue),
        KeyBinding(.runExport, [.enter], [.exportDialog], help: ActionTexts.runExport, hint: .write, order: 52),
        KeyBinding(.createGroup, [.enter], [.newGroupName], help: ActionTexts.createGroup, hint: .create, order: 53),
        KeyBinding(.back, [.escape], [.planChoice, .exportDialog, .newGroupName], help: ActionTexts.cancelDialog, hint: .back, order: 55),
        // The group screen, any tab.
        KeyBinding(.newMeeting, [.character("n")], [.group], help: ActionTexts.newMeeting, hint: .newMeeting, order: 46),
        KeyBinding(.newEvaluation, [.character("v")], [.group], help: ActionTexts.newEvaluation),
        KeyBinding(.undo, [.character("u")], [.group], help: ActionTexts.undo, hint: .undo, order: 47),
        KeyBinding(.methodSteps, [.character("m")], [.group], help: ActionTexts.methodSteps),
        KeyBinding(.showAttendance, [.character("4")], [.group], help: ActionTexts.showAttendance),
        KeyBinding(.showEvaluations, [.character("5")], [.group], help: ActionTexts.showEvaluations),
        // One tab each.
        KeyBinding(.addMember, [.character("a")], [.membersTab, .attendanceTab], help: ActionTexts.addMember, hint: .addMember, order: 40),
        KeyBinding(.edit, [.character("e")], [.membersTab, .attendanceTab], help: ActionTexts.editMember, hint: .edit, order: 41),
        KeyBinding(.markLeft, [.character("x")], [.membersTab], help: ActionTexts.markLeft, hint: .markLeft, order: 43),
        KeyBinding(.edit, [.character("e")], [.meetingsTab], help: ActionTexts.editMeeting, hint: .edit, order: 41),
        KeyBinding(.delete, [.character("d"), .delete], [.meetingsTab], help: ActionTexts.deleteMeeting, hint: .delete, order: 42),
        KeyBinding(.edit, [.character("e")], [.evaluationsTab], help: ActionTexts.editEvaluation, hint: .edit, order: 41),
        KeyBinding(.delete, [.character("d"), .delete], [.evaluationsTab], help: ActionTexts.deleteEvaluation, hint: .delete, order: 42),
        KeyBinding(.exportEvaluation, [.character("x")], [.evaluationsTab], help: ActionTexts.exportEvaluation, hint: .export, order: 44),
        KeyBinding(.newEvaluation, [.character("v")], [.evaluationsTab], help: ActionTexts.newEvaluation, hint: .newEvaluation, order: 45),
        // Forms: letters are text there, so only keys that type nothing.
        KeyBinding(.save, [.control("s")], [.form], help: ActionTexts.save, hint: .save, order: 20),
        KeyBinding(.nextField, [.tab, .down, .enter], [.form], help: ActionTexts.nextField, hint: .field, hintKeys: "Tab", order: 22),
        KeyBinding(.previousField, [.backTab, .up], [.form], help: ActionTexts.previousField),
        KeyBinding(.nextSuggestion, [.control("n"), .pageDown], [.meetingFields], help: ActionTexts.nextSuggestion, hint: .suggestion, hintKeys: "PgDn", order: 24),
        KeyBinding(.previousSuggestion, [.control("p"), .pageUp], [.meetingFields], help: ActionTexts.previousSuggestion),
        KeyBinding(.methodSteps, [.function(3), .control("g")], [.meetingFields], help: ActionTexts.methodStepsForm, hint: .steps, hintKeys: "F3", order: 21),
        KeyBinding(.cancelForm, [.escape], [.form], help: ActionTexts.cancelForm, hint: .cancelForm, order: 23),
        KeyBinding(.moveUp, [.up], [.attendanceList], help: ActionTexts.moveUp),
        KeyBinding(.moveDown, [.down], [.attendanceList], help: ActionTexts.moveDown),
        KeyBinding(.togglePresent, [.character(" ")], [.attendanceList], help: ActionTexts.togglePresent, hint: .present, hintKeys: "Space", order: 10),
        KeyBinding(.toggleExcused, [.control("e")], [.attendanceList], help: ActionTexts.toggleExcused, hint: .excused, order: 11),
        KeyBinding(.editReason, [.enter], [.attendanceList], help: ActionTexts.editReason, hint: .reason, order: 12),
        KeyBinding(.acceptInput, [.enter, .tab], [.inlineField], help: ActionTexts.acceptInput, hint: .accept, order: 30),
        KeyBinding(.cancelInput, [.escape], [.inlineField], help: ActionTexts.cancelInput, hint: .cancelForm, order: 31),
        KeyBinding(.previousValue, [.left], [.participants], help: ActionTexts.previousParticipant),
        KeyBinding(.nextValue, [.right], [.participants], help: ActionTexts.nextParticipant),
        KeyBinding(.togglePresent, [.character(" ")], [.participants], help: ActionTexts.toggleParticipant, hint: .takesPart, hintKeys: "Space", order: 13),
        KeyBinding(.newline, [.enter], [.answer], help: ActionTexts.newline),
        KeyBinding(.moveUp, [.up], [.answer], help: ActionTexts.answerUp),
        KeyBinding(.moveDown, [.down], [.answer], help: ActionTexts.answerDown),
        // Dialogs.
        KeyBinding(.confirm, [.character("j"), .character("y")], [.confirm], help: ActionTexts.confirm, hint: .yes, hintKeys: "j/y", order: 1),
        KeyBinding(.cancelInput, [.character("n"), .escape], [.confirm], help: ActionTexts.cancelInput, hint: .no, hintKeys: "n/Esc", order: 2),
        KeyBinding(.nextValue, [.right, .tab, .character("l")], [.panel], help: ActionTexts.nextMethod, hint: .otherMethod, hintKeys: "←→", order: 1),
        KeyBinding(.previousValue, [.left, .backTab, .character("h")], [.panel], help: ActionTexts.previousMethod),
        KeyBinding(.moveUp, [.up, .character("k")], [.panel], help: ActionTexts.moveUp),
        KeyBinding(.moveDown, [.down, .character("j")], [.panel], help: ActionTexts.moveDown),
        KeyBinding(.closeDialog, [.enter, .escape, .character("q")], [.panel, .result], help: ActionTexts.closeDialog, hint: .close, hintKeys: "Esc", order: 56),
        KeyBinding(.undo, [.character("u")], [.result], help: ActionTexts.undoMeeting, hint: .undo, order: 47),
        // Enter on the findings tab: the finding in full; on SUPERVISOR_REGISTRATION the profile form.
        KeyBinding(.open, [.enter], [.findingsTab], help: ActionTexts.openFinding, hint: .details, order: 75),
        // A choice in a form (the registration): ←→ or Space go through the values, Tab moves on.
        KeyBinding(.nextValue, [.right, .character(" ")], [.formChoice], help: ActionTexts.nextValue, hint: .change, hintKeys: "←→", order: 14),
        KeyBinding(.previousValue, [.left], [.formChoice], help: ActionTexts.previousValue),
        // Every text field; letters and Space type. The widgets ask the table (`TextField.handle`).
        KeyBinding(.cursorLeft, [.left], [.textEditing], help: ActionTexts.cursorLeft),
        KeyBinding(.cursorRight, [.right], [.textEditing], help: ActionTexts.cursorRight),
        KeyBinding(.lineStart, [.home, .control("a")], [.textEditing], help: ActionTexts.lineStart),
        KeyBinding(.lineEnd, [.end, .control("e")], [.textEditing], help: ActionTexts.lineEnd),
        KeyBinding(.deleteBackward, [.backspace, .control("h")], [.textEditing], help: ActionTexts.deleteBackward),
        KeyBinding(.deleteForward, [.delete, .control("d")], [.textEditing], help: ActionTexts.deleteForward),
        KeyBinding(.deleteToStart, [.control("u")], [.textEditing], help: ActionTexts.deleteToStart),
        KeyBinding(.deleteToEnd, [.control("k")], [.textEditing], help: ActionTexts.deleteToEnd),
        KeyBinding(.deleteWord, [.control("w")], [.textEditing], help: ActionTexts.deleteWord),
        // The regulation's year: the plan marked as submitted in GAIA (letters type on the plan
        // form, so Ctrl-G there), and an ended year closed.
        KeyBinding(.markSubmitted, [.character("i")], [.group], help: ActionTexts.markSubmitted, hint: .submitted),
        KeyBinding(.markSubmitted, [.control("g")], [.planForm], help: ActionTexts.markSubmitted, hint: .submitted),
        KeyBinding(.closeYear, [.character("c")], [.group], help: ActionTexts.closeYear, hint: .closeYear),
        // A save the data folder refused: back to what was typed, or (changed on disk) read the file again.
        KeyBinding(.reload, [.character("r")], [.changedOnDisk], help: ActionTexts.reload, hint: .reload),
        KeyBinding(.closeDialog, [.enter, .escape], [.saveRefused], help: ActionTexts.backToForm, hint: .back, hintKeys: "Esc"),
        // The plan form saves like every form (its save first in the status bar, as on the others).
        KeyBinding(.save, [.control("s")], [.planForm], help: ActionTexts.savePlan, hint: .save, order: 0),
        // Entering a held meeting's attendance in GAIA: its BIG list (copied to the clipboard),
        // marked as entered with a date, or not after all.
        KeyBinding(.reportAttendance, [.character("r")], [.meetingsTab], help: ActionTexts.reportAttendanceHere, hint: .gaia, order: 43),
        KeyBinding(.reportAttendance, [.character("r")], [.group], help: ActionTexts.reportAttendance),
        KeyBinding(.markReported, [.character("i")], [.gaiaDialog], help: ActionTexts.markReported, hint: .reported, order: 1),
        KeyBinding(.unmarkReported, [.character("x")], [.gaiaDialog], help: ActionTexts.unmarkReported, hint: .notReported, order: 2),
        KeyBinding(.copyList, [.character("c")], [.gaiaDialog], help: ActionTexts.copyList, hint: .copy, order: 3),
        KeyBinding(.undo, [.character("u")], [.gaiaDialog], help: ActionTexts.undo, hint: .undo, order: 4),
        KeyBinding(.closeDialog, [.escape, .enter, .character("q")], [.gaiaDialog], help: ActionTexts.closeDialog, hint: .close, hintKeys: "Esc", order: 5),
        // Sharing: the hand-over file in, the passphrase, the synced folder, two versions of a record.
        KeyBinding(.startAsContact, [.character("c")], [.firstStart], help: ActionTexts.startAsContact),
        // Before `n`: a hand-over comes in every year, a new group is rarer (at 100 columns one of them must go in Dutch).
        KeyBinding(.openImport, [.character("i")], [.overview], help: ActionTexts.openImport, hint: .importFile, order: 79),
        KeyBinding(.sync, [.character("S")], [.overview, .group], help: ActionTexts.sync),
        KeyBinding(.acceptInput, [.enter], [.importPath], help: ActionTexts.openFile, hint: .open, order: 1),
        KeyBinding(.completePath, [.tab], [.importPath], help: ActionTexts.completePath, hint: .complete, order: 2),
        KeyBinding(.back, [.escape], [.importPath, .importReview, .passphrase, .newPassphrase, .syncConflict], help: ActionTexts.leaveUnchanged, hint: .back, order: 55),
        KeyBinding(.help, [.function(1)], [.importPath, .importReview, .passphrase, .newPassphrase, .syncConflict], help: ActionTexts.help, hint: .help, order: 60),
        KeyBinding(.acceptInput, [.enter], [.passphrase], help: ActionTexts.acceptPassphrase, hint: .open, order: 1),
        KeyBinding(.acceptInput, [.enter], [.newPassphrase], help: ActionTexts.writeEncrypted, hint: .write, order: 1),
        KeyBinding(.nextField, [.tab, .down], [.newPassphrase], help: ActionTexts.nextField),
        KeyBinding(.previousField, [.backTab, .up], [.newPassphrase], help: ActionTexts.previousField),
        KeyBinding(.proposePassphrase, [.control("g"), .function(5)], [.newPassphrase], help: ActionTexts.proposePassphrase, hint: .propose, hintKeys: "Ctrl-G", order: 2),
        KeyBinding(.applyImport, [.enter], [.importReview], help: ActionTexts.applyImport, hint: .apply, order: 1),
        KeyBinding(.moveUp, [.up, .character("k")], [.importReview], help: ActionTexts.moveUp),
        KeyBinding(.moveDown, [.down, .character("j")], [.importReview], help: ActionTexts.moveDown),
        KeyBinding(.pageUp, [.pageUp], [.importReview], help: ActionTexts.pageUp),
        KeyBinding(.pageDown, [.pageDown, .character(" ")], [.importReview], help: ActionTexts.pageDown),
        KeyBinding(.previousValue, [.left, .character("h")], [.syncConflict], help: ActionTexts.chooseCurrent, hint: .choose, hintKeys: "←→", order: 1),
        KeyBinding(.nextValue, [.right, .character("l"), .tab], [.syncConflict], help: ActionTexts.chooseOther),
        KeyBinding(.keepVersion, [.enter], [.syncConflict], help: ActionTexts.keepVersion, hint: .keep, order: 2),
    ]

    /// Lists whose letters are neither text nor commands: a letter jumps to the next row that starts
    /// with it (type-ahead, `ListCursor.jump`); help lists it under the scope. One scope a line.
    public static let typeAhead: [KeyScope: LocalizedText] = [
        .attendanceList: ActionTexts.jumpToName,
        .participants: ActionTexts.jumpToName,
        .planChoice: ActionTexts.jumpInChoice,
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

    /// The hints for the status bar of a scope and the scopes around it: (keys, word), by `order`.
    public static func hints(for scope: KeyScope) -> [(keys: String, hint: KeyHint)] {
        var result: [(keys: String, hint: KeyHint, order: Int)] = []
        var current: KeyScope? = scope
        while let each = current {
            for binding in bindings where binding.scopes.contains(each) {
                guard let hint = binding.hint, !result.contains(where: { $0.hint == hint }) else { continue }
                // A key the scope itself rebinds is not the parent's any more.
                guard each == scope || action(for: binding.keys[0], in: scope) == binding.action else { continue }
                result.append((binding.hintKeys ?? binding.keys[0].description, hint, binding.order))
            }
            current = each.parent
        }
        // Stable: equal orders keep the scope's own first, then table order.
        return result.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map { ($0.element.keys, $0.element.hint) }
    }

    /// How the keys of a binding are written in help: "↑ k".
    public static func keyNames(_ binding: KeyBinding) -> String {
        binding.keys.map(\.description).joined(separator: " ")
    }
}
