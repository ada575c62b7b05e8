import Foundation
import IntervisionCore

/// The attendance list of one plan year: per held meeting the date, topic, participants with BIG
/// number and present/absent (with the reason where given); DOCX and HTML add a signature column.
public enum AttendanceExport {
    public static func csv(group: Group, plan: YearPlan) -> String {
        AttendanceCSV.render(AttendanceContent(group: group, plan: plan, supervisor: nil))
    }

    /// - Parameter supervisor: the profile, for the supervisor's name when the group names none.
    public static func docx(group: Group, plan: YearPlan, supervisor: Supervisor?) -> Data {
        DocxRenderer.render(AttendanceDocument.make(AttendanceContent(group: group, plan: plan, supervisor: supervisor)))
    }

    public static func html(group: Group, plan: YearPlan, supervisor: Supervisor?) -> String {
        HTMLRenderer.render(AttendanceDocument.make(AttendanceContent(group: group, plan: plan, supervisor: supervisor)))
    }

    public static func render(_ format: AttendanceFormat, group: Group, plan: YearPlan, supervisor: Supervisor?) -> Data {
        render(format, AttendanceContent(group: group, plan: plan, supervisor: supervisor))
    }

    /// The list of the one meeting on `date`: held, its attendance; planned and not held yet, a blank
    /// sign-in sheet. nil: no meeting held or planned that day.
    public static func render(_ format: AttendanceFormat, group: Group, plan: YearPlan, supervisor: Supervisor?,
                              date: CivilDate) -> Data? {
        AttendanceContent(group: group, plan: plan, supervisor: supervisor, date: date).map { render(format, $0) }
    }

    static func render(_ format: AttendanceFormat, _ content: AttendanceContent) -> Data {
        switch format {
        case .csv: return Data(AttendanceCSV.render(content).utf8)
        case .docx: return DocxRenderer.render(AttendanceDocument.make(content))
        case .html: return Data(HTMLRenderer.render(AttendanceDocument.make(content)).utf8)
        }
    }
}
