import ArgumentParser
import Foundation
import IntervisionCore
import IntervisionCrypto
import IntervisionExport
import IntervisionStore

/// `intervisie export group GROUP`: the group's own file, to hand to the contact person or the
/// supervisor on another machine, who takes it in with `intervisie import`. With `--encrypt` the
/// file is encrypted with a passphrase in the age format (`.json.age`).
struct ExportGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Write the group's data file (JSON) for the hand-over; read it in with 'intervisie import'.",
        discussion: """
            With --encrypt the file is encrypted with a passphrase (age format, readable by age, rage and pyrage too) \
            and its name ends in .age. The passphrase is asked twice on the terminal, read from --passphrase-file, or \
            made up with --generate-passphrase (six words, printed once on stderr, to read out over the phone).
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @OptionGroup var target: ExportTarget
    @Flag(help: "Encrypt the file with a passphrase (age format).") var encrypt = false
    @OptionGroup var passphrase: PassphraseOptions
    @Flag(name: .customLong("generate-passphrase"), help: "With --encrypt: make up a passphrase of six words and print it on stderr.")
    var generatePassphrase = false

    func validate() throws {
        if !encrypt && (generatePassphrase || passphrase.passphraseFile != nil) {
            throw CLIError(CommandText.passphraseOptionsNeedEncrypt)
        }
        if generatePassphrase && passphrase.passphraseFile != nil {
            throw CLIError(CommandText.onePassphraseSource)
        }
    }

    func run() throws {
        let workspace = try Workspace(options)
        let group = workspace.groups[try workspace.groupIndex(self.group)]
        let request = ExportRequest(.groupFile(encrypted: encrypt), group: group, today: workspace.today)
        guard encrypt else {
            try target.export(request)
            return
        }
        let secret: String
        if generatePassphrase {
            secret = GeneratedPassphrase.make()
            Output.error(workspace.text(CommandText.generatedPassphrase) + secret)
        } else {
            secret = try passphrase.forWriting(language: workspace.language)
        }
        try target.export(request, passphrase: secret)
    }
}
