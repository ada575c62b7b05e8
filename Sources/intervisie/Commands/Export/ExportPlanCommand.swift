import ArgumentParser
import Foundation
import IntervisionCore
import IntervisionExport

/// `intervisie export plan GROUP`: the yearly plan as the official form. A final export records the
/// date and what it contained on the plan (so a later change shows); applying in GAIA is marked
/// apart (`plan submitted`). An incomplete plan only goes as a draft.
struct ExportPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Write the yearly plan (jaarplan) as DOCX, HTML, Markdown or JSON.",
        discussion: """
            Without --from: the earliest plan not yet submitted in GAIA that has not ended, else today's. A final \
            export (without --draft) records today as the plan's export date; exporting is not applying: mark the \
            application with 'plan submitted' once it went in to GAIA. An incomplete plan is refused, with what is \
            missing, unless --draft: then every page says CONCEPT and no date is recorded.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @Option(help: "docx, html, md or json.") var format = "docx"
    @Flag(help: "Export as a draft, marked CONCEPT (also when fields are missing).") var draft = false
    @Option(help: ArgumentHelp("The first day of the plan's year (or any day in it).", valueName: "date")) var from: String?
    @OptionGroup var target: ExportTarget

    func run() throws {
        let workspace = try Workspace(options)
        let kind = ExportKind.plan(try FormatOption.parse(format, as: PlanFormat.self))
        let original = workspace.groups[try workspace.groupIndex(self.group)]
        var group = original
        let plan = group.plans[try workspace.planIndex(in: group, from: from) { $0.workingPlanIndex(today: workspace.today) }]
        let request = ExportRequest(kind, group: group, plan: plan, supervisor: workspace.supervisor, draft: draft, today: workspace.today)
        let refused = { (refusal: ExportRefusal) in CommandText.exportRefused(refusal.message) }
        if let refusal = request.refusal { throw CLIError(refused(refusal)) }
        if request.recordsExport { group.recordPlanExport(from: plan.from, on: workspace.today, supervisor: workspace.supervisor) }
        // Decided before the document is written: a group whose file cannot be saved (damaged,
        // newer, changed on disk) refuses the final export, and nothing is written.
        if group != original { try workspace.checkSavable(group) }
        let path = try target.export(request, refused: refused)
        guard request.recordsExport else { return }
        if group != original {
            do {
                try workspace.save(group)
            } catch let error as CLIError {
                // Only a failure of the save itself gets here (a disk that filled up, another
                // program's lock): the document is written and stays; say clearly what was not done.
                Output.error("intervisie: " + workspace.text(CommandText.exportDateNotRecorded(path, error.message)))
                return
            }
        }
        if plan.submitted == nil {
            Output.error(workspace.text(CommandText.exportedNotSubmitted(on: workspace.today, group: group.id, plan: plan.from)))
        }
    }
}

/// `intervisie export attendance GROUP`: who was at each held meeting of a year, to sign and hand in;
/// with `--date`, one meeting: a held one's list, or a blank sheet to sign at one still to come.
struct ExportAttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance", abstract: "Write the attendance list (presentielijst) as CSV, DOCX or HTML.",
        discussion: """
            Without --from: the year the rules judge today (today's, else the latest ended). With --date: the list of \
            that one meeting; for a meeting planned and not yet held, a blank sign-in sheet (group, date, times, topic, \
            members with their BIG numbers, a column to sign, the supervisor's signature), as DOCX unless --format says otherwise.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @Option(help: "csv, docx or html (default: csv; docx with --date).") var format: String?
    @Option(help: ArgumentHelp("The first day of the plan's year (or any day in it).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("One meeting: held, its list; planned, a blank sign-in sheet.", valueName: "date")) var date: String?
    @OptionGroup var target: ExportTarget

    func validate() throws {
        if from != nil && date != nil {
            throw CLIError(CommandText.fromOrDate)
        }
    }

    func run() throws {
        let workspace = try Workspace(options)
        if let date {
            let day = try Input.date(date, option: "--date")
            let kind = ExportKind.meetingAttendance(try FormatOption.parse(format ?? "docx", as: AttendanceFormat.self), date: day)
            try exportYear(kind, group: group, from: day.iso, target: target, workspace: workspace) { _ in nil }
            return
        }
        let kind = ExportKind.attendance(try FormatOption.parse(format ?? "csv", as: AttendanceFormat.self))
        try exportYear(kind, group: group, from: from, target: target, workspace: workspace, choose: workspace.judgedPlanIndex)
    }
}

/// `intervisie export calendar GROUP`: the planned meetings for a calendar program.
struct ExportCalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "Write the planned meetings as an iCalendar file (.ics), one event per meeting.",
        discussion: "Without --from: the plan the form works on (the next one to hand in, else today's).")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @Option(help: ArgumentHelp("The first day of the plan's year (or any day in it).", valueName: "date")) var from: String?
    @OptionGroup var target: ExportTarget

    func run() throws {
        let workspace = try Workspace(options)
        try exportYear(.calendar, group: group, from: from, target: target, workspace: workspace) { $0.workingPlanIndex(today: workspace.today) }
    }
}

/// The exports of one year that record nothing.
private func exportYear(_ kind: ExportKind, group name: String, from: String?, target: ExportTarget, workspace: Workspace,
                        choose: (Group) -> Int?) throws {
    let group = workspace.groups[try workspace.groupIndex(name)]
    let plan = group.plans[try workspace.planIndex(in: group, from: from, default: choose)]
    try target.export(ExportRequest(kind, group: group, plan: plan, supervisor: workspace.supervisor, today: workspace.today))
}
