import IntervisionCore

/// What the export dialog can write for a group.
public enum ExportChoice: Int, CaseIterable, Sendable {
    case plan, attendance, calendar, groupFile, evaluation
    /// One meeting's list: a held one's attendance, or the blank sign-in sheet of one planned.
    case meetingList
    /// The BIG numbers of those present at a held meeting, for GAIA's import.
    case gaiaList
}

/// The rows of the export dialog, top to bottom (some only for some choices).
public enum ExportRow: Int, CaseIterable, Sendable {
    case what, meeting, format, draft, folder
    /// The group file: encrypted with a passphrase (the default) or plain JSON.
    case encryption
}

/// The export dialog over the group screen or the plan form: what, in which format, draft or not,
/// and the folder the file goes to (the full path is shown before and after writing).
public struct ExportScreen: DialogScreen, Equatable {
    public var groupID: GroupID
    /// The plan to export (the yearly plan, the calendar); nil: the group has none yet.
    public var planFrom: CivilDate?
    public var choice: ExportChoice
    public var planFormat: PlanFormat = .docx
    public var attendanceFormat: AttendanceFormat = .csv
    public var draft = false
    public var folder: TextField
    public var row: ExportRow = .what
    /// The file exists: the dialog asks whether to overwrite it (Enter again does).
    public var overwrite: String?
    /// The folder does not exist: the dialog offers to make it (Enter again does, 0700).
    public var missingFolder: String?
    /// Why the last attempt did not write.
    public var failure: LocalizedText?
    /// The annual evaluation to export (the one chosen on the evaluations tab, else the latest).
    public var evaluation: Evaluation?
    public var evaluationFormat: EvaluationFormat = .md
    /// The meeting of a meeting's list or GAIA list, by its date (the one chosen on the meetings
    /// tab, else the next planned or the oldest waiting for GAIA).
    public var meetingDate: CivilDate?
    /// The group file is written encrypted (age, with a passphrase) unless the user chooses plain JSON.
    public var encrypted = true
    /// The passphrase typed for this dialog (kept while it is open, so an overwrite need not ask again).
    public var passphrase: String?

    public init(groupID: GroupID, planFrom: CivilDate?, choice: ExportChoice, folder: String) {
        self.groupID = groupID
        self.planFrom = planFrom
        self.choice = choice
        self.folder = TextField(folder)
    }

    /// The rows that apply to the chosen export.
    public var rows: [ExportRow] {
        switch choice {
        case .plan: return [.what, .format, .draft, .folder]
        case .attendance: return [.what, .format, .folder]
        case .calendar: return [.what, .folder]
        case .groupFile: return [.what, .encryption, .folder]
        case .evaluation: return [.what, .format, .folder]
        case .meetingList: return [.what, .meeting, .format, .folder]
        case .gaiaList: return [.what, .meeting, .folder]
        }
    }
}

extension ExportScreen {
    var keyScope: KeyScope { .exportDialog }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { ExportTexts.name.text(state.language) }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
        ExportView.draw(&canvas, screen: self, state: state)
    }
}
