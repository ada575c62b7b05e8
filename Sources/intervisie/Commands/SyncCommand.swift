import ArgumentParser
import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionStore
import IntervisionSync

/// `intervisie sync …`: one data folder on several machines, through a git remote (docs/sync.md).
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Keep this data folder in step with other machines through a git remote (docs/sync.md).",
        discussion: """
            Needs git. 'sync init REMOTE' connects the folder to a git remote you control (a bare repository on a network \
            share or USB disk, an ssh server, a private Gitea); 'sync' commits what changed here, fetches, merges and \
            pushes. Exit codes: 0 synced, 1 synced with conflicts to resolve ('sync resolve'), 2 failed (nothing changed).
            """,
        subcommands: [SyncRunCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncResolveCommand.self, SyncMergeDriverCommand.self],
        defaultSubcommand: SyncRunCommand.self)
}

/// This program's path, which git runs as the merge driver.
var executablePath: String {
    Bundle.main.executablePath ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
}

private func syncFolder(_ options: GlobalOptions) -> SyncFolder {
    SyncFolder(store: Store(folder: DataFolder.current(explicit: options.dataDir)), executable: executablePath, language: language(options))
}

/// The language of the messages: --lang, else the setting, else LANG (without loading every group).
private func language(_ options: GlobalOptions) -> Language {
    if let requested = options.requestedLanguage { return requested }
    let store = Store(folder: DataFolder.current(explicit: options.dataDir))
    return store.loadSettings().value.language ?? Language.fromEnvironment(options.environment)
}

/// Prints what a sync did (text from the data, such as commit lines from another machine, shown
/// safely by `Output`) and ends with its exit code: 0, or 1 with conflicts to resolve.
private func report(_ result: SyncResult, _ language: Language) throws {
    Output.line(CommandText.synced(with: result.remote).text(language))
    for line in result.committed { Output.line("  ↑ \(line)") }
    for line in result.received { Output.line("  ↓ \(line)") }
    for note in result.notes { Output.line("  ! " + note.text(language)) }
    if result.committed.isEmpty && result.received.isEmpty { Output.line(CommandText.noSyncChanges.text(language)) }
    guard !result.conflicts.isEmpty else { return }
    Output.line(CommandText.pickAVersion.text(language))
    for conflict in result.conflicts { Output.line("  ! " + CommandText.conflict(conflict).text(language)) }
    throw ExitCode(1)
}

private extension SyncError {
    var cli: CLIError { CLIError(message) }
}

struct SyncRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Commit what changed here, fetch, merge and push (the default of 'intervisie sync').")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let language = language(options)
        let result: SyncResult
        do throws(SyncError) { result = try syncFolder(options).sync() } catch { throw error.cli }
        try report(result, language)
    }
}

struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Connect the data folder to a git remote and sync once.",
        discussion: """
            REMOTE is any git remote you control: a path to a bare repository (git init --bare) on a network share or \
            USB disk, user@host:path over ssh, or a private Gitea. Never a public host: the files hold personal data. \
            An empty remote gets this folder's data; an empty folder gets the remote's.
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The git remote.") var remote: String

    func run() throws {
        let language = language(options)
        let result: SyncResult
        do throws(SyncError) { result = try syncFolder(options).initialize(remote: remote) } catch { throw error.cli }
        try report(result, language)
    }
}

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Last sync, commits not yet pushed, changes not yet committed, conflicts (without contacting the remote).")
    @OptionGroup var options: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let language = language(options)
        let status: SyncStatus
        do throws(SyncError) { status = try syncFolder(options).status() } catch { throw error.cli }
        let lastSync = status.lastSync.map { ISO8601DateFormatter().string(from: $0) }
        if json {
            var conflicts = JSONOut.Array()
            for conflict in status.conflicts {
                conflicts.append(JSONOut.Object().string("group", conflict.groupID.rawValue).string("name", conflict.groupName)
                    .string("kind", conflict.kind.rawValue).string("date", conflict.date.iso))
            }
            let out = JSONOut.Object().bool("synced", status.synced).optionalString("remote", status.remote)
                .optionalString("lastSync", lastSync).int("unpushedCommits", status.unpushedCommits)
                .int("changedFiles", status.changedFiles).array("conflicts", conflicts)
            Output.json(out.closedBytes + [0x0A])
            return
        }
        guard status.synced else {
            Output.line(CommandText.notSynced.text(language))
            return
        }
        for text in CommandText.syncStatus(status, lastSync: lastSync) { Output.line(text.text(language)) }
        for conflict in status.conflicts { Output.line("  ! " + CommandText.conflict(conflict).text(language)) }
    }
}

struct SyncResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Pick one of the two versions of a meeting (or evaluation) two machines recorded differently.",
        discussion: """
            current: the version the group shows and the rules count now; other: the other machine's version, kept \
            aside by the sync. The choice is shared with the other machines at the next 'intervisie sync'.
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @Option(help: ArgumentHelp("The date of the meeting or evaluation.", valueName: "date")) var date: String
    @Option(help: ArgumentHelp("Which version to keep: current or other.", valueName: "current|other")) var keep: String
    @Flag(help: "The evaluation on that date, not the meeting.") var evaluation = false

    func run() throws {
        guard let choice = ConflictChoice(rawValue: keep.lowercased()) else {
            throw CLIError(CommandText.unknownChoice(keep))
        }
        let day = try Input.date(date, option: "--date")
        let workspace = try Workspace(options)
        try workspace.editGroup(group) { group in
            if evaluation {
                try group.resolveConflict(evaluation: day, keep: choice)
            } else {
                try group.resolveConflict(meeting: day, keep: choice)
            }
        }
        workspace.say(CommandText.chosen(choice))
    }
}

/// git's merge driver for the data files (registered by `sync init`); not for people.
struct SyncMergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver", abstract: "git's merge driver for the data files (run by git during a sync).", shouldDisplay: false)
    @Argument var base: String
    @Argument var current: String
    @Argument var other: String
    @Argument var path: String

    func run() throws {
        if let refusal = MergeDriver.run(basePath: base, currentPath: current, otherPath: other, path: path) {
            Output.error("intervisie: " + refusal.en)
            throw ExitCode(1)
        }
    }
}

/// The texts of `intervisie sync`.
extension CommandText {
    static func synced(with remote: String) -> LocalizedText {
        LocalizedText(nl: "Gesynchroniseerd met \(remote).", en: "Synced with \(remote).")
    }

    static let noSyncChanges = LocalizedText(nl: "  Geen wijzigingen.", en: "  No changes.")
    static let pickAVersion = LocalizedText(
        nl: "Twee versies, kies er één met 'intervisie sync resolve GROEP --date DATUM --keep current|other':",
        en: "Two versions, pick one with 'intervisie sync resolve GROUP --date DATE --keep current|other':")
    static let notSynced = LocalizedText(nl: "Niet gesynchroniseerd (begin met 'intervisie sync init REMOTE').",
                                         en: "Not synced (start with 'intervisie sync init REMOTE').")

    /// "Groep (id): bijeenkomst 12-03-2026".
    static func conflict(_ conflict: SyncResult.Conflict) -> LocalizedText {
        let kind = conflict.kind == .meeting ? LocalizedText(nl: "bijeenkomst", en: "meeting") : LocalizedText(nl: "evaluatie", en: "evaluation")
        let head = "\(conflict.groupName) (\(conflict.groupID.rawValue))"
        return LocalizedText(nl: "\(head): \(kind.nl) \(conflict.date.dutch)", en: "\(head): \(kind.en) \(conflict.date.iso)")
    }

    /// The lines of `sync status` before the conflicts themselves.
    static func syncStatus(_ status: SyncStatus, lastSync: String?) -> [LocalizedText] {
        [
            LocalizedText(nl: "Remote: \(status.remote ?? "—")", en: "Remote: \(status.remote ?? "—")"),
            LocalizedText(nl: "Laatst gesynchroniseerd: \(lastSync ?? "nog nooit")", en: "Last sync: \(lastSync ?? "never")"),
            LocalizedText(nl: "Commits nog niet verstuurd: \(status.unpushedCommits)", en: "Commits not yet pushed: \(status.unpushedCommits)"),
            LocalizedText(nl: "Bestanden gewijzigd sinds de laatste commit: \(status.changedFiles)",
                          en: "Files changed since the last commit: \(status.changedFiles)"),
            status.conflicts.isEmpty ? LocalizedText(nl: "Conflicten: geen", en: "Conflicts: none") : LocalizedText(nl: "Conflicten:", en: "Conflicts:"),
        ]
    }

    static func unknownChoice(_ value: String) -> LocalizedText {
        LocalizedText(nl: "--keep kent alleen current en other, niet '\(value)'", en: "--keep takes current or other, not '\(value)'")
    }

    static func chosen(_ choice: ConflictChoice) -> LocalizedText {
        choice == .current
            ? LocalizedText(nl: "Gekozen: de huidige versie. Deel de keuze met 'intervisie sync'.",
                            en: "Chosen: the current version. Share the choice with 'intervisie sync'.")
            : LocalizedText(nl: "Gekozen: de andere versie. Deel de keuze met 'intervisie sync'.",
                            en: "Chosen: the other version. Share the choice with 'intervisie sync'.")
    }
}
