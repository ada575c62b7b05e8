import IntervisionCore

/// A new group from the overview (`n`): its name is asked, the group made (`Group.new`), and its
/// plan form opened, so a contact person fills in a whole plan without the command line.
public struct NewGroupScreen: Sendable, Equatable {
    public var name = TextField()
    public var error: LocalizedText?
    public init() {}
}
