import IntervisionCore

/// Who was at each held meeting of one plan year, or at one meeting (held, or still to come: a blank
/// sheet to sign): shared by the CSV, DOCX and HTML lists.
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
        public var time: MeetingTime?
        public var location: String
        public var rows: [Row]
        /// Not held yet: a sheet for the members to sign at the meeting, presence left open.
        public var blank: Bool = false
    }

    public var groupName: String
    public var supervisorName: String
    public var from: CivilDate
    public var to: CivilDate
    /// The held meetings in the plan's period by date, or the one meeting asked for.
    public var meetings: [Meeting]

    public init(group: Group, plan: YearPlan, supervisor: Supervisor?) {
        self.init(group: group, plan: plan, supervisor: supervisor, meetings: group.meetings.filter { plan.contains($0.date) })
    }

    /// The list of the one meeting on `date`: the held meeting's attendance, else a blank sheet for
    /// the meeting planned that day (the members of that day, with their BIG numbers, to sign).
    /// nil: no meeting held or planned on `date`.
    public init?(group: Group, plan: YearPlan, supervisor: Supervisor?, date: CivilDate) {
        if let held = group.meetings.first(where: { $0.date == date }) {
            self.init(group: group, plan: plan, supervisor: supervisor, meetings: [held])
            return
        }
        guard let planned = group.plans.lazy.flatMap(\.planned).first(where: { $0.date == date }) else { return nil }
        self.init(group: group, plan: plan, supervisor: supervisor, meetings: [])
        let rows = group.members(on: date).map { Row(name: $0.name, big: $0.big?.digits, present: false, excused: false, reason: "") }
        meetings = [Meeting(date: date, topic: planned.topic, method: "", time: planned.time, location: planned.location,
                            rows: rows, blank: true)]
    }

    private init(group: Group, plan: YearPlan, supervisor: Supervisor?, meetings held: [IntervisionCore.Meeting]) {
        groupName = group.name
        supervisorName = group.supervisorName.isBlank ? (supervisor?.name ?? "") : group.supervisorName
        from = plan.from
        to = plan.to
        meetings = held
            .sorted { $0.date < $1.date }
            .map { meeting in
                // The group's member order, so every meeting lists people in the same order; an
                // entry for someone no longer on the member list still shows (by id) rather than vanish.
                let order = Dictionary(group.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
                let entries = meeting.attendance.enumerated().sorted {
                    (order[$0.element.memberID] ?? Int.max, $0.offset) < (order[$1.element.memberID] ?? Int.max, $1.offset)
                }.map(\.element)
                return Meeting(date: meeting.date, topic: meeting.topic, method: meeting.method, time: meeting.time,
                               location: meeting.location, rows: entries.map { entry in
                    let member = group.member(entry.memberID)
                    return Row(name: member?.name ?? entry.memberID.rawValue, big: member?.big?.digits,
                               present: entry.present, excused: entry.excused, reason: entry.reason)
                })
            }
    }
}
