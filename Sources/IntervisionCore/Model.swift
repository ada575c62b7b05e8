/// The records a supervisor keeps of a group. Plain values: the rules engine reads them, the store
/// writes them, the screens edit copies of them.

/// How the supervisor is entitled to lead accredited intervision (the regulation's "Begeleiding").
public enum Registration: String, Sendable, CaseIterable, Hashable {
    case coachesVoorMedici = "cvm"
    case lvsc
    case balint

    public var name: LocalizedText {
        switch self {
        case .coachesVoorMedici: return LocalizedText(nl: "Coaches voor Medici", en: "Coaches voor Medici")
        case .lvsc: return LocalizedText(nl: "LVSC (coach/supervisor)", en: "LVSC (coach/supervisor)")
        case .balint: return LocalizedText(nl: "Vereniging Balint Nederland", en: "Balint Society Netherlands")
        }
    }
}

/// The supervisor's own profile: one per data folder.
public struct Supervisor: Hashable, Sendable {
    public var name: String
    public var phone: String
    public var registration: Registration?
    public var registrationNumber: String
    /// LVSC route only: hours of coaching, supervision or guided intervision of doctors in the last 5 years.
    public var lvscHours: Double?
    /// The last day the registration is valid, where it has one: every application goes with proof of it.
    public var registrationExpires: CivilDate?

    public init(name: String = "", phone: String = "", registration: Registration? = nil,
                registrationNumber: String = "", lvscHours: Double? = nil, registrationExpires: CivilDate? = nil) {
        self.name = name
        self.phone = phone
        self.registration = registration
        self.registrationNumber = registrationNumber
        self.lvscHours = lvscHours
        self.registrationExpires = registrationExpires
    }
}

public struct Member: Hashable, Sendable, Identifiable {
    public var id: MemberID
    public var name: String
    public var specialism: String
    /// nil: not BIG-registered; may be listed in the group but earns no hours.
    public var big: BIGNumber?
    public var phone: String
    /// First day of membership; nil: a member from the start.
    public var joined: CivilDate?
    /// First day the person is no longer a member; nil: still a member.
    public var left: CivilDate?
    /// Start of the member's 5-year re-registration period; nil: the 5 years up to the year's end.
    public var registrationPeriodStart: CivilDate?

    public init(id: MemberID, name: String, specialism: String = "", big: BIGNumber? = nil, phone: String = "",
                joined: CivilDate? = nil, left: CivilDate? = nil, registrationPeriodStart: CivilDate? = nil) {
        self.id = id
        self.name = name
        self.specialism = specialism
        self.big = big
        self.phone = phone
        self.joined = joined
        self.left = left
        self.registrationPeriodStart = registrationPeriodStart
    }

    /// A member on `date`: joined on or before it and not yet left (the left date is exclusive).
    public func isMember(on date: CivilDate) -> Bool {
        if let joined, date < joined { return false }
        if let left, date >= left { return false }
        return true
    }
}

/// A meeting as the yearly plan foresees it; date and topic only "as far as known".
public struct PlannedMeeting: Hashable, Sendable {
    /// Stays the same when the meeting is moved to another date, so a calendar updates its event
    /// instead of adding a second one. Empty: not assigned yet (a row being typed, an older file);
    /// `YearPlan.identifyPlannedMeetings` gives such rows the id they always had in the calendar.
    public var id: PlannedMeetingID
    public var date: CivilDate?
    public var topic: String
    /// When it starts and ends, where known.
    public var time: MeetingTime?
    public var location: String
    /// How often its date, time, place or topic changed: the calendar event's SEQUENCE.
    public var revision: Int

    public init(id: PlannedMeetingID = "", date: CivilDate? = nil, topic: String = "", time: MeetingTime? = nil,
                location: String = "", revision: Int = 0) {
        self.id = id
        self.date = date
        self.topic = topic
        self.time = time
        self.location = location
        self.revision = revision
    }
}

/// The yearly plan (jaarplan) for one year (jaargang) of the group.
public struct YearPlan: Hashable, Sendable {
    public var from: CivilDate
    public var to: CivilDate
    /// "Totaal aantal bijeenkomsten".
    public var totalMeetings: Int?
    /// "Duur bijeenkomsten (netto nascholing)" in clock hours = accreditation hours per meeting.
    public var durationHours: Double?
    public var planned: [PlannedMeeting]
    /// When the plan was last exported as a final (not draft) document. Exporting is not applying.
    public var exported: CivilDate?
    /// The fingerprint of what that export contained (`PlanContent.fingerprint`): when the plan's
    /// content no longer matches it, the document on disk is stale. nil: unknown (an older file).
    public var exportedFingerprint: String?
    /// When the application with this plan went in to GAIA (marked by the supervisor): this, not the
    /// export, is what PLAN_BEFORE_FIRST asks for.
    public var submitted: CivilDate?
    /// When the supervisor closed the year after it ended: its findings leave the default check.
    public var closed: CivilDate?

    public init(from: CivilDate, to: CivilDate, totalMeetings: Int? = nil, durationHours: Double? = nil,
                planned: [PlannedMeeting] = [], exported: CivilDate? = nil, exportedFingerprint: String? = nil,
                submitted: CivilDate? = nil, closed: CivilDate? = nil) {
        self.from = from
        self.to = to
        self.totalMeetings = totalMeetings
        self.durationHours = durationHours
        self.planned = planned
        self.exported = exported
        self.exportedFingerprint = exportedFingerprint
        self.submitted = submitted
        self.closed = closed
    }

    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }

    /// The year as a period, the label every finding of it carries.
    public var period: YearPeriod { YearPeriod(from: from, to: to) }

    /// The number of meetings the year is judged against: the stated total, else the planned rows.
    public var meetingCount: Int { totalMeetings ?? planned.count }
}

/// One member's presence at a held meeting.
public struct Attendance: Hashable, Sendable {
    public var memberID: MemberID
    public var present: Bool
    /// Why someone was absent (free text, short).
    public var reason: String
    /// An excused absence still counts as absent for the 75 % rule.
    public var excused: Bool

    public init(memberID: MemberID, present: Bool, reason: String = "", excused: Bool = false) {
        self.memberID = memberID
        self.present = present
        self.reason = reason
        self.excused = excused
    }
}

/// A meeting that was held and recorded by the supervisor.
public struct Meeting: Hashable, Sendable, Identifiable {
    public var id: MeetingID
    public var date: CivilDate
    public var topic: String
    public var method: String
    /// Net duration in hours; nil means the plan's duration.
    public var durationHours: Double?
    /// One entry per member who was expected (a member on that date).
    public var attendance: [Attendance]
    /// When it started and ended, where recorded (the sign-in sheet and GAIA ask for it).
    public var time: MeetingTime?
    public var location: String
    /// When the supervisor entered the attendance in GAIA (PE-online); nil: not yet.
    public var reported: CivilDate?

    public init(id: MeetingID, date: CivilDate, topic: String = "", method: String = "",
                durationHours: Double? = nil, attendance: [Attendance] = [], time: MeetingTime? = nil,
                location: String = "", reported: CivilDate? = nil) {
        self.id = id
        self.date = date
        self.topic = topic
        self.method = method
        self.durationHours = durationHours
        self.attendance = attendance
        self.time = time
        self.location = location
        self.reported = reported
    }

    public func wasPresent(_ member: MemberID) -> Bool {
        attendance.contains { $0.memberID == member && $0.present }
    }

    public func expects(_ member: MemberID) -> Bool {
        attendance.contains { $0.memberID == member }
    }

    public var presentCount: Int { attendance.reduce(0) { $0 + ($1.present ? 1 : 0) } }
}

/// The questions of the annual evaluation with the group, in the order they are asked.
public enum EvaluationQuestion: String, Sendable, CaseIterable, Hashable {
    case wentWell
    case toImprove
    case methodsAndThemes
    case inPractice
    case agreements
    case notes
}

/// The supervisor's yearly evaluation with the participants ("evalueert jaarlijks").
public struct Evaluation: Hashable, Sendable, Identifiable {
    public var id: EvaluationID
    public var date: CivilDate
    /// The first day of the year (jaargang) this evaluation is about, which may have ended before
    /// `date`; nil (an older record): the year that contains `date`. See `Group.year(of:)`.
    public var year: CivilDate?
    /// Members who took part.
    public var participants: [MemberID]
    public var answers: [EvaluationQuestion: String]

    public init(id: EvaluationID, date: CivilDate, year: CivilDate? = nil, participants: [MemberID] = [],
                answers: [EvaluationQuestion: String] = [:]) {
        self.id = id
        self.date = date
        self.year = year
        self.participants = participants
        self.answers = answers
    }
}

public struct Group: Hashable, Sendable, Identifiable {
    public var id: GroupID
    public var name: String
    /// "Aandachtsgebied(en)": several allowed.
    public var focusAreas: [String]
    /// Names of the intervision methods the group uses.
    public var methods: [String]
    /// "Opmerkingen/aanvullingen".
    public var remarks: String
    /// The member who is the group's contact person.
    public var contactMemberID: MemberID?
    /// The supervisor as named on this group's plan; empty: the profile's name and phone are used.
    /// Kept on the group because the contact person, on another machine, fills in the form too.
    public var supervisorName: String
    public var supervisorPhone: String
    public var members: [Member]
    public var plans: [YearPlan]
    public var meetings: [Meeting]
    public var evaluations: [Evaluation]
    /// Records two synced machines changed differently: the other machine's version, kept until
    /// the user picks one (`resolveConflict`). Empty almost always.
    public var conflicts: [SyncConflict]

    public init(id: GroupID, name: String, focusAreas: [String] = [], methods: [String] = [], remarks: String = "",
                contactMemberID: MemberID? = nil, supervisorName: String = "", supervisorPhone: String = "",
                members: [Member] = [], plans: [YearPlan] = [], meetings: [Meeting] = [], evaluations: [Evaluation] = [],
                conflicts: [SyncConflict] = []) {
        self.id = id
        self.name = name
        self.focusAreas = focusAreas
        self.methods = methods
        self.remarks = remarks
        self.contactMemberID = contactMemberID
        self.supervisorName = supervisorName
        self.supervisorPhone = supervisorPhone
        self.members = members
        self.plans = plans
        self.meetings = meetings
        self.evaluations = evaluations
        self.conflicts = conflicts
    }

    public func member(_ id: MemberID) -> Member? { members.first { $0.id == id } }

    public var contactPerson: Member? { contactMemberID.flatMap(member) }

    /// Members on `date`, in the order they were added.
    public func members(on date: CivilDate) -> [Member] { members.filter { $0.isMember(on: date) } }

    /// The plan whose period contains `date`.
    public func plan(containing date: CivilDate) -> YearPlan? { plans.first { $0.contains(date) } }
}
