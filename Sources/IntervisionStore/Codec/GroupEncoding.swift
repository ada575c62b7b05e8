import IntervisionCore

/// Writes a group file (docs/data-format.md). One line per member, plan, planned meeting, meeting
/// and evaluation answer: compact, yet a change shows up as a small diff. A field holding its
/// default (nil, "", an empty list, false) is left out.
enum GroupEncoding {
    static func encode(_ group: Group) -> [UInt8] {
        var out = JSONWriter(capacity: 2048 + group.meetings.count * 320 + group.members.count * 160)
        out.raw("{\n  \"format\": ")
        out.string(GroupCodec.formatName)
        out.raw(",\n  \"version\": ")
        out.int(GroupCodec.version)
        var first = false
        out.key(GroupField.id, &first, newlineIndent: 2)
        out.string(group.id.rawValue)
        out.key(GroupField.name, &first, newlineIndent: 2)
        out.string(group.name)
        if !group.focusAreas.isEmpty {
            out.key(GroupField.focusAreas, &first, newlineIndent: 2)
            out.stringList(group.focusAreas)
        }
        if !group.methods.isEmpty {
            out.key(GroupField.methods, &first, newlineIndent: 2)
            out.stringList(group.methods)
        }
        optionalString(GroupField.remarks, group.remarks, &out, &first, newlineIndent: 2)
        if let contact = group.contactMemberID {
            out.key(GroupField.contact, &first, newlineIndent: 2)
            out.string(contact.rawValue)
        }
        optionalString(GroupField.supervisorName, group.supervisorName, &out, &first, newlineIndent: 2)
        optionalString(GroupField.supervisorPhone, group.supervisorPhone, &out, &first, newlineIndent: 2)
        list(GroupField.members, group.members, &out, &first, element: member)
        list(GroupField.plans, group.plans, &out, &first, element: plan)
        list(GroupField.meetings, group.meetings, &out, &first, element: meeting)
        list(GroupField.evaluations, group.evaluations, &out, &first, element: evaluation)
        list(GroupField.conflicts, group.conflicts, &out, &first, element: conflict)
        out.raw("\n}\n")
        return out.finish()
    }

    // MARK: - Elements

    private static func member(_ member: Member, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key(MemberField.id, &first)
        out.string(member.id.rawValue)
        out.key(MemberField.name, &first)
        out.string(member.name)
        optionalString(MemberField.specialism, member.specialism, &out, &first)
        if let big = member.big {
            out.key(MemberField.big, &first)
            out.string(big.digits)
        }
        optionalString(MemberField.phone, member.phone, &out, &first)
        optionalDate(MemberField.joined, member.joined, &out, &first)
        optionalDate(MemberField.left, member.left, &out, &first)
        optionalDate(MemberField.periodStart, member.registrationPeriodStart, &out, &first)
        out.raw("}")
    }

    private static func plan(_ plan: YearPlan, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key(YearPlanField.from, &first)
        out.date(plan.from)
        out.key(YearPlanField.to, &first)
        out.date(plan.to)
        if let total = plan.totalMeetings {
            out.key(YearPlanField.totalMeetings, &first)
            out.int(total)
        }
        optionalHours(YearPlanField.durationHours, plan.durationHours, &out, &first)
        optionalDate(YearPlanField.exported, plan.exported, &out, &first)
        if let fingerprint = plan.exportedFingerprint { optionalString(YearPlanField.exportedFingerprint, fingerprint, &out, &first) }
        optionalDate(YearPlanField.submitted, plan.submitted, &out, &first)
        optionalDate(YearPlanField.closed, plan.closed, &out, &first)
        if !plan.planned.isEmpty {
            out.key(YearPlanField.planned, &first)
            out.raw("[")
            for (index, row) in plan.planned.enumerated() {
                out.raw(index == 0 ? "\n      " : ",\n      ")
                plannedMeeting(row, &out)
            }
            out.raw("\n    ]")
        }
        out.raw("}")
    }

    private static func plannedMeeting(_ row: PlannedMeeting, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        optionalString(PlannedMeetingField.id, row.id.rawValue, &out, &first)
        optionalDate(PlannedMeetingField.date, row.date, &out, &first)
        optionalString(PlannedMeetingField.topic, row.topic, &out, &first)
        optionalTime(PlannedMeetingField.start, PlannedMeetingField.end, row.time, &out, &first)
        optionalString(PlannedMeetingField.location, row.location, &out, &first)
        if row.revision > 0 {
            out.key(PlannedMeetingField.revision, &first)
            out.int(row.revision)
        }
        out.raw("}")
    }

    private static func meeting(_ meeting: Meeting, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key(MeetingField.id, &first)
        out.string(meeting.id.rawValue)
        out.key(MeetingField.date, &first)
        out.date(meeting.date)
        optionalString(MeetingField.topic, meeting.topic, &out, &first)
        optionalString(MeetingField.method, meeting.method, &out, &first)
        optionalHours(MeetingField.durationHours, meeting.durationHours, &out, &first)
        optionalTime(MeetingField.start, MeetingField.end, meeting.time, &out, &first)
        optionalString(MeetingField.location, meeting.location, &out, &first)
        optionalDate(MeetingField.reported, meeting.reported, &out, &first)
        if !meeting.attendance.isEmpty {
            out.key(MeetingField.attendance, &first)
            out.raw("[")
            for (index, entry) in meeting.attendance.enumerated() {
                if index > 0 { out.raw(", ") }
                attendance(entry, &out)
            }
            out.raw("]")
        }
        out.raw("}")
    }

    /// The common case, present without remarks, is just the member id; anything else an object.
    private static func attendance(_ entry: Attendance, _ out: inout JSONWriter) {
        if entry.present && entry.reason.isEmpty && !entry.excused {
            out.string(entry.memberID.rawValue)
            return
        }
        var first = true
        out.raw("{")
        out.key(AttendanceField.member, &first)
        out.string(entry.memberID.rawValue)
        out.key(AttendanceField.present, &first)
        out.bool(entry.present)
        optionalString(AttendanceField.reason, entry.reason, &out, &first)
        if entry.excused {
            out.key(AttendanceField.excused, &first)
            out.bool(true)
        }
        out.raw("}")
    }

    private static func evaluation(_ evaluation: Evaluation, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key(EvaluationField.id, &first)
        out.string(evaluation.id.rawValue)
        out.key(EvaluationField.date, &first)
        out.date(evaluation.date)
        optionalDate(EvaluationField.year, evaluation.year, &out, &first)
        if !evaluation.participants.isEmpty {
            out.key(EvaluationField.participants, &first)
            out.stringList(evaluation.participants.map(\.rawValue))
        }
        if !evaluation.answers.isEmpty {
            out.key(EvaluationField.answers, &first)
            out.raw("{")
            var firstAnswer = true
            // The order the questions are asked, so the file does not change with hash seeds.
            for question in EvaluationQuestion.allCases {
                guard let answer = evaluation.answers[question] else { continue }
                out.raw(firstAnswer ? "\n      " : ",\n      ")
                firstAnswer = false
                var noSeparator = true  // written above: each answer on its own line
                out.key(question, &noSeparator)
                out.string(answer)
            }
            out.raw("\n    }")
        }
        out.raw("}")
    }

    /// The other machine's version of a record, wrapped in an object naming its kind.
    private static func conflict(_ conflict: SyncConflict, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        switch conflict {
        case .meeting(let other):
            out.key(ConflictField.meeting, &first)
            meeting(other, &out)
        case .evaluation(let other):
            out.key(ConflictField.evaluation, &first)
            evaluation(other, &out)
        }
        out.raw("}")
    }

    // MARK: - Fields with defaults

    private static func list<Field: JSONFields, Element>(_ name: Field, _ elements: [Element], _ out: inout JSONWriter,
                                      _ first: inout Bool, element: (Element, inout JSONWriter) -> Void) {
        guard !elements.isEmpty else { return }
        out.key(name, &first, newlineIndent: 2)
        out.raw("[")
        for (index, value) in elements.enumerated() {
            out.raw(index == 0 ? "\n    " : ",\n    ")
            element(value, &out)
        }
        out.raw("\n  ]")
    }

    private static func optionalString<Field: JSONFields>(_ name: Field, _ value: String, _ out: inout JSONWriter,
                                       _ first: inout Bool, newlineIndent: Int? = nil) {
        guard !value.isEmpty else { return }
        out.key(name, &first, newlineIndent: newlineIndent)
        out.string(value)
    }

    private static func optionalDate<Field: JSONFields>(_ name: Field, _ value: CivilDate?, _ out: inout JSONWriter,
                                     _ first: inout Bool) {
        guard let value else { return }
        out.key(name, &first)
        out.date(value)
    }

    /// `"start": "19:00", "end": "21:30"`: always both.
    private static func optionalTime<Field: JSONFields>(_ startName: Field, _ endName: Field, _ value: MeetingTime?,
                                                         _ out: inout JSONWriter, _ first: inout Bool) {
        guard let value else { return }
        out.key(startName, &first)
        out.string(value.start.text)
        out.key(endName, &first)
        out.string(value.end.text)
    }

    /// Hours that are not a finite number cannot be written in JSON; they are left out, which
    /// reads back as "not given".
    private static func optionalHours<Field: JSONFields>(_ name: Field, _ value: Double?, _ out: inout JSONWriter, _ first: inout Bool) {
        guard let value, value.isFinite else { return }
        out.key(name, &first)
        out.double(value)
    }
}
