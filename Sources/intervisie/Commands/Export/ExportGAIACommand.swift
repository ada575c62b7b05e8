import ArgumentParser
import Foundation
import IntervisionCore
import IntervisionExport

/// `intervisie export gaia GROUP --date D`: the BIG numbers of those present at a meeting, one per
/// line, for GAIA's attendance import ("Importeren" in PE-online).
struct ExportGAIACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaia", abstract: "Write the BIG numbers of the members present at a meeting, one per line, for GAIA's import.",
        discussion: """
            The 11-digit BIG numbers (leading zeros kept) of the BIG-registered members present at the meeting held on \\
            --date, in the group's member order. To standard output, or to --output. Paste them into GAIA's attendance \\
            import, then mark the meeting with 'meeting reported'.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @Option(help: ArgumentHelp("Date of the meeting.", valueName: "date")) var date: String
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?
    @Flag(help: "Overwrite the file if it exists.") var force = false

    func validate() throws {
        if let output, output.isEmpty { throw CLIError(CommandText.emptyOutputName) }
    }

    func run() throws {
        let workspace = try Workspace(options)
        let day = try Input.date(date, option: "--date")
        let group = workspace.groups[try workspace.groupIndex(self.group)]
        do throws(EditError) { _ = try group.meeting(on: day) } catch { throw error.cli }
        // The same bytes as the app's export dialog and GAIA dialog: one `ExportJob`.
        let data: Data
        do throws(ExportFailure) {
            data = try ExportJob.render(ExportRequest(.gaiaList(date: day), group: group, today: workspace.today), now: Date())
        } catch {
            throw CLIError(error.message)
        }
        if data.isEmpty { Output.error(workspace.text(CommandText.nobodyToReport(on: day))) }
        guard let output else {
            for number in String(decoding: data, as: UTF8.self).split(separator: "\n") { Output.line(String(number)) }
            return
        }
        try ExportTarget.write(data, to: output, force: force)
    }
}
