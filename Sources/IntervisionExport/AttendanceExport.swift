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
        switch format {
        case .csv: return Data(csv(group: group, plan: plan).utf8)
        case .docx: return docx(group: group, plan: plan, supervisor: supervisor)
        case .html: return Data(html(group: group, plan: plan, supervisor: supervisor).utf8)
        }
    }
}
