import IntervisionCore

/// The annual evaluation: date, who took part, and the structured questions with multi-line answers.
public struct EvaluationForm: FormScreen, Equatable {
    public enum Focus: Hashable, Sendable {
        case date, year, participants, answer(EvaluationQuestion)
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
    /// Answers refused by the last Ctrl-S (too long, a control character), until they are changed.
    public var answerErrors: [EvaluationQuestion: LocalizedText] = [:]
    /// The year (jaargang) the evaluation belongs to, by its first day, once chosen with ←→; nil:
    /// Core decides as it records (an edit that keeps its date keeps its year, else
    /// `defaultEvaluationYear`), and the form shows that year as the date is typed.
    public var year: CivilDate?
    /// An edited evaluation's date and year (its first day) as recorded.
    public var recordedDate: CivilDate?
    public var recordedYear: CivilDate?
    /// The first line of the form shown (it is taller than a screen).
    public var scroll = 0
    public var isDirty = false
    /// The date of the evaluation whose save was asked of the store (its answer finishes the form).
    var asked: CivilDate?

    public init(groupID: GroupID, editing: EvaluationID? = nil, date: String, participants: [MemberID],
                answers: [EvaluationQuestion: String] = [:]) {
        self.groupID = groupID
        self.editing = editing
        self.date = TextField(date)
        self.participants = participants
        self.answers = Dictionary(uniqueKeysWithValues: EvaluationQuestion.allCases.map { ($0, TextArea(answers[$0] ?? "")) })
    }

    public static let order: [Focus] = [.date, .year, .participants] + EvaluationQuestion.allCases.map { .answer($0) }

    func title(_ state: AppState) -> String { App.title(EvaluationFormTexts.name.text(state.language), of: groupID, state) }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        EvaluationFormView.draw(&canvas, form: self, state: state)
    }

    var keyScope: KeyScope {
        switch focus {
        case .date: return .form
        case .year: return .formChoice
        case .participants: return .participants
        case .answer: return .answer
        }
    }
}
