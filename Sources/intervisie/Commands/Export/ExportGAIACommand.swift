import ArgumentParser
import Foundation
import IntervisionCore

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
        let meeting: Meeting
        do throws(EditError) { meeting = try group.meeting(on: day) } catch { throw error.cli }
        let numbers = group.gaiaBIGNumbers(of: meeting)
        if numbers.isEmpty { Output.error(workspace.text(CommandText.nobodyToReport(on: day))) }
        guard let output else {
            for number in numbers { Output.line(number.digits) }
            return
        }
        try ExportTarget.write(Data(group.gaiaImportText(of: meeting).utf8), to: output, force: force)
    }
}
