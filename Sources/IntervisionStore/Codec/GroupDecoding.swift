import IntervisionCore

/// Reads a group file straight into the model (docs/data-format.md). Fields may come in any order;
/// a missing field holds its default; a field this version does not know is logged and skipped.
enum GroupDecoding {
    /// `strings`: shares recurring texts across the files one thread loads.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>,
                       strings: StringTable? = nil) throws(DocumentFault) -> DecodedDocument<Group> {
        try decodeDocument(bytes, format: GroupCodec.formatName, supportedVersion: GroupCodec.version, strings: strings) {
            (reader: inout JSONReader, header: inout DocumentHeader, unknown: inout UnknownFieldLog) throws(JSONFault) in
            try group(&reader, &header, &unknown)
        }
    }

    private static func group(_ reader: inout JSONReader, _ header: inout DocumentHeader,
                              _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Group {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var id: GroupID?
        var name: String?
        var group = Group(id: "", name: "")
        var first = true
        while let key = try reader.nextKey(&first) {
            if try header.read(key, &reader) { continue }
            switch key {
            case GroupField.id:
                try seen.mark(0, reader)
                let valueStart = reader.valueStart()
                let value = try reader.readString()
                guard GroupFileName.isValid(GroupID(value)) else {
                    throw JSONFault(offset: valueStart, reason: "group id \"\(value)\" cannot be a file name")
                }
                id = GroupID(value)
            case GroupField.name: try seen.mark(1, reader); name = try reader.readString()
            case GroupField.focusAreas: try seen.mark(2, reader); group.focusAreas = try reader.readStringList(shared: true)
            case GroupField.methods: try seen.mark(3, reader); group.methods = try reader.readStringList(shared: true)
            case GroupField.remarks: try seen.mark(4, reader); group.remarks = try reader.readOptionalString()
            case GroupField.contact:
                try seen.mark(5, reader)
                group.contactMemberID = try reader.skipNull() ? nil : MemberID(reader.readString())
            case GroupField.supervisorName: try seen.mark(6, reader); group.supervisorName = try reader.readOptionalString()
            case GroupField.supervisorPhone: try seen.mark(7, reader); group.supervisorPhone = try reader.readOptionalString()
            case GroupField.members:
                try seen.mark(8, reader)
                group.members = try reader.readList(expected: 8) { (reader: inout JSONReader) throws(JSONFault) in try member(&reader, &unknown) }
            case GroupField.plans:
                try seen.mark(9, reader)
                group.plans = try reader.readList(expected: 4) { (reader: inout JSONReader) throws(JSONFault) in try plan(&reader, &unknown) }
            case GroupField.meetings:
                try seen.mark(10, reader)
                group.meetings = try reader.readList(expected: 24) { (reader: inout JSONReader) throws(JSONFault) in try meeting(&reader, &unknown) }
            case GroupField.evaluations:
                try seen.mark(11, reader)
                group.evaluations = try reader.readList(expected: 4) { (reader: inout JSONReader) throws(JSONFault) in try evaluation(&reader, &unknown) }
            case GroupField.conflicts:
                try seen.mark(12, reader)
                group.conflicts = try reader.readList(expected: 1) { (reader: inout JSONReader) throws(JSONFault) in try conflict(&reader, &unknown) }
            default:
                try unknown.skip(&reader)
            }
        }
        guard let id else { throw JSONFault(offset: start, reason: "the group has no \"id\"") }
        guard let name else { throw JSONFault(offset: start, reason: "the group has no \"name\"") }
        group.id = id
        group.name = name
        // Rows from a file written before planned meetings had ids get the ids their calendar events had.
        group.identifyPlannedMeetings()
        return group
    }

    private static func member(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Member {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var member = Member(id: "", name: "")
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.id: try seen.mark(0, reader); member.id = MemberID(try reader.readString())
            case GroupField.name: try seen.mark(1, reader); member.name = try reader.readString()
            case GroupField.specialism: try seen.mark(2, reader); member.specialism = try reader.readOptionalString(shared: true)
            case GroupField.big: try seen.mark(3, reader); member.big = try reader.readOptionalBIG()
            case GroupField.phone: try seen.mark(4, reader); member.phone = try reader.readOptionalString()
            case GroupField.joined: try seen.mark(5, reader); member.joined = try reader.readOptionalDate()
            case GroupField.left: try seen.mark(6, reader); member.left = try reader.readOptionalDate()
            case GroupField.periodStart: try seen.mark(7, reader); member.registrationPeriodStart = try reader.readOptionalDate()
            default: try unknown.skip(&reader)
            }
        }
        try require(seen, 0, "id", "member", at: start)
        try require(seen, 1, "name", "member", at: start)
        return member
    }

    private static func plan(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> YearPlan {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var from: CivilDate?
        var to: CivilDate?
        var plan = YearPlan(from: placeholderDate, to: placeholderDate)
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.from: try seen.mark(0, reader); from = try reader.readDate()
            case GroupField.to: try seen.mark(1, reader); to = try reader.readDate()
            case GroupField.totalMeetings: try seen.mark(2, reader); plan.totalMeetings = try reader.readOptionalInt()
            case GroupField.durationHours: try seen.mark(3, reader); plan.durationHours = try reader.readOptionalDouble()
            case GroupField.exported: try seen.mark(4, reader); plan.exported = try reader.readOptionalDate()
            case GroupField.submitted: try seen.mark(5, reader); plan.submitted = try reader.readOptionalDate()
            case GroupField.exportedFingerprint:
                try seen.mark(7, reader)
                let fingerprint = try reader.readOptionalString()
                plan.exportedFingerprint = fingerprint.isEmpty ? nil : fingerprint
            case GroupField.closed: try seen.mark(8, reader); plan.closed = try reader.readOptionalDate()
            case GroupField.planned:
                try seen.mark(6, reader)
                plan.planned = try reader.readList(expected: 8) { (reader: inout JSONReader) throws(JSONFault) in try plannedMeeting(&reader, &unknown) }
            default: try unknown.skip(&reader)
            }
        }
        guard let from else { throw JSONFault(offset: start, reason: "the plan has no \"from\" date") }
        guard let to else { throw JSONFault(offset: start, reason: "the plan has no \"to\" date") }
        plan.from = from
        plan.to = to
        return plan
    }

    private static func plannedMeeting(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> PlannedMeeting {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var row = PlannedMeeting()
        var time = TimeFields()
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.date: try seen.mark(0, reader); row.date = try reader.readOptionalDate()
            case GroupField.topic: try seen.mark(1, reader); row.topic = try reader.readOptionalString(shared: true)
            case GroupField.id: try seen.mark(2, reader); row.id = PlannedMeetingID(try reader.readOptionalString())
            case GroupField.start: try seen.mark(3, reader); time.start = try reader.readOptionalClockTime()
            case GroupField.end: try seen.mark(4, reader); time.end = try reader.readOptionalClockTime()
            case GroupField.location: try seen.mark(5, reader); row.location = try reader.readOptionalString(shared: true)
            case GroupField.revision:
                try seen.mark(6, reader)
                let valueStart = reader.valueStart()
                let revision = try reader.readOptionalInt() ?? 0
                guard revision >= 0 else { throw JSONFault(offset: valueStart, reason: "a revision cannot be negative") }
                row.revision = revision
            default: try unknown.skip(&reader)
            }
        }
        row.time = try time.meetingTime(at: start, of: "planned meeting")
        return row
    }

    /// A meeting's `start` and `end`: both or neither, the end after the start.
    private struct TimeFields {
        var start: ClockTime?
        var end: ClockTime?

        func meetingTime(at offset: Int, of thing: String) throws(JSONFault) -> MeetingTime? {
            switch (start, end) {
            case (nil, nil): return nil
            case let (start?, end?):
                guard let time = MeetingTime(start: start, end: end) else {
                    throw JSONFault(offset: offset, reason: "the \(thing) ends (\(end)) before it starts (\(start))")
                }
                return time
            default:
                let reason = start == nil ? "an \"end\" without a \"start\"" : "a \"start\" without an \"end\""
                throw JSONFault(offset: offset, reason: "the \(thing) has \(reason)")
            }
        }
    }

    private static func meeting(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Meeting {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var date: CivilDate?
        var meeting = Meeting(id: "", date: placeholderDate)
        var time = TimeFields()
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.id: try seen.mark(0, reader); meeting.id = MeetingID(try reader.readString())
            case GroupField.date: try seen.mark(1, reader); date = try reader.readDate()
            case GroupField.topic: try seen.mark(2, reader); meeting.topic = try reader.readOptionalString(shared: true)
            case GroupField.method: try seen.mark(3, reader); meeting.method = try reader.readOptionalString(shared: true)
            case GroupField.durationHours: try seen.mark(4, reader); meeting.durationHours = try reader.readOptionalDouble()
            case GroupField.start: try seen.mark(6, reader); time.start = try reader.readOptionalClockTime()
            case GroupField.end: try seen.mark(7, reader); time.end = try reader.readOptionalClockTime()
            case GroupField.location: try seen.mark(8, reader); meeting.location = try reader.readOptionalString(shared: true)
            case GroupField.reported: try seen.mark(9, reader); meeting.reported = try reader.readOptionalDate()
            case GroupField.attendance:
                try seen.mark(5, reader)
                meeting.attendance = try reader.readList(expected: 8) { (reader: inout JSONReader) throws(JSONFault) in try attendance(&reader, &unknown) }
            default: try unknown.skip(&reader)
            }
        }
        try require(seen, 0, "id", "meeting", at: start)
        guard let date else { throw JSONFault(offset: start, reason: "the meeting has no \"date\"") }
        meeting.date = date
        meeting.time = try time.meetingTime(at: start, of: "meeting")
        return meeting
    }

    /// A bare member id (present) or an object with the details of an absence.
    private static func attendance(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Attendance {
        if reader.peekKind() == .string {
            return Attendance(memberID: MemberID(try reader.readString()), present: true)
        }
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var entry = Attendance(memberID: "", present: false)
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.member: try seen.mark(0, reader); entry.memberID = MemberID(try reader.readString())
            case GroupField.present: try seen.mark(1, reader); entry.present = try reader.readBool()
            case GroupField.reason: try seen.mark(2, reader); entry.reason = try reader.readOptionalString(shared: true)
            case GroupField.excused: try seen.mark(3, reader); entry.excused = try reader.readOptionalBool()
            default: try unknown.skip(&reader)
            }
        }
        try require(seen, 0, "member", "attendance entry", at: start)
        try require(seen, 1, "present", "attendance entry", at: start)
        return entry
    }

    private static func evaluation(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Evaluation {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var date: CivilDate?
        var evaluation = Evaluation(id: "", date: placeholderDate)
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.id: try seen.mark(0, reader); evaluation.id = EvaluationID(try reader.readString())
            case GroupField.date: try seen.mark(1, reader); date = try reader.readDate()
            case GroupField.year: try seen.mark(4, reader); evaluation.year = try reader.readOptionalDate()
            case GroupField.participants: try seen.mark(2, reader); evaluation.participants = try reader.readStringList().map { MemberID($0) }
            case GroupField.answers: try seen.mark(3, reader); evaluation.answers = try answers(&reader, &unknown)
            default: try unknown.skip(&reader)
            }
        }
        try require(seen, 0, "id", "evaluation", at: start)
        guard let date else { throw JSONFault(offset: start, reason: "the evaluation has no \"date\"") }
        evaluation.date = date
        return evaluation
    }

    /// `{"meeting": {...}}` or `{"evaluation": {...}}`: the other machine's version of a record.
    private static func conflict(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> SyncConflict {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var result: SyncConflict?
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case GroupField.meeting: try seen.mark(0, reader); result = .meeting(try meeting(&reader, &unknown))
            case GroupField.evaluation: try seen.mark(1, reader); result = .evaluation(try evaluation(&reader, &unknown))
            default: try unknown.skip(&reader)
            }
        }
        guard let result, !(seen.contains(0) && seen.contains(1)) else {
            throw JSONFault(offset: start, reason: "a conflict holds exactly one \"meeting\" or \"evaluation\"")
        }
        return result
    }

    /// `{"wentWell": "...", ...}`: a question this version does not know is an unknown field.
    private static func answers(_ reader: inout JSONReader,
                                _ unknown: inout UnknownFieldLog) throws(JSONFault) -> [EvaluationQuestion: String] {
        if try reader.skipNull() { return [:] }
        try reader.beginObject()
        var answers: [EvaluationQuestion: String] = Dictionary(minimumCapacity: EvaluationQuestion.allCases.count)
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let question = question(key) else {
                try unknown.skip(&reader)
                continue
            }
            guard answers[question] == nil else {
                throw JSONFault(offset: reader.keyOffset, reason: "field \"\(question.rawValue)\" appears twice")
            }
            answers[question] = try reader.readSharedString()
        }
        return answers
    }

    /// The question a key names (the raw values of `EvaluationQuestion`), matched without a String.
    private static func question(_ key: FieldKey) -> EvaluationQuestion? {
        switch key {
        case FieldKey("wentWell"): return .wentWell
        case FieldKey("toImprove"): return .toImprove
        case FieldKey("methodsAndThemes"): return .methodsAndThemes
        case FieldKey("inPractice"): return .inPractice
        case FieldKey("agreements"): return .agreements
        case FieldKey("notes"): return .notes
        default: return nil
        }
    }

    /// Fills a required date until the real one is read (a missing one is a fault, so it never shows).
    private static let placeholderDate = CivilDate(year: 1970, month: 1, day: 1)!

    private static func require(_ seen: SeenFields, _ field: Int, _ name: String, _ thing: String,
                                at offset: Int) throws(JSONFault) {
        guard seen.contains(field) else { throw JSONFault(offset: offset, reason: "the \(thing) has no \"\(name)\"") }
    }
}

/// The field names of the group format (computed, so each use folds to constants
/// instead of going through a lazily initialised global).
private enum GroupField {
    static var answers: FieldKey { FieldKey("answers") }
    static var attendance: FieldKey { FieldKey("attendance") }
    static var big: FieldKey { FieldKey("big") }
    static var closed: FieldKey { FieldKey("closed") }
    static var conflicts: FieldKey { FieldKey("conflicts") }
    static var contact: FieldKey { FieldKey("contact") }
    static var date: FieldKey { FieldKey("date") }
    static var durationHours: FieldKey { FieldKey("durationHours") }
    static var end: FieldKey { FieldKey("end") }
    static var evaluation: FieldKey { FieldKey("evaluation") }
    static var evaluations: FieldKey { FieldKey("evaluations") }
    static var excused: FieldKey { FieldKey("excused") }
    static var exported: FieldKey { FieldKey("exported") }
    static var exportedFingerprint: FieldKey { FieldKey("exportedFingerprint") }
    static var focusAreas: FieldKey { FieldKey("focusAreas") }
    static var from: FieldKey { FieldKey("from") }
    static var id: FieldKey { FieldKey("id") }
    static var joined: FieldKey { FieldKey("joined") }
    static var left: FieldKey { FieldKey("left") }
    static var location: FieldKey { FieldKey("location") }
    static var meeting: FieldKey { FieldKey("meeting") }
    static var meetings: FieldKey { FieldKey("meetings") }
    static var member: FieldKey { FieldKey("member") }
    static var members: FieldKey { FieldKey("members") }
    static var method: FieldKey { FieldKey("method") }
    static var methods: FieldKey { FieldKey("methods") }
    static var name: FieldKey { FieldKey("name") }
    static var participants: FieldKey { FieldKey("participants") }
    static var periodStart: FieldKey { FieldKey("periodStart") }
    static var phone: FieldKey { FieldKey("phone") }
    static var planned: FieldKey { FieldKey("planned") }
    static var plans: FieldKey { FieldKey("plans") }
    static var present: FieldKey { FieldKey("present") }
    static var reason: FieldKey { FieldKey("reason") }
    static var remarks: FieldKey { FieldKey("remarks") }
    static var reported: FieldKey { FieldKey("reported") }
    static var revision: FieldKey { FieldKey("revision") }
    static var specialism: FieldKey { FieldKey("specialism") }
    static var start: FieldKey { FieldKey("start") }
    static var submitted: FieldKey { FieldKey("submitted") }
    static var supervisorName: FieldKey { FieldKey("supervisorName") }
    static var supervisorPhone: FieldKey { FieldKey("supervisorPhone") }
    static var to: FieldKey { FieldKey("to") }
    static var topic: FieldKey { FieldKey("topic") }
    static var totalMeetings: FieldKey { FieldKey("totalMeetings") }
    static var year: FieldKey { FieldKey("year") }
}
