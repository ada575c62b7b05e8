import ArgumentParser
import IntervisionCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Fill an empty data folder with a realistic demo data set (for trying and benchmarks).")
    @OptionGroup var options: GlobalOptions
    @Option(help: "Number of groups.") var groups: Int = 12
    @Option(help: "Random seed: the same seed gives the same data.") var seed: UInt64 = 1

    func validate() throws {
        guard (1...100_000).contains(groups) else {
            throw CLIError(CommandText.demoGroupCount)
        }
    }

    func run() throws {
        let workspace = try Workspace(options)
        guard workspace.groups.isEmpty && workspace.problems.isEmpty else {
            throw CLIError(CommandText.folderNotEmpty)
        }
        let demo = DemoData.generate(groups: groups, seed: seed, today: workspace.today)
        // One batch: on a full disk neither the groups nor the profile are left behind.
        try workspace.addGroups(demo.groups, profile: workspace.supervisor == nil ? demo.supervisor : nil)
        workspace.say(CommandText.demoWritten(groups, folder: workspace.store.folder.path))
    }
}
