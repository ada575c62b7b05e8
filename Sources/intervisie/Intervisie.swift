import ArgumentParser
import IntervisionCore

/// `intervisie`: the terminal UI without a subcommand, the domain actions as subcommands.
struct Intervisie: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intervisie",
        abstract: "Records and rules for accredited intervision groups of medical specialists.",
        discussion: """
            Without a command the terminal UI opens. Dates: YYYY-MM-DD or dd-mm-jjjj. A group is named by \
            its name or its id, a member by name. Exit codes: 0 no errors, 1 error findings (check), \
            2 bad usage or input (nothing is written).
            """,
        subcommands: [
            UICommand.self, GroupCommand.self, MemberCommand.self, SupervisorCommand.self, PlanCommand.self,
            MeetingCommand.self, EvaluationCommand.self, CheckCommand.self, AgendaCommand.self, ExportCommand.self, DemoCommand.self,
            ImportCommand.self, SyncCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )
}
