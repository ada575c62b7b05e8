import ArgumentParser
import Foundation
import IntervisionCore
import IntervisionExport

/// `intervisie export …`: documents and files that leave the data folder, on the user's request.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the yearly plan, attendance lists, the calendar, an evaluation or a group's file.",
        subcommands: [
            ExportPlanCommand.self, ExportAttendanceCommand.self, ExportCalendarCommand.self, ExportGroupCommand.self,
            ExportEvaluationCommand.self, ExportGAIACommand.self,
        ])
}

/// Where an export goes: `--output FILE`, else a safe name made from the group in the current folder.
/// Never over an existing file without `--force`.
struct ExportTarget: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: a name made from the group, in the current folder).", valueName: "file"))
    var output: String?

    @Flag(help: "Overwrite the file if it exists.")
    var force = false

    func validate() throws {
        if let output, output.isEmpty { throw CLIError(CommandText.emptyOutputName) }
    }

    /// Makes the export through the one `ExportJob`, prints the path written (so scripts can pick
    /// it up) and returns it. The kind's suffix ends the name whatever was asked (`-o groep.json` of
    /// an encrypted file writes `groep.json.age`). `refused` words Core's refusal for the command line.
    @discardableResult
    func export(_ request: ExportRequest, passphrase: String? = nil,
                refused: (ExportRefusal) -> LocalizedText = { $0.message }) throws -> String {
        var path = output ?? request.fileName
        if !path.hasSuffix(request.kind.requiredSuffix) { path += request.kind.requiredSuffix }
        let url = URL(fileURLWithPath: path)
        do throws(ExportFailure) {
            try ExportJob.write(request, to: url, force: force, passphrase: passphrase)
        } catch {
            if case .refused(let refusal) = error { throw CLIError(refused(refusal)) }
            throw CLIError(error.message)
        }
        Output.line(url.path)
        return url.path
    }

    /// Writes `data` an `ExportJob` rendered (the BIG numbers for GAIA, whose default is standard
    /// output, not a file) to `path` (0600, never over a file without `force`) and prints the path.
    static func write(_ data: Data, to path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path)
        do throws(ExportFileError) {
            try ExportFile.write(data, to: url, force: force)
        } catch {
            throw CLIError(error.message)
        }
        Output.line(url.path)
    }
}
