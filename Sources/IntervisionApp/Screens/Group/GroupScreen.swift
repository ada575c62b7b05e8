import IntervisionCore

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
