import IntervisionCore

/// Edits of a valid group driven by fuzz bytes: dates anywhere in their range, hours and counts at
/// and near their bounds, texts with control characters, escapes, odd scalars and at their length
/// limit, members added, removed, left and joined on odd days, meetings and plans moved; meeting
/// times and places, attendance entered in GAIA, planned meetings' ids (taken twice, too) and
/// revisions, and the schedule's own edits (moving a planned meeting, planning one). The result is
/// then held to the file checks (`FuzzTarget.exercise` skips what a file could not hold).
enum GroupMutation {
    static func apply(_ bytes: inout ByteSource, to seed: Group) -> Group {
        var group = seed
        var steps = 0
        while !bytes.isEmpty && steps < 64 {
            steps += 1
            switch bytes.byte() % 20 {
            case 0: group.name = text(&bytes, .name)
            case 1 where !group.members.isEmpty:
                let index = bytes.int(below: group.members.count)
                group.members[index].name = text(&bytes, .name)
            case 2 where !group.members.isEmpty:
                let index = bytes.int(below: group.members.count)
                group.members[index].left = date(&bytes)
            case 3 where !group.members.isEmpty:
                let index = bytes.int(below: group.members.count)
                group.members[index].joined = date(&bytes)
            case 4:
                group.members.append(Member(id: MemberID("f\(bytes.byte())"), name: text(&bytes, .name), joined: date(&bytes)))
            case 5 where !group.members.isEmpty:
                let index = bytes.int(below: group.members.count)
                let id = group.members[index].id
                group.members.remove(at: index)
                if group.contactMemberID == id { group.contactMemberID = nil }
                for m in group.meetings.indices { group.meetings[m].attendance.removeAll { $0.memberID == id } }
                for e in group.evaluations.indices { group.evaluations[e].participants.removeAll { $0 == id } }
            case 6 where !group.meetings.isEmpty:
                let index = bytes.int(below: group.meetings.count)
                group.meetings[index].date = date(&bytes) ?? group.meetings[index].date
            case 7 where !group.meetings.isEmpty:
                let index = bytes.int(below: group.meetings.count)
                group.meetings[index].durationHours = hours(&bytes)
            case 8 where !group.plans.isEmpty:
                let index = bytes.int(below: group.plans.count)
                group.plans[index].durationHours = hours(&bytes)
                group.plans[index].totalMeetings = bytes.byte() % 2 == 0 ? nil : bytes.int(below: 101)
            case 9 where !group.plans.isEmpty:
                let index = bytes.int(below: group.plans.count)
                if let from = date(&bytes) {
                    group.plans[index].from = from
                    group.plans[index].to = min(from.adding(days: bytes.int(below: 800)), ValueLimits.dates.upperBound)
                }
            case 10 where !group.meetings.isEmpty:
                let index = bytes.int(below: group.meetings.count)
                group.meetings[index].topic = text(&bytes, .topic)
                group.meetings[index].method = text(&bytes, .name)
            case 11 where !group.meetings.isEmpty && !group.members.isEmpty:
                let index = bytes.int(below: group.meetings.count)
                let member = group.members[bytes.int(below: group.members.count)].id
                group.meetings[index].attendance.append(Attendance(memberID: member, present: bytes.byte() % 2 == 0,
                                                                   reason: text(&bytes, .topic), excused: bytes.byte() % 2 == 0))
            case 12:
                let day = date(&bytes) ?? FuzzTarget.today
                let attendance = group.members.map { Attendance(memberID: $0.id, present: bytes.byte() % 3 != 0) }
                group.meetings.append(Meeting(id: MeetingID("fz\(bytes.byte())"), date: day, topic: text(&bytes, .topic),
                                              durationHours: hours(&bytes), attendance: attendance))
            case 13:
                if let from = date(&bytes) {
                    group.plans.append(YearPlan(from: from, to: min(from.adding(days: bytes.int(below: 400)), ValueLimits.dates.upperBound),
                                                totalMeetings: bytes.int(below: 101), durationHours: hours(&bytes),
                                                planned: [PlannedMeeting(date: date(&bytes), topic: text(&bytes, .topic))]))
                }
            case 14:
                let day = date(&bytes) ?? FuzzTarget.today
                var answers: [EvaluationQuestion: String] = [:]
                for question in EvaluationQuestion.allCases where bytes.byte() % 2 == 0 { answers[question] = text(&bytes, .longText) }
                group.evaluations.append(Evaluation(id: EvaluationID("fe\(bytes.byte())"), date: day,
                                                    participants: group.members.prefix(bytes.int(below: 9)).map(\.id), answers: answers))
            case 16 where !group.meetings.isEmpty:
                let index = bytes.int(below: group.meetings.count)
                group.meetings[index].time = time(&bytes)
                group.meetings[index].location = text(&bytes, .name)
                group.meetings[index].reported = date(&bytes)
            case 17 where !group.plans.isEmpty:
                let index = bytes.int(below: group.plans.count)
                guard !group.plans[index].planned.isEmpty else { break }
                let row = bytes.int(below: group.plans[index].planned.count)
                let ids = group.plans.flatMap(\.planned).map(\.id)
                // A new id, none (as in older files), or one that is taken already (here or in another plan).
                group.plans[index].planned[row].id = [PlannedMeetingID(text(&bytes, .name)), "", ids[bytes.int(below: ids.count)]][Int(bytes.byte()) % 3]
                group.plans[index].planned[row].time = time(&bytes)
                group.plans[index].planned[row].location = text(&bytes, .name)
                group.plans[index].planned[row].revision = [0, 1, 7, ValueLimits.revisions.upperBound - 1, ValueLimits.revisions.upperBound][Int(bytes.byte()) % 5]
            case 18:
                let planned = group.plans.flatMap(\.planned).compactMap(\.date)
                if let to = date(&bytes), !planned.isEmpty {
                    try? group.movePlannedMeeting(from: planned[bytes.int(below: planned.count)], to: to)
                } else if let on = date(&bytes) {
                    try? group.planMeeting(on: on, topic: text(&bytes, .topic), time: time(&bytes), location: text(&bytes, .name))
                }
            case 19 where !group.meetings.isEmpty:
                let meeting = group.meetings[bytes.int(below: group.meetings.count)]
                _ = try? group.markAttendanceReported(meetingOn: meeting.date, on: meeting.date.adding(days: bytes.int(below: 60)),
                                                      today: FuzzTarget.today)
            default:
                group.contactMemberID = group.members.isEmpty ? nil : group.members[bytes.int(below: group.members.count)].id
                group.remarks = text(&bytes, .longText)
                group.focusAreas.append(text(&bytes, .name))
            }
        }
        return group
    }

    /// A date anywhere in the range a file may hold, often near its edges; nil sometimes.
    static func date(_ bytes: inout ByteSource) -> CivilDate? {
        switch bytes.byte() % 8 {
        case 0: return nil
        case 1: return ValueLimits.dates.lowerBound.adding(days: bytes.int(below: 40))
        case 2: return ValueLimits.dates.upperBound.adding(days: -bytes.int(below: 40))
        default: return FuzzTarget.today.adding(days: bytes.int(below: 6000) - 3000)
        }
    }

    /// A start and end time, often at the edges of the day; nil sometimes.
    static func time(_ bytes: inout ByteSource) -> MeetingTime? {
        let edges = [0, 1, 19 * 60, 21 * 60 + 30, 23 * 60 + 58, 23 * 60 + 59]
        let start = edges[Int(bytes.byte()) % edges.count]
        let end = start + 1 + bytes.int(below: 24 * 60)
        guard bytes.byte() % 4 != 0, let from = ClockTime(minutes: start), let to = ClockTime(minutes: min(end, 24 * 60 - 1)) else { return nil }
        return MeetingTime(start: from, end: to)
    }

    /// Hours at and near the bounds of (0, 24], and nil.
    static func hours(_ bytes: inout ByteSource) -> Double? {
        let choices: [Double?] = [nil, 24, 23.999999999999996, 0.1, 1e-300, 2.5, .leastNonzeroMagnitude, 1.0 / 3.0, 12.125]
        return choices[Int(bytes.byte()) % choices.count]
    }

    /// Text with the characters that have broken readers, terminals and documents, up to its limit.
    static func text(_ bytes: inout ByteSource, _ kind: TextKind) -> String {
        let pieces = ["", "a", "Zoë", "\u{1B}[2J", "\u{1B}]52;c;SGVsbG8=\u{7}", "\u{7}", "\u{0}", "\t=1+1", "\r\n", "\"", "\\", "<b>&",
                      "]]>", "\u{202E}", "\u{2028}", "😀", "👩🏽‍⚕️", "e\u{301}", "\u{FEFF}", "\u{10FFFF}", "@SUM(A1)", "-", "BEGIN:VEVENT"]
        var text = ""
        let count = bytes.int(below: 8)
        for _ in 0..<count { text += pieces[Int(bytes.byte()) % pieces.count] }
        if bytes.byte() % 16 == 0 { text = String(repeating: "x", count: kind.limit - 1) + "é" }
        return text
    }
}
