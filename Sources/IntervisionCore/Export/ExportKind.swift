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
}

/// Everything a user can ask to export, in which format: the same kinds from the command line and
/// the app's export dialog (`ExportRequest` says of which group, year or evaluation).
public enum ExportKind: Hashable, Sendable {
    case plan(PlanFormat)
    case attendance(AttendanceFormat)
    /// The list of one meeting: a held one's attendance, or the blank sign-in sheet of one planned.
    case meetingAttendance(AttendanceFormat, date: CivilDate)
    case calendar
    /// The annual evaluation (`ExportRequest.evaluation`).
    case evaluation(EvaluationFormat)
    /// The group's own data file for the hand-over (`intervisie import`); encrypted with a
    /// passphrase in the age format, or plain JSON.
    case groupFile(encrypted: Bool)
    /// The BIG numbers of those present at the meeting held on `date`, one a line: what GAIA's
    /// attendance import takes (`Group.gaiaImportText`).
    case gaiaList(date: CivilDate)

    /// The word that starts the file name (Dutch, like the documents).
    public var fileKind: String {
        switch self {
        case .plan: return "jaarplan"
        case .attendance: return "presentielijst"
        case .meetingAttendance(_, let date): return "presentielijst-\(date.iso)"
        case .calendar: return "agenda"
        case .evaluation: return "jaarevaluatie"
        case .groupFile: return "groep"
        case .gaiaList(let date): return "gaia-big-\(date.iso)"
        }
    }

    public var fileExtension: String {
        switch self {
        case .plan(let format): return format.fileExtension
        case .attendance(let format), .meetingAttendance(let format, _): return format.fileExtension
        case .calendar: return "ics"
        case .evaluation(let format): return format.fileExtension
        case .groupFile: return "json"
        case .gaiaList: return "txt"
        }
    }

    /// What every name of this kind ends with, whatever was asked (`.age` for an encrypted file:
    /// `-o groep.json` writes `groep.json.age`); empty for the rest.
    public var requiredSuffix: String {
        if case .groupFile(encrypted: true) = self { return "." + ExportFileName.encryptedExtension }
        return ""
    }

    /// The plan, the attendance lists and the calendar are of one plan year.
    public var needsPlan: Bool {
        switch self {
        case .plan, .attendance, .meetingAttendance, .calendar: return true
        case .evaluation, .groupFile, .gaiaList: return false
        }
    }

    /// A safe default file name for the kinds named by the group alone, e.g. `jaarplan-Chirurgen-Utrecht.docx`
    /// (an evaluation's name also has its date: `ExportRequest.fileName`).
    public func fileName(groupName: String) -> String {
        ExportFileName.safe(for: groupName, kind: fileKind, ext: fileExtension) + requiredSuffix
    }

    /// A final plan export hands the plan in (PLAN_BEFORE_FIRST): the date is recorded on the plan.
    public func recordsExport(draft: Bool) -> Bool {
        if case .plan = self { return !draft }
        return false
    }
}

/// Why an export was not made. Decided once, by `ExportRequest.refusal`, for both front ends.
public enum ExportRefusal: Error, Equatable, Sendable {
    /// A final (not draft) yearly plan with fields of the form still empty.
    case incompletePlan(missing: [PlanField])
    /// A plan, attendance list or calendar of a group that has no plan (for that year).
    case noPlan
    /// An evaluation of a group that has none.
    case noEvaluation
    /// No meeting was held or is planned on the date asked for.
    case noMeetingOn(CivilDate)
    /// No meeting was held on the date asked for (GAIA takes the attendance of a held one only).
    case noHeldMeetingOn(CivilDate)

    public var message: LocalizedText {
        switch self {
        case .noMeetingOn(let date):
            return LocalizedText(nl: "geen bijeenkomst gehouden of gepland op \(date.dutch)",
                                 en: "no meeting held or planned on \(date.iso)")
        case .noHeldMeetingOn(let date):
            return LocalizedText(nl: "geen bijeenkomst gehouden op \(date.dutch)", en: "no meeting held on \(date.iso)")
        case .incompletePlan(let missing):
            return LocalizedText(nl: "het jaarplan is niet volledig; nog in te vullen: " + missing.map(\.label.nl).joined(separator: "; "),
                                 en: "the yearly plan is not complete; still to fill in: " + missing.map(\.label.en).joined(separator: "; "))
        case .noPlan:
            return LocalizedText(nl: "deze groep heeft nog geen jaarplan", en: "this group has no yearly plan yet")
        case .noEvaluation:
            return LocalizedText(nl: "deze groep heeft nog geen evaluatie", en: "this group has no evaluation yet")
        }
    }
}
