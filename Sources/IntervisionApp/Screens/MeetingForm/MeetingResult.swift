import IntervisionCore

/// What a saved meeting did to the group, shown before the supervisor moves on.
public struct MeetingResult: Sendable, Equatable {
    public var groupID: GroupID
    public var date: CivilDate
    public var isNew: Bool
    public var present: Int
    public var expected: Int
    public var changes: ReportChanges
}
