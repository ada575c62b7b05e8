import ArgumentParser
import Foundation
import IntervisionStore
import IntervisionRuntime
import Terminal

/// `intervisie` (no command): the terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the terminal UI (the default).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let folder = DataFolder.current(explicit: options.dataDir)
        var launch = LaunchOptions(dataFolder: folder, today: try options.resolvedToday(), language: options.requestedLanguage,
                                   environment: options.environment, store: FolderDataStore(folder: folder))
        // git runs this program as the merge driver when the app syncs the folder.
        launch.executable = executablePath
        let status = InteractiveApp.run(launch)
        if status != 0 { throw ExitCode(status) }
    }
}
