import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore
import IntervisionStore

/// `intervisie import FILE`: takes in a group file from another machine (`intervisie export group`).
/// A new group is added. For a group that is here, the changes are shown and applied only when
/// confirmed; the meeting records here are never replaced (see `GroupMerge`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Take in a group file from another machine (made by 'export group').",
        discussion: """
            A group that is not here yet is added. For a group that is here, the plan part (basics, participants, \
            yearly plans) comes from the file; held meetings and evaluations here are kept, those in the file that are \
            not here are added, and a meeting that differs is reported and kept as it is here. The changes are shown \
            and applied after confirmation: a question on a terminal, or --yes. Without a terminal and without --yes \
            nothing changes. A damaged file, or one from a newer version, is refused (exit 2). An encrypted file \
            (age, made by 'export group --encrypt'; recognised by its content) asks for its passphrase, or reads it \
            from --passphrase-file; a wrong passphrase is refused (exit 2) and nothing is written.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group file to read.") var file: String
    @Flag(name: .shortAndLong, help: "Apply the changes without asking.") var yes = false
    @OptionGroup var passphrase: PassphraseOptions

    func run() throws {
        let workspace = try Workspace(options)
        let incoming = try read(file, language: workspace.language)
        let review = ImportReview.make(incoming: incoming, source: file, into: workspace.groups, isUsableID: GroupFileName.isValid)
        switch review.action {
        case .add(let group):
            try workspace.addGroup(group)
            workspace.say(ImportReview.added(group))
        case .unchanged:
            for line in review.lines { Output.line(line.prefix + workspace.text(line.text)) }
        case .update(_, let merged):
            for line in review.lines { Output.line(line.prefix + workspace.text(line.text)) }
            guard confirmed(workspace.language) else {
                workspace.say(CommandText.nothingChanged)
                return
            }
            try workspace.save(merged)
            workspace.say(CommandText.applied)
        }
    }

    /// The group in the file; a missing, damaged or newer file, a FIFO, a device, a folder or a
    /// huge file is refused with its path (and position). An encrypted file is opened with the passphrase, asked only once it is known to be one.
    private func read(_ path: String, language: Language) throws -> Group {
        let data: Data
        do throws(HandoverError) { data = try HandoverFile.read(path) } catch { throw CLIError(error.message) }
        let secret = HandoverFile.isEncrypted(data) ? try passphrase.forOpening(path, language: language) : nil
        do throws(HandoverError) {
            return try HandoverFile.group(from: data, passphrase: secret, source: path)
        } catch {
            throw CLIError(error.message)
        }
    }

    /// `--yes`, or "j"/"y" typed on a terminal. Without a terminal nobody can answer: no.
    private func confirmed(_ language: Language) -> Bool {
        if yes { return true }
        guard isatty(STDIN_FILENO) == 1 else { return false }
        Output.prompt(CommandText.applyQuestion.text(language))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return ["j", "ja", "y", "yes"].contains(answer)
    }
}
