import ArgumentParser
import Foundation

/// `intervisie` (no command): the terminal UI.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ui", abstract: "Open the terminal UI (the default).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        throw CLIError(nl: "de terminalinterface is nog niet gebouwd", en: "the terminal UI is not built yet")
    }
}
