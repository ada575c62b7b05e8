import IntervisionCore

public enum GroupTab: Int, CaseIterable, Sendable {
    case members, meetings, findings, attendance, evaluations

    var title: LocalizedText {
        switch self {
        case .members: return GroupTexts.tabMembers
        case .meetings: return GroupTexts.tabMeetings
        case .findings: return GroupTexts.tabFindings
        case .attendance: return GroupTexts.tabAttendance
        case .evaluations: return GroupTexts.tabEvaluations
        }
    }
}

/// One group: a tab each for its members, meetings, findings, attendance and evaluations, each a
/// scrolling list of its own.
public struct GroupScreen: Sendable, Equatable {
    public var groupID: GroupID
    /// Where the group is in `GroupCatalog.groups` (checked against the id before use).
    public var groupIndex: Int
    public var tab: GroupTab = .members
    public var cursors: [ListCursor] = Array(repeating: ListCursor(), count: GroupTab.allCases.count)
    /// The finding (index in the findings tab) shown in a dialog, if any.
    public var openFinding: Int?
    /// The year (its plan's first day) the meetings and attendance tabs show; nil: the report's
    /// (today's). The agenda sets it to go to a meeting of another year.
    public var year: CivilDate?

    public init(groupID: GroupID, groupIndex: Int) {
        self.groupID = groupID
        self.groupIndex = groupIndex
    }
}

extension GroupTab {
    /// Each tab has its own keys on top of the group's (see `KeyScope.parent`).
    var keyScope: KeyScope {
        switch self {
        case .members: return .membersTab
        case .meetings: return .meetingsTab
        case .findings: return .findingsTab
        case .attendance: return .attendanceTab
        case .evaluations: return .evaluationsTab
        }
    }
}

extension GroupScreen: Screen {
    var keyScope: KeyScope { openFinding != nil ? .dialog : tab.keyScope }

    func title(_ state: AppState) -> String {
        state.content(of: self)?.group.name ?? GroupTexts.name.text(state.language)
    }

    mutating func clamp(_ state: AppState) {
        guard let content = state.content(of: self) else { return }
        for tab in GroupTab.allCases {
            cursors[tab.rawValue].clamp(count: content.count(of: tab), height: Layout.groupListHeight(state.size))
        }
        if let open = openFinding, open >= content.findings.count { openFinding = nil }
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        GroupView.draw(&canvas, screen: self, state: state)
    }
}

extension Layout {
    /// Lines for the group's next actions in its header: 2 at 24 lines, one more every 6 lines, at most 5.
    public static func groupActionLines(_ size: Size) -> Int { min(5, max(2, 2 + (size.height - 24) / 6)) }
    /// The first line of a tab's list: below the trail, the name, the year, the actions, the tabs
    /// and the column headings.
    public static func groupListTop(_ size: Size) -> Int { 5 + groupActionLines(size) }
    /// Down to the status bar.
    public static func groupListHeight(_ size: Size) -> Int { max(1, size.height - groupListTop(size) - 1) }
}

extension GroupScreen {
    /// The key on the group screen that does an action of the agenda, named beside it in the header.
    static func key(for kind: ActionKind) -> Character? {
        let action: Action
        switch kind {
        case .submitPlan: action = .markSubmitted
        case .holdMeeting: action = .newMeeting
        case .reportAttendance: action = .reportAttendance
        case .evaluate: action = .newEvaluation
        case .planNextYear: action = .openPlan
        case .closeYear: action = .closeYear
        case .fix: return nil
        }
        for binding in KeyTable.bindings(in: .group) where binding.action == action {
            if case .character(let letter) = binding.keys.first { return letter }
        }
        return nil
    }
}
