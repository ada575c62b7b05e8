import IntervisionCore

/// Who was at each held meeting of one plan year: shared by the CSV, DOCX and HTML lists.
public struct AttendanceContent: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var name: String
        /// 11 digits with leading zeros; nil for a member without BIG registration.
        public var big: String?
        public var present: Bool
        public var excused: Bool
        public var reason: String

        /// "aanwezig", "afwezig" or "afwezig (afgemeld)".
        public var statusText: String {
            present ? "aanwezig" : (excused ? "afwezig (afgemeld)" : "afwezig")
        }
    }

    public struct Meeting: Hashable, Sendable {
        public var date: CivilDate
        public var topic: String
        public var method: String
        public var rows: [Row]
    }

    public var groupName: String
    public var supervisorName: String
    public var from: CivilDate
    public var to: CivilDate
    /// The held meetings in the plan's period, by date.
    public var meetings: [Meeting]

    public init(group: Group, plan: YearPlan, supervisor: Supervisor?) {
        groupName = group.name
        supervisorName = group.supervisorName.isBlank ? (supervisor?.name ?? "") : group.supervisorName
        from = plan.from
        to = plan.to
        meetings = group.meetings
            .filter { plan.contains($0.date) }
            .sorted { $0.date < $1.date }
            .map { meeting in
                // The group's member order, so every meeting lists people in the same order; an
                // entry for someone no longer on the member list still shows (by id) rather than vanish.
                let order = Dictionary(group.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
                let entries = meeting.attendance.enumerated().sorted {
                    (order[$0.element.memberID] ?? Int.max, $0.offset) < (order[$1.element.memberID] ?? Int.max, $1.offset)
                }.map(\.element)
                return Meeting(date: meeting.date, topic: meeting.topic, method: meeting.method, rows: entries.map { entry in
                    let member = group.member(entry.memberID)
                    return Row(name: member?.name ?? entry.memberID.rawValue, big: member?.big?.digits,
                               present: entry.present, excused: entry.excused, reason: entry.reason)
                })
            }
    }
}
