/// What can be exported and in which format: a description the command line and the screens share.
/// Rendering and writing the file are `IntervisionExport`'s; deciding the name, the refusal and
/// whether the export date is recorded needs only these values, so the screens (which do no I/O)
/// decide them too.
public enum PlanFormat: String, Sendable, CaseIterable {
    case docx, html, md, json

    public var fileExtension: String { rawValue }
}

public enum AttendanceFormat: String, Sendable, CaseIterable {
    case csv, docx, html

    public var fileExtension: String { rawValue }
}

/// The formats the annual evaluation is exported in.
public enum EvaluationFormat: String, Sendable, CaseIterable {
    case md, html, docx

    public var fileExtension: String { rawValue }

    /// `jaarevaluatie-2026-11-22-Chirurgen-Utrecht.md`: the same default name from the command line
    /// and the screens (see `ExportFileName.safe`).
    public func fileName(groupName: String, evaluation: Evaluation) -> String {
        ExportFileName.safe(for: groupName, kind: "jaarevaluatie-\(evaluation.date.iso)", ext: fileExtension)
    }
}

/// What a user can ask to export for one plan year, in which format.
public enum ExportKind: Hashable, Sendable {
    case plan(PlanFormat)
    case attendance(AttendanceFormat)
    /// The list of one meeting: a held one's attendance, or the blank sign-in sheet of one planned.
    case meetingAttendance(AttendanceFormat, date: CivilDate)
    case calendar

    /// The word that starts the file name (Dutch, like the documents).
    public var fileKind: String {
        switch self {
        case .plan: return "jaarplan"
        case .attendance: return "presentielijst"
        case .meetingAttendance(_, let date): return "presentielijst-\(date.iso)"
        case .calendar: return "agenda"
        }
    }

    public var fileExtension: String {
        switch self {
        case .plan(let format): return format.fileExtension
        case .attendance(let format), .meetingAttendance(let format, _): return format.fileExtension
        case .calendar: return "ics"
        }
    }

    /// A safe default file name, e.g. `jaarplan-Chirurgen-Utrecht.docx`.
    public func fileName(groupName: String) -> String {
        ExportFileName.safe(for: groupName, kind: fileKind, ext: fileExtension)
    }

    /// A final plan export hands the plan in (PLAN_BEFORE_FIRST): the date is recorded on the plan.
    public func recordsExport(draft: Bool) -> Bool {
        if case .plan = self { return !draft }
        return false
    }
}

/// Why an export was not made.
public enum ExportRefusal: Error, Equatable, Sendable {
    /// A final (not draft) yearly plan with fields of the form still empty.
    case incompletePlan(missing: [PlanField])
    /// No meeting was held or is planned on the date asked for.
    case noMeetingOn(CivilDate)

    public var message: LocalizedText {
        switch self {
        case .noMeetingOn(let date):
            return LocalizedText(nl: "geen bijeenkomst gehouden of gepland op \(date.dutch)",
                                 en: "no meeting held or planned on \(date.iso)")
        case .incompletePlan(let missing):
            return LocalizedText(nl: "het jaarplan is niet volledig; nog in te vullen: " + missing.map(\.label.nl).joined(separator: "; "),
                                 en: "the yearly plan is not complete; still to fill in: " + missing.map(\.label.en).joined(separator: "; "))
        }
    }
}
