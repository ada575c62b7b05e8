import Foundation
import IntervisionCore
import IntervisionExport
import Testing

/// Writes every export of the fixture group to the folder in INTERVISIE_EXPORT_SAMPLES, for looking
/// at by hand (LibreOffice, a browser). Does nothing when the variable is not set.
@Suite("Sample files")
struct SampleFilesTests {
    @Test("write samples for inspection when asked")
    func writeSamples() throws {
        guard let folder = ProcessInfo.processInfo.environment["INTERVISIE_EXPORT_SAMPLES"], !folder.isEmpty else { return }
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let group = Fixture.group, plan = Fixture.plan, supervisor = Fixture.supervisor
        let files: [(String, Data)] = [
            ("plan.docx", PlanExport.docx(group: group, plan: plan, supervisor: supervisor, draft: false)),
            ("plan-draft.docx", PlanExport.docx(group: group, plan: plan, supervisor: supervisor, draft: true)),
            ("plan.html", Data(PlanExport.html(group: group, plan: plan, supervisor: supervisor, draft: false).utf8)),
            ("plan-draft.html", Data(PlanExport.html(group: group, plan: plan, supervisor: supervisor, draft: true).utf8)),
            ("plan.md", Data(PlanExport.markdown(group: group, plan: plan, supervisor: supervisor, draft: true).utf8)),
            ("plan.json", PlanExport.json(group: group, plan: plan, supervisor: supervisor, draft: false)),
            ("attendance.csv", Data(AttendanceExport.csv(group: group, plan: plan).utf8)),
            ("attendance.docx", AttendanceExport.docx(group: group, plan: plan, supervisor: supervisor)),
            ("attendance.html", Data(AttendanceExport.html(group: group, plan: plan, supervisor: supervisor).utf8)),
            ("calendar.ics", Data(CalendarExport.ics(group: group, plan: plan).utf8)),
            ("evaluation.md", Data(EvaluationExport.markdown(group: group, evaluation: group.evaluations[0], supervisor: supervisor, today: Fixture.today).utf8)),
            ("evaluation.html", Data(EvaluationExport.html(group: group, evaluation: group.evaluations[0], supervisor: supervisor, today: Fixture.today).utf8)),
        ]
        for (name, data) in files {
            try ExportFile.write(data, to: url.appendingPathComponent(name), force: true)
        }
    }
}
