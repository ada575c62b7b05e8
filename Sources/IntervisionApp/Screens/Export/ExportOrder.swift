import IntervisionCore

/// An export the effect runner carries out: render, write (never over a file without `force`).
public struct ExportOrder: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case document(ExportKind, draft: Bool)
        /// The group's data file, for the hand-over (`intervisie import`).
        case groupFile
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
    /// The group file encrypted with this passphrase (age); nil: plain.
    public var passphrase: String? = nil
}

extension ExportOrder.Content {
    /// `jaarplan-<group>.docx`, …, `groep-<group>.json`: safe for any group name (`ExportFileName`).
    func fileName(groupName: String) -> String {
        switch self {
        case .document(let kind, _): return kind.fileName(groupName: groupName)
        case .groupFile: return ExportFileName.safe(for: groupName, kind: "groep", ext: "json")
        case .evaluation(let evaluation, let format):
            guard let evaluation else { return ExportFileName.safe(for: groupName, kind: "jaarevaluatie", ext: format.fileExtension) }
            return format.fileName(groupName: groupName, evaluation: evaluation)
        }
    }
}
