/// What a group's records say about each other must hold together: member ids are unique, and
/// the contact person, every attendance entry and every evaluation participant name a member of
/// the group; a plan does not end before it starts. The edits keep it so; a file edited by hand or
/// an imported one is checked when it is read (the store then reports where in the file).
public enum GroupDefect: Equatable, Sendable {
    /// `members[member]` has the id of an earlier member.
    case duplicateMemberID(member: Int)
    /// The contact person is not a member.
    case unknownContact
    /// `meetings[meeting].attendance[entry]` names no member.
    case unknownAttendee(meeting: Int, entry: Int)
    /// `evaluations[evaluation].participants[entry]` names no member.
    case unknownParticipant(evaluation: Int, entry: Int)
    /// `plans[plan]` ends before it starts.
    case planEndsBeforeStart(plan: Int)

    /// What is wrong, in English, for the message about a damaged file.
    public var reason: String {
        switch self {
        case .duplicateMemberID: return "two members have the same id"
        case .unknownContact: return "the contact person is not a member of the group"
        case .unknownAttendee: return "the attendance names someone who is not a member of the group"
        case .unknownParticipant: return "the participants name someone who is not a member of the group"
        case .planEndsBeforeStart: return "the plan ends before it starts"
        }
    }
}

extension Group {
    /// The first way the records contradict each other; nil when they hold together.
    public var firstDefect: GroupDefect? {
        for index in members.indices.dropFirst() {
            let id = members[index].id
            if members[..<index].contains(where: { $0.id == id }) { return .duplicateMemberID(member: index) }
        }
        if let contact = contactMemberID, !members.contains(where: { $0.id == contact }) { return .unknownContact }
        for (index, plan) in plans.enumerated() where plan.to < plan.from { return .planEndsBeforeStart(plan: index) }
        var lookup = MemberLookup(members)
        for (index, meeting) in meetings.enumerated() {
            for (entry, attendance) in meeting.attendance.enumerated() where !lookup.contains(attendance.memberID) {
                return .unknownAttendee(meeting: index, entry: entry)
            }
        }
        for (index, evaluation) in evaluations.enumerated() {
            for (entry, id) in evaluation.participants.enumerated() where !lookup.contains(id) {
                return .unknownParticipant(evaluation: index, entry: entry)
            }
        }
        return nil
    }
}

/// Membership by id for many lookups in member order (attendance lists follow it): each search
/// starts after the last member found, so a typical list costs one comparison per entry.
private struct MemberLookup {
    private let ids: [MemberID]
    private var next = 0

    init(_ members: [Member]) { ids = members.map(\.id) }

    mutating func contains(_ id: MemberID) -> Bool {
        guard !ids.isEmpty else { return false }
        for step in 0..<ids.count {
            let index = (next + step) % ids.count
            if ids[index] == id {
                next = index + 1
                return true
            }
        }
        return false
    }
}
