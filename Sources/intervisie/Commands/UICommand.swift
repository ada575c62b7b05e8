import ArgumentParser
import Foundation
import IntervisionStore
import IntervisionRuntime
import Terminal

/// `intervisie` (no command): the terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the terminal UI (the default).")

    @OptionGroup var options: GlobalOptions

    /// Benchmarks (scripts/bench-tui), not for users.
    @Flag(help: .hidden) var benchFirstFrame = false
    @Option(help: .hidden) var benchKeys: Int?

    func run() throws {
        if let benchKeys { throw ExitCode(TUIBenchmark.run(groups: benchKeys)) }
        let folder = DataFolder.current(explicit: options.dataDir)
        var launch = LaunchOptions(dataFolder: folder, today: try options.resolvedToday(), language: options.requestedLanguage,
                                   environment: options.environment, store: FolderDataStore(folder: folder))
        launch.exitAfterFirstFrame = benchFirstFrame
        let status = InteractiveApp.run(launch)
        if status != 0 { throw ExitCode(status) }
    }
}
