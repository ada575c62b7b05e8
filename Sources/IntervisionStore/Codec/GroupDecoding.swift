import IntervisionCore

/// Reads a group file straight into the model (docs/data-format.md). Fields may come in any order;
/// a missing field holds its default; a field this version does not know is logged and skipped.
/// Values are held to the model's bounds as they are read (`ValueLimits`, `TextKind`), and the
/// records to each other once the group is read (`Group.firstDefect`): the one check for the
/// data folder and for imports alike.
enum GroupDecoding {
    /// `strings`: shares recurring texts across the files one thread loads.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>,
                       strings: StringTable? = nil) throws(DocumentFault) -> DecodedDocument<Group> {
        try decodeDocument(bytes, format: GroupCodec.formatName, supportedVersion: GroupCodec.version, strings: strings) {
            (reader: inout JSONReader, header: inout DocumentHeader, unknown: inout UnknownFieldLog) throws(JSONFault) in
            var group = try group(&reader, &header, &unknown)
            if let defect = group.firstDefect {
                throw JSONFault(offset: JSONReader.offset(of: path(of: defect), in: bytes) ?? 0, reason: defect.reason)
            }
            // Rows from a file written before planned meetings had ids get the ids their calendar events had.
            group.identifyPlannedMeetings()
            return group
        }
    }

    /// Where in the file the value `defect` is about is written.
    private static func path(of defect: GroupDefect) -> [JSONPathStep] {
        func field<Field: JSONFields>(_ field: Field) -> JSONPathStep { .field(field.rawValue) }
        switch defect {
        case .duplicateMemberID(let member):
            return [field(GroupField.members), .element(member), field(MemberField.id)]
        case .unknownContact:
            return [field(GroupField.contact)]
        case .unknownAttendee(let meeting, let entry):
            return [field(GroupField.meetings), .element(meeting), field(MeetingField.attendance), .element(entry)]
        case .unknownParticipant(let evaluation, let entry):
            return [field(GroupField.evaluations), .element(evaluation), field(EvaluationField.participants), .element(entry)]
        case .planEndsBeforeStart(let plan):
            return [field(GroupField.plans), .element(plan), field(YearPlanField.to)]
        }
    }

    private static func group(_ reader: inout JSONReader, _ header: inout DocumentHeader,
                              _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Group {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var group = Group(id: "", name: "")
        let fields = GroupField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            if try header.read(key, &reader) { continue }
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .id:
                let valueStart = reader.valueStart()
                let value = try reader.readString()
                guard GroupFileName.isValid(GroupID(value)) else {
                    throw JSONFault(offset: valueStart, reason: "group id \"\(value)\" cannot be a file name")
                }
                group.id = GroupID(value)
            case .name: group.name = try reader.readText(.name)
            case .focusAreas: group.focusAreas = try reader.readTextList(.name, shared: true)
            case .methods: group.methods = try reader.readTextList(.name, shared: true)
            case .remarks: group.remarks = try reader.readOptionalText(.longText)
            case .contact:
                group.contactMemberID = try reader.skipNull() ? nil : MemberID(reader.readText(.name))
            case .supervisorName: group.supervisorName = try reader.readOptionalText(.name)
            case .supervisorPhone: group.supervisorPhone = try reader.readOptionalText(.name)
            case .members:
                group.members = try reader.readList(expected: 8) { (reader: inout JSONReader) throws(JSONFault) in try member(&reader, &unknown) }
            case .plans:
                group.plans = try reader.readList(expected: 4) { (reader: inout JSONReader) throws(JSONFault) in try plan(&reader, &unknown) }
            case .meetings:
                group.meetings = try reader.readList(expected: 24) { (reader: inout JSONReader) throws(JSONFault) in try meeting(&reader, &unknown) }
            case .evaluations:
                group.evaluations = try reader.readList(expected: 4) { (reader: inout JSONReader) throws(JSONFault) in try evaluation(&reader, &unknown) }
            case .conflicts:
                group.conflicts = try reader.readList(expected: 1) { (reader: inout JSONReader) throws(JSONFault) in try conflict(&reader, &unknown) }
            }
        }
        try seen.require(GroupField.id, in: "group", at: start)
        try seen.require(GroupField.name, in: "group", at: start)
        return group
    }

    private static func member(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Member {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var member = Member(id: "", name: "")
        let fields = MemberField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .id: member.id = MemberID(try reader.readText(.name))
            case .name: member.name = try reader.readText(.name)
            case .specialism: member.specialism = try reader.readOptionalText(.name, shared: true)
            case .big: member.big = try reader.readOptionalBIG()
            case .phone: member.phone = try reader.readOptionalText(.name)
            case .joined: member.joined = try reader.readOptionalDate()
            case .left: member.left = try reader.readOptionalDate()
            case .periodStart: member.registrationPeriodStart = try reader.readOptionalDate()
            }
        }
        try seen.require(MemberField.id, in: "member", at: start)
        try seen.require(MemberField.name, in: "member", at: start)
        return member
    }

    private static func plan(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> YearPlan {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var plan = YearPlan(from: placeholderDate, to: placeholderDate)
        let fields = YearPlanField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .from: plan.from = try reader.readDate()
            case .to: plan.to = try reader.readDate()
            case .totalMeetings: plan.totalMeetings = try reader.readOptionalCount()
            case .durationHours: plan.durationHours = try reader.readOptionalHours()
            case .exported: plan.exported = try reader.readOptionalDate()
            case .submitted: plan.submitted = try reader.readOptionalDate()
            case .exportedFingerprint:
                let fingerprint = try reader.readOptionalText(.name)
                plan.exportedFingerprint = fingerprint.isEmpty ? nil : fingerprint
            case .closed: plan.closed = try reader.readOptionalDate()
            case .planned:
                plan.planned = try reader.readList(expected: 8) { (reader: inout JSONReader) throws(JSONFault) in try plannedMeeting(&reader, &unknown) }
            }
        }
        try seen.require(YearPlanField.from, in: "plan", at: start)
        try seen.require(YearPlanField.to, in: "plan", at: start)
        return plan
    }

    private static func plannedMeeting(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> PlannedMeeting {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var row = PlannedMeeting()
        var time = TimeFields()
        let fields = PlannedMeetingField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .id: row.id = PlannedMeetingID(try reader.readOptionalText(.name))
            case .date: row.date = try reader.readOptionalDate()
            case .topic: row.topic = try reader.readOptionalText(.topic, shared: true)
            case .start: time.start = try reader.readOptionalClockTime()
            case .end: time.end = try reader.readOptionalClockTime()
            case .location: row.location = try reader.readOptionalText(.name, shared: true)
            case .revision: row.revision = try reader.readOptionalRevision()
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
        var meeting = Meeting(id: "", date: placeholderDate)
        var time = TimeFields()
        let fields = MeetingField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .id: meeting.id = MeetingID(try reader.readText(.name))
            case .date: meeting.date = try reader.readDate()
            case .topic: meeting.topic = try reader.readOptionalText(.topic, shared: true)
            case .method: meeting.method = try reader.readOptionalText(.name, shared: true)
            case .durationHours: meeting.durationHours = try reader.readOptionalHours()
            case .start: time.start = try reader.readOptionalClockTime()
            case .end: time.end = try reader.readOptionalClockTime()
            case .location: meeting.location = try reader.readOptionalText(.name, shared: true)
            case .reported: meeting.reported = try reader.readOptionalDate()
            case .attendance:
                meeting.attendance = try reader.readList(expected: 8) { (reader: inout JSONReader) throws(JSONFault) in try attendance(&reader, &unknown) }
            }
        }
        try seen.require(MeetingField.id, in: "meeting", at: start)
        try seen.require(MeetingField.date, in: "meeting", at: start)
        meeting.time = try time.meetingTime(at: start, of: "meeting")
        return meeting
    }

    /// A bare member id (present) or an object with the details of an absence.
    private static func attendance(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Attendance {
        if reader.peekKind() == .string {
            return Attendance(memberID: MemberID(try reader.readText(.name)), present: true)
        }
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var entry = Attendance(memberID: "", present: false)
        let fields = AttendanceField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .member: entry.memberID = MemberID(try reader.readText(.name))
            case .present: entry.present = try reader.readBool()
            case .reason: entry.reason = try reader.readOptionalText(.topic, shared: true)
            case .excused: entry.excused = try reader.readOptionalBool()
            }
        }
        try seen.require(AttendanceField.member, in: "attendance entry", at: start)
        try seen.require(AttendanceField.present, in: "attendance entry", at: start)
        return entry
    }

    private static func evaluation(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> Evaluation {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var evaluation = Evaluation(id: "", date: placeholderDate)
        let fields = EvaluationField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            switch field {
            case .id: evaluation.id = EvaluationID(try reader.readText(.name))
            case .date: evaluation.date = try reader.readDate()
            case .year: evaluation.year = try reader.readOptionalDate()
            case .participants: evaluation.participants = try reader.readTextList(.name).map { MemberID($0) }
            case .answers: evaluation.answers = try answers(&reader, &unknown)
            }
        }
        try seen.require(EvaluationField.id, in: "evaluation", at: start)
        try seen.require(EvaluationField.date, in: "evaluation", at: start)
        return evaluation
    }

    /// `{"meeting": {...}}` or `{"evaluation": {...}}`: the other machine's version of a record
    /// both changed (`SyncConflict`), exactly one of the two.
    private static func conflict(_ reader: inout JSONReader, _ unknown: inout UnknownFieldLog) throws(JSONFault) -> SyncConflict {
        let start = reader.valueStart()
        try reader.beginObject()
        var seen = SeenFields()
        var result: SyncConflict?
        var versions = 0
        let fields = ConflictField.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let field = try fields.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            versions += 1
            switch field {
            case .meeting: result = .meeting(try meeting(&reader, &unknown))
            case .evaluation: result = .evaluation(try evaluation(&reader, &unknown))
            }
        }
        guard let result, versions == 1 else {
            throw JSONFault(offset: start, reason: "a conflict holds exactly one \"meeting\" or \"evaluation\"")
        }
        return result
    }

    /// `{"wentWell": "...", ...}`: a question this version does not know is an unknown field.
    private static func answers(_ reader: inout JSONReader,
                                _ unknown: inout UnknownFieldLog) throws(JSONFault) -> [EvaluationQuestion: String] {
        if try reader.skipNull() { return [:] }
        try reader.beginObject()
        var seen = SeenFields()
        var answers: [EvaluationQuestion: String] = Dictionary(minimumCapacity: EvaluationQuestion.allCases.count)
        let questions = EvaluationQuestion.table
        var first = true
        while let key = try reader.nextKey(&first) {
            guard let question = try questions.match(key, &seen, reader) else {
                try unknown.skip(&reader)
                continue
            }
            answers[question] = try reader.readText(.longText, shared: true)
        }
        return answers
    }

    /// Fills a required date until the real one is read (a missing one is a fault, so it never shows).
    private static let placeholderDate = CivilDate(year: 1970, month: 1, day: 1)!
}
