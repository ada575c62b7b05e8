import ArgumentParser
import Foundation
import IntervisionCore

// Exit codes are part of the interface: 0 fine, 1 error findings, 2 bad usage or input.
// ArgumentParser's own usage errors (64) are mapped to 2 as well.
do {
    var command = try Intervisie.parseAsRoot(ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch let error as CLIError {
    let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
    let chosen = CommandLine.arguments.firstIndex(of: "--lang").flatMap { index in
        index + 1 < CommandLine.arguments.count ? Language(rawValue: CommandLine.arguments[index + 1]) : nil
    } ?? language
    Output.error("intervisie: \(error.message.text(chosen))")
    exit(2)
} catch let exit as ExitCode {
    Intervisie.exit(withError: exit)
} catch {
    let code = Intervisie.exitCode(for: error)
    if code == .success {
        Intervisie.exit(withError: error)  // --help, --version: printed to stdout, exit 0
    }
    Output.error(Intervisie.fullMessage(for: error))
    exit(2)
}
