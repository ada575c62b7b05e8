import ArgumentParser
import Foundation
import IntervisionCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the groups against the rules; exit 1 when there are errors.",
        discussion: "Rules are judged for the year that contains today (else the latest year that ended).")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "One group (name or id); default: all.") var group: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let workspace = try Workspace(options)
        let groups = try group.map { [workspace.groups[try workspace.groupIndex($0)]] } ?? workspace.groups
        let reports = RulesEngine.reports(for: groups, supervisor: workspace.supervisor, today: workspace.today)
        if json {
            let json = CheckOutput.json(reports, today: workspace.today, problems: group == nil ? workspace.problems : [],
                                        language: workspace.language)
            Output.json(json)
        } else {
            if group == nil { workspace.warnAboutProblems() }
            CheckOutput.lines(reports, language: workspace.language).forEach(Output.line)
        }
        let loadFailed = group == nil && !workspace.failedFiles.isEmpty
        if loadFailed || reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
}
