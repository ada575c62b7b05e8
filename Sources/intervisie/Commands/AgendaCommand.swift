import ArgumentParser
import IntervisionCore

/// `intervisie agenda [GROUP] [--until DATE] [--json]`: every open action of the groups, by due date.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda", abstract: "List what each group needs next, by due date; exit 1 when something is overdue.",
        discussion: """
            The actions come from the same report as 'check': submit a plan in GAIA, hold the next meeting, enter a \\
            meeting's attendance in GAIA, evaluate a year, plan next year, close a year that ended, or fix an error. \\
            Overdue first, then this week, this month, later. With --until: only what is due on or before DATE \\
            (overdue included).
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "One group (name or id); default: all.") var group: String?
    @Option(help: ArgumentHelp("Only actions due on or before this date.", valueName: "date")) var until: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let workspace = try Workspace(options)
        let groups = try workspace.groups(named: group)
        let limit = try Input.optionalDate(until, option: "--until")
        let agendas = Agenda.groups(groups, supervisor: workspace.supervisor, today: workspace.today)
        let actions = Agenda.actions(of: agendas, until: limit)
        if json {
            Output.json(AgendaOutput.json(actions, today: workspace.today, language: workspace.language))
        } else {
            if group == nil { workspace.warnAboutProblems() }
            AgendaOutput.lines(actions, today: workspace.today, language: workspace.language, width: TerminalWidth.ofStandardOutput())
                .forEach(Output.line)
        }
        if workspace.someGroupsMissing(whenAsked: group) || actions.contains(where: \.isOverdue) { throw ExitCode(1) }
    }
}
