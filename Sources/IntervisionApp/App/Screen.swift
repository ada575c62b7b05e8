import IntervisionCore

/// The screens on the stack. Overview → Group → …; Help and Settings open over any screen; Esc pops.
///
/// Later screens (issue 4: new meeting, attendance grid, evaluation, member editing; issue 5: the
/// yearly plan form, export) become cases here, each with its own state struct, update function
/// (`Update+Name.swift`) and view (`Screens/NameView.swift`).
public enum Screen: Sendable, Equatable {
    case firstStart
    case overview(OverviewScreen)
    case group(GroupScreen)
    case help(HelpScreen)
    case settings(SettingsScreen)
    // MARK: - Yearly plan and exports (issue 5)
    case planForm(PlanFormScreen)
    case export(ExportScreen)
    case newGroup(NewGroupScreen)
    // MARK: - Meetings and evaluation (issue 4)
    case meetingForm(MeetingForm)
    case memberForm(MemberForm)
    case evaluationForm(EvaluationForm)
    // MARK: - Supervisor profile
    case profileForm(ProfileForm)
    /// A dialog over the screen below it (confirmations, the result of a save, a method's steps).
    case prompt(Prompt)

    /// Which part of the key table applies.
    public var keyScope: KeyScope {
        switch self {
        case .firstStart: return .firstStart
        case .overview(let s): return s.isEditingFilter ? .filter : .overview
        case .group(let s): return s.openFinding != nil ? .dialog : s.tab.keyScope
        case .help: return .help
        case .settings: return .settings
        // MARK: - Yearly plan and exports (issue 5)
        case .planForm(let s): return s.choice != nil ? .planChoice : .planForm
        case .export: return .exportDialog
        case .newGroup: return .newGroupName
        // MARK: - Meetings and evaluation (issue 4)
        case .meetingForm(let s): return s.keyScope
        case .memberForm: return .form
        case .evaluationForm(let s): return s.keyScope
        // MARK: - Supervisor profile
        case .profileForm(let s): return s.keyScope
        case .prompt(let s): return s.keyScope
        }
    }
}
