import ArgumentParser
import Foundation
import IntervisionCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the groups against the rules; exit 1 when there are errors.",
        discussion: """
            By default every year that is not closed is judged: the years that ended (until 'plan close'), the running \
            year and the years to come (their application). With --from: only the year that starts on (or contains) \
            DATE, open or closed; groups without such a year are left out.
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "One group (name or id); default: all.") var group: String?
    @Option(help: ArgumentHelp("Judge only the year that starts on (or contains) this date.", valueName: "date")) var from: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let workspace = try Workspace(options)
        let groups = try workspace.groups(named: group)
        let year = try Input.optionalDate(from, option: "--from")
        let reports: [GroupReport]
        if let year {
            reports = RulesEngine.reports(for: groups, year: year, supervisor: workspace.supervisor, today: workspace.today)
            if group != nil && reports.isEmpty { throw EditError.noPlanFor(year).cli }
        } else {
            reports = RulesEngine.reports(for: groups, supervisor: workspace.supervisor, today: workspace.today)
        }
        if json {
            let json = CheckOutput.json(reports, today: workspace.today, problems: group == nil ? workspace.problems : [],
                                        language: workspace.language)
            Output.json(json)
        } else {
            if group == nil { workspace.warnAboutProblems() }
            CheckOutput.lines(reports, language: workspace.language, byYear: year != nil).forEach(Output.line)
        }
        if workspace.someGroupsMissing(whenAsked: group) || reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
}
