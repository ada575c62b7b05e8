import IntervisionCore

// The state of the screens of issue 4: recording a meeting, editing a member, the annual
// evaluation, and the dialogs that go with them. Each is a plain value on the screen stack.

extension GroupTab {
    /// Each tab has its own keys on top of the group's (see `KeyScope.parent`).
    var keyScope: KeyScope {
        switch self {
        case .members: return .membersTab
        case .meetings: return .meetingsTab
        case .findings: return .findingsTab
        case .attendance: return .attendanceTab
        case .evaluations: return .evaluationsTab
        }
    }
}

/// An absence as the meeting form holds it: excused or not, both count as absent for the 75 % rule.
public struct AbsenceEntry: Sendable, Equatable {
    public var reason: String
    public var excused: Bool

    public init(reason: String = "", excused: Bool = false) {
        self.reason = reason
        self.excused = excused
    }
}

/// Recording a held meeting, or changing one: date, duration, topic, method and who was absent.
/// Nothing typed is lost on a refusal: the form stays, with the message by the field.
public struct MeetingForm: Sendable, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case date, duration, topic, method, attendance
    }

    public var groupID: GroupID
    /// The meeting being changed; nil for a new one.
    public var editing: MeetingID?
    public var date: TextField
    public var duration: TextField
    public var topic: TextField
    public var method: TextField
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
    public var isDirty = false

    public init(groupID: GroupID, editing: MeetingID? = nil, date: String, duration: String, topic: String, method: String) {
        self.groupID = groupID
        self.editing = editing
        self.date = TextField(date)
        self.duration = TextField(duration)
        self.topic = TextField(topic)
        self.method = TextField(method)
    }

    var keyScope: KeyScope { reason != nil ? .inlineField : focus == .attendance ? .attendanceList : .meetingFields }

    /// The text field that has the focus, if any.
    var focusedField: WritableKeyPath<MeetingForm, TextField>? {
        switch focus {
        case .date: return \.date
        case .duration: return \.duration
        case .topic: return \.topic
        case .method: return \.method
        case .attendance: return nil
        }
    }
}

/// Adding or changing a member. The BIG number and dates are checked as they are typed; the
/// composition rule is shown as it would apply.
public struct MemberForm: Sendable, Equatable {
    public enum Field: Int, CaseIterable, Sendable {
        case name, specialism, big, phone, joined, periodStart, left, contact
    }

    public var groupID: GroupID
    /// The member being changed; nil for a new one.
    public var editing: MemberID?
    /// The typed fields (all but the contact person, a yes/no).
    public var fields: [Field: TextField]
    public var contact: Bool
    public var focus: Field = .name
    /// The "left on" field shows for a member who has left (to correct or clear it); `x` sets it.
    public var showsLeft: Bool
    public var errors: [Field: LocalizedText] = [:]
    public var isDirty = false
    /// The member's standing with what the form holds now (hours in the period as the start is typed).
    public var preview: MemberStanding?

    public init(groupID: GroupID, editing: MemberID?, fields: [Field: TextField], contact: Bool, showsLeft: Bool) {
        self.groupID = groupID
        self.editing = editing
        self.fields = fields
        self.contact = contact
        self.showsLeft = showsLeft
    }

    /// The fields in the order they are shown.
    public var visibleFields: [Field] { Field.allCases.filter { $0 != .left || showsLeft } }

    public func text(_ field: Field) -> String { fields[field]?.text ?? "" }
}

/// The annual evaluation: date, who took part, and the structured questions with multi-line answers.
public struct EvaluationForm: Sendable, Equatable {
    public enum Focus: Hashable, Sendable {
        case date, participants, answer(EvaluationQuestion)
    }

    public var groupID: GroupID
    /// The evaluation being changed; nil for a new one.
    public var editing: EvaluationID?
    public var date: TextField
    /// Who took part, in the order of the group's members.
    public var participants: [MemberID]
    /// The list was changed by hand: a new date no longer resets it to the members of that date.
    public var participantsTouched = false
    /// Members listed besides those of the date (an edited evaluation's own participants).
    public var extraMembers: [MemberID] = []
    public var participantCursor = 0
    public var answers: [EvaluationQuestion: TextArea]
    public var focus: Focus = .date
    public var dateError: LocalizedText?
    /// The first line of the form shown (it is taller than a screen).
    public var scroll = 0
    public var isDirty = false

    public init(groupID: GroupID, editing: EvaluationID? = nil, date: String, participants: [MemberID],
                answers: [EvaluationQuestion: String] = [:]) {
        self.groupID = groupID
        self.editing = editing
        self.date = TextField(date)
        self.participants = participants
        self.answers = Dictionary(uniqueKeysWithValues: EvaluationQuestion.allCases.map { ($0, TextArea(answers[$0] ?? "")) })
    }

    public static let order: [Focus] = [.date, .participants] + EvaluationQuestion.allCases.map { .answer($0) }

    var keyScope: KeyScope {
        switch focus {
        case .date: return .form
        case .participants: return .participants
        case .answer: return .answer
        }
    }
}

/// A meeting or evaluation about to be deleted: the dialog names it.
public struct DeleteRequest: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case meeting(MeetingID)
        case evaluation(EvaluationID)
    }
    public var groupID: GroupID
    public var target: Target
    public var label: LocalizedText
}

/// `x` on a member: the date the person is no longer a member (default today).
public struct MarkLeftPrompt: Sendable, Equatable {
    public var groupID: GroupID
    public var memberID: MemberID
    public var name: String
    public var date: TextField
    public var error: LocalizedText?
}

/// What a saved meeting did to the group, shown before the supervisor moves on.
public struct MeetingResult: Sendable, Equatable {
    public var groupID: GroupID
    public var date: CivilDate
    public var isNew: Bool
    public var present: Int
    public var expected: Int
    public var changes: ReportChanges
}

/// A method's steps, to run the meeting from the app; ←→ shows the other methods.
public struct MethodPanel: Sendable, Equatable {
    /// The names offered, the group's own first.
    public var names: [String]
    public var index: Int
    public var scroll = 0
}

/// A dialog over the screen below it.
public enum Prompt: Sendable, Equatable {
    case confirmDelete(DeleteRequest)
    /// Esc on a form with changes: yes closes the form, no returns to it.
    case discardChanges
    case markLeft(MarkLeftPrompt)
    case meetingResult(MeetingResult)
    case methodSteps(MethodPanel)

    var keyScope: KeyScope {
        switch self {
        case .confirmDelete, .discardChanges: return .confirm
        case .markLeft: return .inlineField
        case .meetingResult: return .result
        case .methodSteps: return .panel
        }
    }
}

/// The last change made in this session, so `u` can take it back (one step).
public struct UndoStep: Sendable, Equatable {
    public var before: Group
    /// The group as the change left it: undo applies only while it still is.
    public var after: Group
    public var what: LocalizedText
}
