import IntervisionCore
import IntervisionExport

/// What the export dialog can write for a group.
public enum ExportChoice: Int, CaseIterable, Sendable {
    case plan, attendance, calendar, groupFile
    // MARK: - Meetings and evaluation (issue 4)
    case evaluation
}

/// The rows of the export dialog, top to bottom (some only for some choices).
public enum ExportRow: Int, CaseIterable, Sendable {
    case what, format, draft, folder
}

/// The export dialog over the group screen or the plan form: what, in which format, draft or not,
/// and the folder the file goes to (the full path is shown before and after writing).
public struct ExportScreen: Sendable, Equatable {
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
    /// Why the last attempt did not write.
    public var failure: LocalizedText?
    // MARK: - Meetings and evaluation (issue 4)
    /// The annual evaluation to export (the one chosen on the evaluations tab, else the latest).
    public var evaluation: Evaluation?
    public var evaluationFormat: EvaluationFormat = .md

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
        case .calendar, .groupFile: return [.what, .folder]
        // MARK: - Meetings and evaluation (issue 4)
        case .evaluation: return [.what, .format, .folder]
        }
    }
}

/// An export the effect runner carries out: render, write (never over a file without `force`).
public struct ExportOrder: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case document(ExportKind, draft: Bool)
        /// The group's data file, for the hand-over (`intervisie import`).
        case groupFile
        // MARK: - Meetings and evaluation (issue 4)
        /// The annual evaluation (nil: the group has none yet).
        case evaluation(Evaluation?, EvaluationFormat)
    }

    public var content: Content
    public var group: Group
    public var plan: YearPlan?
    public var supervisor: Supervisor?
    /// As typed; `~/` is the home folder.
    public var folder: String
    public var fileName: String
    public var force: Bool
    /// The day the evaluation's figures are counted on.
    public var today: CivilDate
}
