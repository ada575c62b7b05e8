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
            throw CLIError(nl: "--groups moet tussen 1 en 100000 liggen", en: "--groups must be between 1 and 100000")
        }
    }

    func run() throws {
        let workspace = try Workspace(options)
        guard workspace.groups.isEmpty && workspace.problems.isEmpty else {
            throw CLIError(nl: "de datamap bevat al groepen; gebruik een lege map (--data-dir) voor de demo",
                           en: "the data folder already holds groups; use an empty folder (--data-dir) for the demo")
        }
        let demo = DemoData.generate(groups: groups, seed: seed, today: workspace.today)
        if workspace.supervisor == nil { try workspace.saveProfile(demo.supervisor) }
        try workspace.addGroups(demo.groups)
        print(workspace.text(LocalizedText(nl: "\(groups) demogroepen aangemaakt in \(workspace.store.folder.path)",
                                           en: "\(groups) demo groups written to \(workspace.store.folder.path)")))
    }
}
