import IntervisionCore

/// Members × held meetings of the year: who was there, with totals per member and per meeting.
public struct AttendanceGrid: Sendable {
    public enum Mark: Sendable, Equatable {
        case present
        case absent
        /// Absent with notice: still absent for the 75 % rule.
        case excused
        /// Not a member on that date.
        case notExpected
    }

    public struct Row: Sendable {
        public var member: Member
        public var marks: [Mark]
        public var attended: Int
        public var expected: Int
        public var percentage: Double? { expected > 0 ? Double(attended) / Double(expected) : nil }
    }

    /// The held meetings of the year, oldest first.
    public var meetings: [Meeting]
    public var members: [Row]
    /// Present per meeting.
    public var presentPerMeeting: [Int]
    /// Expected per meeting.
    public var expectedPerMeeting: [Int]

    public init(group: Group, year: YearPlan?, today: CivilDate, members shown: [Member]) {
        let held = year.map { plan in group.meetings.filter { plan.contains($0.date) && $0.date <= today }.sorted { $0.date < $1.date } } ?? []
        meetings = held
        members = shown.map { member in
            let marks = held.map { meeting -> Mark in
                guard let entry = meeting.attendance.first(where: { $0.memberID == member.id }) else { return .notExpected }
                if entry.present { return .present }
                return entry.excused ? .excused : .absent
            }
            let expected = marks.filter { $0 != .notExpected }.count
            return Row(member: member, marks: marks, attended: marks.filter { $0 == .present }.count, expected: expected)
        }
        presentPerMeeting = held.map(\.presentCount)
        expectedPerMeeting = held.map(\.attendance.count)
    }
}
