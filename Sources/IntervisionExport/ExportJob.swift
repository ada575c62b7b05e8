import Foundation
import IntervisionCore

/// One export as the command line and the screens both make it: the same refusal and the same
/// bytes. (The file name and whether the date is recorded are `ExportKind`'s, in Core.)
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
}
