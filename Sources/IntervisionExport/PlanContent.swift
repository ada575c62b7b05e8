import IntervisionCore

/// Everything the yearly plan form asks for, taken from the model once and shared by the DOCX,
/// HTML, Markdown and JSON renderings. Values are the user's text as entered; empty means "not
/// filled in" (an incomplete plan is only exported as a draft; that decision is the caller's).
public struct PlanContent: Hashable, Sendable {
    public struct Person: Hashable, Sendable {
        public var name: String
        public var phone: String

        public init(name: String, phone: String) {
            self.name = name
            self.phone = phone
        }
    }

    public struct Participant: Hashable, Sendable {
        public var name: String
        public var specialism: String
        /// 11 digits with leading zeros; nil for a member without BIG registration.
        public var big: String?

        public init(name: String, specialism: String, big: String?) {
            self.name = name
            self.specialism = specialism
            self.big = big
        }
    }

    public struct Meeting: Hashable, Sendable {
        public var date: CivilDate?
        public var topic: String

        public init(date: CivilDate?, topic: String) {
            self.date = date
            self.topic = topic
        }
    }

    public var groupID: GroupID
    public var groupName: String
    public var focusAreas: [String]
    public var supervisor: Person
    public var contactPerson: Person?
    public var remarks: String
    public var methods: [String]
    public var participants: [Participant]
    public var from: CivilDate
    public var to: CivilDate
    public var totalMeetings: Int?
    public var durationHours: Double?
    /// Dated rows first, by date; rows without a date keep their order at the end; empty rows dropped.
    public var meetings: [Meeting]

    /// - Parameter supervisor: the supervisor's own profile, used when the group names no supervisor.
    public init(group: Group, plan: YearPlan, supervisor: Supervisor?) {
        groupID = group.id
        groupName = group.name
        focusAreas = group.focusAreas.filter { !$0.isBlank }
        if !group.supervisorName.isBlank {
            self.supervisor = Person(name: group.supervisorName, phone: group.supervisorPhone)
        } else {
            self.supervisor = Person(name: supervisor?.name ?? "", phone: supervisor?.phone ?? "")
        }
        contactPerson = group.contactPerson.map { Person(name: $0.name, phone: $0.phone) }
        remarks = group.remarks
        methods = group.methods.filter { !$0.isBlank }
        // "Members of the year": a member at some point in the plan's period.
        participants = group.members
            .filter { member in
                (member.joined.map { $0 <= plan.to } ?? true) && (member.left.map { $0 > plan.from } ?? true)
            }
            .map { Participant(name: $0.name, specialism: $0.specialism, big: $0.big?.digits) }
        from = plan.from
        to = plan.to
        totalMeetings = plan.totalMeetings
        durationHours = plan.durationHours
        let rows = plan.planned.filter { $0.date != nil || !$0.topic.isBlank }
        let dated = rows.filter { $0.date != nil }.sorted { $0.date! < $1.date! }
        meetings = (dated + rows.filter { $0.date == nil }).map { Meeting(date: $0.date, topic: $0.topic) }
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
