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
        out.key("id", &first, newlineIndent: 2)
        out.string(group.id.rawValue)
        out.key("name", &first, newlineIndent: 2)
        out.string(group.name)
        if !group.focusAreas.isEmpty {
            out.key("focusAreas", &first, newlineIndent: 2)
            out.stringList(group.focusAreas)
        }
        if !group.methods.isEmpty {
            out.key("methods", &first, newlineIndent: 2)
            out.stringList(group.methods)
        }
        optionalString("remarks", group.remarks, &out, &first, newlineIndent: 2)
        if let contact = group.contactMemberID {
            out.key("contact", &first, newlineIndent: 2)
            out.string(contact.rawValue)
        }
        optionalString("supervisorName", group.supervisorName, &out, &first, newlineIndent: 2)
        optionalString("supervisorPhone", group.supervisorPhone, &out, &first, newlineIndent: 2)
        list("members", group.members, &out, &first, element: member)
        list("plans", group.plans, &out, &first, element: plan)
        list("meetings", group.meetings, &out, &first, element: meeting)
        list("evaluations", group.evaluations, &out, &first, element: evaluation)
        list("conflicts", group.conflicts, &out, &first, element: conflict)
        out.raw("\n}\n")
        return out.finish()
    }

    // MARK: - Elements

    private static func member(_ member: Member, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key("id", &first)
        out.string(member.id.rawValue)
        out.key("name", &first)
        out.string(member.name)
        optionalString("specialism", member.specialism, &out, &first)
        if let big = member.big {
            out.key("big", &first)
            out.string(big.digits)
        }
        optionalString("phone", member.phone, &out, &first)
        optionalDate("joined", member.joined, &out, &first)
        optionalDate("left", member.left, &out, &first)
        optionalDate("periodStart", member.registrationPeriodStart, &out, &first)
        out.raw("}")
    }

    private static func plan(_ plan: YearPlan, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key("from", &first)
        out.date(plan.from)
        out.key("to", &first)
        out.date(plan.to)
        if let total = plan.totalMeetings {
            out.key("totalMeetings", &first)
            out.int(total)
        }
        optionalHours(plan.durationHours, &out, &first)
        optionalDate("exported", plan.exported, &out, &first)
        if let fingerprint = plan.exportedFingerprint { optionalString("exportedFingerprint", fingerprint, &out, &first) }
        optionalDate("submitted", plan.submitted, &out, &first)
        optionalDate("closed", plan.closed, &out, &first)
        if !plan.planned.isEmpty {
            out.key("planned", &first)
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
        optionalString("id", row.id.rawValue, &out, &first)
        optionalDate("date", row.date, &out, &first)
        optionalString("topic", row.topic, &out, &first)
        optionalTime(row.time, &out, &first)
        optionalString("location", row.location, &out, &first)
        if row.revision > 0 {
            out.key("revision", &first)
            out.int(row.revision)
        }
        out.raw("}")
    }

    private static func meeting(_ meeting: Meeting, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key("id", &first)
        out.string(meeting.id.rawValue)
        out.key("date", &first)
        out.date(meeting.date)
        optionalString("topic", meeting.topic, &out, &first)
        optionalString("method", meeting.method, &out, &first)
        optionalHours(meeting.durationHours, &out, &first)
        optionalTime(meeting.time, &out, &first)
        optionalString("location", meeting.location, &out, &first)
        optionalDate("reported", meeting.reported, &out, &first)
        if !meeting.attendance.isEmpty {
            out.key("attendance", &first)
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
        out.key("member", &first)
        out.string(entry.memberID.rawValue)
        out.key("present", &first)
        out.bool(entry.present)
        optionalString("reason", entry.reason, &out, &first)
        if entry.excused {
            out.key("excused", &first)
            out.bool(true)
        }
        out.raw("}")
    }

    private static func evaluation(_ evaluation: Evaluation, _ out: inout JSONWriter) {
        var first = true
        out.raw("{")
        out.key("id", &first)
        out.string(evaluation.id.rawValue)
        out.key("date", &first)
        out.date(evaluation.date)
        optionalDate("year", evaluation.year, &out, &first)
        if !evaluation.participants.isEmpty {
            out.key("participants", &first)
            out.stringList(evaluation.participants.map(\.rawValue))
        }
        if !evaluation.answers.isEmpty {
            out.key("answers", &first)
            out.raw("{")
            var firstAnswer = true
            // The order the questions are asked, so the file does not change with hash seeds.
            for question in EvaluationQuestion.allCases {
                guard let answer = evaluation.answers[question] else { continue }
                out.raw(firstAnswer ? "\n      \"" : ",\n      \"")
                firstAnswer = false
                out.rawText(question.rawValue)
                out.raw("\": ")
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
            out.key("meeting", &first)
            meeting(other, &out)
        case .evaluation(let other):
            out.key("evaluation", &first)
            evaluation(other, &out)
        }
        out.raw("}")
    }

    // MARK: - Fields with defaults

    private static func list<Element>(_ name: StaticString, _ elements: [Element], _ out: inout JSONWriter,
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

    private static func optionalString(_ name: StaticString, _ value: String, _ out: inout JSONWriter,
                                       _ first: inout Bool, newlineIndent: Int? = nil) {
        guard !value.isEmpty else { return }
        out.key(name, &first, newlineIndent: newlineIndent)
        out.string(value)
    }

    private static func optionalDate(_ name: StaticString, _ value: CivilDate?, _ out: inout JSONWriter,
                                     _ first: inout Bool) {
        guard let value else { return }
        out.key(name, &first)
        out.date(value)
    }

    /// `"start": "19:00", "end": "21:30"`: always both.
    private static func optionalTime(_ value: MeetingTime?, _ out: inout JSONWriter, _ first: inout Bool) {
        guard let value else { return }
        out.key("start", &first)
        out.string(value.start.text)
        out.key("end", &first)
        out.string(value.end.text)
    }

    /// Hours that are not a finite number cannot be written in JSON; they are left out, which
    /// reads back as "not given".
    private static func optionalHours(_ value: Double?, _ out: inout JSONWriter, _ first: inout Bool) {
        guard let value, value.isFinite else { return }
        out.key("durationHours", &first)
        out.double(value)
    }
}
