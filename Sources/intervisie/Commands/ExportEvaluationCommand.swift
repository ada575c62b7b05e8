import ArgumentParser
import Foundation
import IntervisionCore
import IntervisionExport

extension EvaluationFormat: ExpressibleByArgument {}

/// `intervisie export evaluation GROUP [--date D] [--format md|html] [--output FILE] [--force]`:
/// the annual evaluation as a document, for the next year's application in GAIA.
struct ExportEvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation",
        abstract: "Write a group's annual evaluation (Markdown, HTML or DOCX, in Dutch).",
        discussion: """
            Without --date the latest evaluation is written. It opens with the year's figures (meetings held against \
            planned, each member's attendance, 75 % and hours, counted up to today), then the answers, then a place \
            and date for the supervisor's signature. Prints the path of the file written.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @Option(help: ArgumentHelp("The date of the evaluation (default: the latest).", valueName: "date")) var date: String?
    @Option(help: "md, html or docx.") var format: EvaluationFormat = .md
    @OptionGroup var target: ExportTarget

    func run() throws {
        let workspace = try Workspace(options)
        let group = workspace.groups[try workspace.groupIndex(self.group)]
        let day = try Input.optionalDate(date, option: "--date")
        let evaluation = try Self.pick(from: group, on: day)
        try target.export(ExportRequest(.evaluation(format), group: group, evaluation: evaluation, supervisor: workspace.supervisor,
                                        today: workspace.today))
    }

    /// The evaluation on `day`, else the latest; a refusal lists the dates there are.
    static func pick(from group: Group, on day: CivilDate?) throws -> Evaluation {
        guard let latest = group.evaluations.max(by: { $0.date < $1.date }) else {
            throw CLIError(CommandText.noEvaluation(group.name))
        }
        guard let day else { return latest }
        if let match = group.evaluations.last(where: { $0.date == day }) { return match }
        let dates = group.evaluations.map(\.date)
        throw CLIError(CommandText.noEvaluation(on: day, dates: dates))
    }
}
