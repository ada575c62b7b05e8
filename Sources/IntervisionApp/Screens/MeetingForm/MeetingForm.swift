import IntervisionCore

/// An absence as the meeting form holds it: excused or not, both count as absent for the 75 % rule.
public struct AbsenceEntry: Sendable, Equatable {
    public var reason: String
    public var excused: Bool

    public init(reason: String = "", excused: Bool = false) {
        self.reason = reason
        self.excused = excused
    }
}

/// Recording a held meeting, or changing one: date, duration, topic, method, when it started and
/// ended, where, and who was absent.
/// Nothing typed is lost on a refusal: the form stays, with the message by the field.
public struct MeetingForm: FormScreen, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case date, duration, topic, method, time, location, attendance
    }

    public var groupID: GroupID
    /// The meeting being changed; nil for a new one.
    public var editing: MeetingID?
    public var date: TextField
    /// `19:00-21:30`; empty: not recorded.
    public var time: TextField
    public var duration: TextField
    public var topic: TextField
    public var method: TextField
    public var location: TextField
    public var focus: Field = .date
    /// Who is absent, by member id; everyone else on the list is present.
    public var absences: [MemberID: AbsenceEntry] = [:]
    /// Members listed besides those of the date (an edited meeting's own attendance).
    public var extraMembers: [MemberID] = []
    /// The selected line of the attendance list.
    public var list = ListCursor()
    /// The reason of the selected member's absence, while it is being typed.
    public var reason: TextField?
    /// Which suggestion (planned topic, method) the field shows; -1: typed by hand or the default.
    public var topicChoice = -1
    public var methodChoice = -1
    /// The topic was typed or picked: a new date no longer replaces it with the nearest planned one.
    public var topicTouched = false
    /// Refusals, by the field they are about.
    public var errors: [Field: LocalizedText] = [:]
    /// Said under the date before saving: recording a meeting on it makes PLAN_BEFORE_FIRST an
    /// error, since the year's plan is not marked as submitted in GAIA (it may still be recorded).
    public var planWarning: LocalizedText?
    public var isDirty = false
    /// The meeting whose save was asked of the store (its answer finishes the form).
    var asked: MeetingID?

    public init(groupID: GroupID, editing: MeetingID? = nil, date: String, time: String = "", duration: String, topic: String,
                method: String, location: String = "") {
        self.groupID = groupID
        self.editing = editing
        self.date = TextField(date)
        self.time = TextField(time)
        self.location = TextField(location)
        self.duration = TextField(duration)
        self.topic = TextField(topic)
        self.method = TextField(method)
    }

    var keyScope: KeyScope { reason != nil ? .inlineField : focus == .attendance ? .attendanceList : .meetingFields }

    func title(_ state: AppState) -> String {
        App.title((editing == nil ? MeetingFormTexts.nameNew : MeetingFormTexts.nameEdit).text(state.language), of: groupID, state)
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        MeetingFormView.draw(&canvas, form: self, state: state)
    }

    /// The text field that has the focus, if any.
    var focusedField: WritableKeyPath<MeetingForm, TextField>? { textField(focus) }

    /// The text field of a field (the attendance is a list).
    func textField(_ field: Field) -> WritableKeyPath<MeetingForm, TextField>? {
        switch field {
        case .date: return \.date
        case .time: return \.time
        case .location: return \.location
        case .duration: return \.duration
        case .topic: return \.topic
        case .method: return \.method
        case .attendance: return nil
        }
    }
}

