import IntervisionCore

/// The overview's own state: where the selection is, and the name filter.
public struct OverviewScreen: Sendable, Equatable {
    public var cursor = ListCursor()
    public var filter = TextField()
    public var isEditingFilter = false
    /// Positions in `GroupCatalog.rows` that pass the filter; nil when there is no filter.
    public var matches: [Int]?

    public init() {}
}

public enum GroupTab: Int, CaseIterable, Sendable {
    case members, meetings, findings
    // MARK: - Meetings and evaluation (issue 4)
    case attendance, evaluations

    var title: TextKey {
        switch self {
        case .members: return .tabMembers
        case .meetings: return .tabMeetings
        case .findings: return .tabFindings
        // MARK: - Meetings and evaluation (issue 4)
        case .attendance: return .tabAttendance
        case .evaluations: return .tabEvaluations
        }
    }
}

/// One group: three tabs (members, meetings, findings), each a scrolling list of its own.
public struct GroupScreen: Sendable, Equatable {
    public var groupID: GroupID
    /// Where the group is in `GroupCatalog.groups` (checked against the id before use).
    public var groupIndex: Int
    public var tab: GroupTab = .members
    public var cursors: [ListCursor] = Array(repeating: ListCursor(), count: GroupTab.allCases.count)
    /// The finding (index in the findings tab) shown in a dialog, if any.
    public var openFinding: Int?

    public init(groupID: GroupID, groupIndex: Int) {
        self.groupID = groupID
        self.groupIndex = groupIndex
    }
}

public struct HelpScreen: Sendable, Equatable {
    public var cursor = ListCursor()
    public init() {}
}

public enum SettingsRow: Int, CaseIterable, Sendable {
    case theme, language, role
    // MARK: - Supervisor profile
    /// Not a value to cycle: Enter or → opens the profile form.
    case profile
}

public struct SettingsScreen: Sendable, Equatable {
    public var cursor = ListCursor()
    public init() {}
}

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
