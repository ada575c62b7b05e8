/// Everything the yearly plan form asks for, taken from the model once and shared by the DOCX,
/// HTML, Markdown and JSON renderings. Values are the user's text as entered; empty means "not
/// filled in" (an incomplete plan is only exported as a draft; that decision is the caller's).
/// Its `fingerprint` is recorded with a final export, so a plan changed since shows as such.
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
        let named = group.planSupervisor(profile: supervisor)
        self.supervisor = Person(name: named.name, phone: named.phone)
        contactPerson = group.contactPerson.map { Person(name: $0.name, phone: $0.phone) }
        remarks = group.remarks
        methods = group.methods.filter { !$0.isBlank }
        // "Members of the year": a member at some point in the plan's period.
        participants = group.participants(of: plan)
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

extension PlanContent {
    /// A short, stable digest of everything the document shows (16 hex digits; the same on every
    /// machine and run, unlike Swift's seeded `Hasher`). Not cryptographic: it notices a change,
    /// nothing more. Every text is length-prefixed, so moving a character from one field to the
    /// next changes it too.
    public var fingerprint: String {
        var digest = StableDigest()
        digest.add(groupName)
        digest.add(focusAreas)
        digest.add(supervisor.name)
        digest.add(supervisor.phone)
        digest.add(contactPerson == nil ? 0 : 1)
        digest.add(contactPerson?.name ?? "")
        digest.add(contactPerson?.phone ?? "")
        digest.add(remarks)
        digest.add(methods)
        digest.add(participants.count)
        for participant in participants {
            digest.add(participant.name)
            digest.add(participant.specialism)
            digest.add(participant.big ?? "-")
        }
        digest.add(from.iso)
        digest.add(to.iso)
        digest.add(totalMeetings ?? -1)
        digest.add(durationHours.map { Int(truncatingIfNeeded: $0.bitPattern) } ?? -1)
        digest.add(meetings.count)
        for meeting in meetings {
            digest.add(meeting.date?.iso ?? "-")
            digest.add(meeting.topic)
        }
        return digest.hex
    }
}

/// FNV-1a over 64 bits: tiny, and the same everywhere.
struct StableDigest {
    private var state: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ number: Int) {
        var value = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            add(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    mutating func add(_ text: String) {
        add(text.utf8.count)
        for byte in text.utf8 { add(byte) }
    }

    mutating func add(_ texts: [String]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
