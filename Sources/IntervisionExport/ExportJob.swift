import Foundation
import IntervisionCore

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

/// One export as the command line and the screens both make it: the same refusal, the same bytes,
/// the same file name, the same record of the date.
public enum ExportJob {
    /// The file's bytes. A final plan is refused while fields are missing; as a draft it is marked
    /// CONCEPT. `now` is the calendar's DTSTAMP.
    public static func render(_ kind: ExportKind, group: Group, plan: YearPlan, supervisor: Supervisor?, draft: Bool,
                              now: Date) throws(ExportRefusal) -> Data {
        switch kind {
        case .plan(let format):
            let missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: supervisor)
            if !draft && !missing.isEmpty { throw .incompletePlan(missing: missing) }
            return PlanExport.render(format, group: group, plan: plan, supervisor: supervisor, draft: draft)
        case .attendance(let format):
            return AttendanceExport.render(format, group: group, plan: plan, supervisor: supervisor)
        case .meetingAttendance(let format, let date):
            guard let data = AttendanceExport.render(format, group: group, plan: plan, supervisor: supervisor, date: date) else {
                throw .noMeetingOn(date)
            }
            return data
        case .calendar:
            return Data(CalendarExport.ics(group: group, plan: plan, now: now).utf8)
        }
    }

    /// A safe default file name, e.g. `jaarplan-Chirurgen-Utrecht.docx`.
    public static func fileName(_ kind: ExportKind, groupName: String) -> String {
        ExportFile.safeName(for: groupName, kind: kind.fileKind, ext: kind.fileExtension)
    }

    /// A final plan export hands the plan in (PLAN_BEFORE_FIRST): the date is recorded on the plan.
    public static func recordsExport(_ kind: ExportKind, draft: Bool) -> Bool {
        if case .plan = kind { return !draft }
        return false
    }
}
