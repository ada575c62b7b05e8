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
    /// The first way the records contradict each other; nil when they hold together. The loader
    /// asks this of every file, so it walks the records by index (no copies of members or
    /// meetings) and looks members up in the order attendance lists follow.
    public var firstDefect: GroupDefect? {
        for index in members.indices.dropFirst() {
            for earlier in 0..<index where members[earlier].id == members[index].id {
                return .duplicateMemberID(member: index)
            }
        }
        if let contact = contactMemberID, !members.contains(where: { $0.id == contact }) { return .unknownContact }
        for index in plans.indices where plans[index].to < plans[index].from { return .planEndsBeforeStart(plan: index) }
        var next = 0
        for index in meetings.indices {
            for entry in meetings[index].attendance.indices where !hasMember(meetings[index].attendance[entry].memberID, from: &next) {
                return .unknownAttendee(meeting: index, entry: entry)
            }
        }
        for index in evaluations.indices {
            for entry in evaluations[index].participants.indices where !hasMember(evaluations[index].participants[entry], from: &next) {
                return .unknownParticipant(evaluation: index, entry: entry)
            }
        }
        return nil
    }

    /// Whether a member has `id`, searching from `next` (after the member found last) round the
    /// list: a typical attendance list costs one comparison per entry.
    private func hasMember(_ id: MemberID, from next: inout Int) -> Bool {
        let count = members.count
        for step in 0..<count {
            let index = (next + step) % count
            if members[index].id == id {
                next = index + 1
                return true
            }
        }
        return false
    }
}
