import IntervisionCore

/// The fields of a group file (docs/data-format.md), one enum per kind of object. Each name is
/// written here once: `GroupEncoding` writes it, `GroupDecoding` matches it. The order of the cases
/// is free (each case's position is only its bit for spotting a field that appears twice).

/// The group itself, besides `format` and `version`.
enum GroupField: String, JSONFields {
    case id, name, focusAreas, methods, remarks, contact, supervisorName, supervisorPhone
    case members, plans, meetings, evaluations
    /// `Group.conflicts`: records a sync found changed on both machines.
    case conflicts
    static let table = FieldTable<GroupField>()
}

enum MemberField: String, JSONFields {
    case id, name, specialism, big, phone, joined, left
    /// `Member.registrationPeriodStart`.
    case periodStart
    static let table = FieldTable<MemberField>()
}

/// A yearly plan.
enum YearPlanField: String, JSONFields {
    case from, to, totalMeetings, durationHours, exported, submitted, planned
    /// `YearPlan.exportedFingerprint` and `YearPlan.closed`.
    case exportedFingerprint, closed
    static let table = FieldTable<YearPlanField>()
}

/// A row of the plan's meeting schedule.
enum PlannedMeetingField: String, JSONFields {
    case date, topic
    /// `PlannedMeeting.id`, `.location` and `.revision`; `start` and `end` are its `time`.
    case id, start, end, location, revision
    static let table = FieldTable<PlannedMeetingField>()
}

/// A held meeting.
enum MeetingField: String, JSONFields {
    case id, date, topic, method, durationHours, attendance
    /// `start` and `end` are `Meeting.time`; `reported`: when its attendance went in to GAIA.
    case start, end, location, reported
    static let table = FieldTable<MeetingField>()
}

/// An attendance entry written as an object (absent, or with a reason).
enum AttendanceField: String, JSONFields {
    case member, present, reason, excused
    static let table = FieldTable<AttendanceField>()
}

enum EvaluationField: String, JSONFields {
    case id, date, participants, answers
    /// `Evaluation.year`: the first day of the plan year it evaluates.
    case year
    static let table = FieldTable<EvaluationField>()
}

/// A sync conflict: the other version of one meeting or one evaluation.
enum ConflictField: String, JSONFields {
    case meeting, evaluation
    static let table = FieldTable<ConflictField>()
}

/// The keys of an evaluation's `answers` are the questions' own raw values.
extension EvaluationQuestion: JSONFields {
    static let table = FieldTable<EvaluationQuestion>()
}
