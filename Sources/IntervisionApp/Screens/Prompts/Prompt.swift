import IntervisionCore

/// A meeting or evaluation about to be deleted: the dialog names it.
public struct DeleteRequest: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case meeting, evaluation }
    public var groupID: GroupID
    public var kind: Kind
    public var id: String
    public var label: LocalizedText
}

/// `x` on a member: the date the person is no longer a member (default today).
public struct MarkLeftPrompt: Sendable, Equatable {
    public var groupID: GroupID
    public var memberID: MemberID
    public var name: String
    public var date: TextField
    public var error: LocalizedText?
}

/// A dialog over the screen below it.
public enum Prompt: Sendable, Equatable {
    case confirmDelete(DeleteRequest)
    /// Esc on a form with changes: yes closes the form, no returns to it.
    case discardChanges
    case markLeft(MarkLeftPrompt)
    case meetingResult(MeetingResult)
    case methodSteps(MethodPanel)

    var keyScope: KeyScope {
        switch self {
        case .confirmDelete, .discardChanges: return .confirm
        case .markLeft: return .inlineField
        case .meetingResult: return .result
        case .methodSteps: return .panel
        }
    }
}
