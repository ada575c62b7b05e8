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

    /// Writes `data` and prints the path written (so scripts can pick it up). `suffix` ends the
    /// name whatever was asked (`.age` for an encrypted file: `-o groep.json` writes `groep.json.age`).
    func write(_ data: Data, groupName: String, kind: String, ext: String, workspace: Workspace, suffix: String = "") throws {
        var path = output ?? ExportFileName.safe(for: groupName, kind: kind, ext: ext)
        if !path.hasSuffix(suffix) { path += suffix }
        try Self.write(data, to: path, force: force)
    }

    /// Writes `data` to `path` (0600, never over a file without `force`) and prints the path.
    static func write(_ data: Data, to path: String, force: Bool) throws {
        let url = URL(fileURLWithPath: path)
        do throws(ExportFileError) {
            try ExportFile.write(data, to: url, force: force)
        } catch {
            throw CLIError(error.message)
        }
        print(url.path)
    }
}
