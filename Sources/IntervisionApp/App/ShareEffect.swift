import IntervisionCore

/// What the sharing screens (import, passphrase, sync) ask the runtime for. Opening an encrypted
/// file, encrypting and syncing take a second or more: the runtime runs those off the UI thread and
/// their results (and a sync's progress) come back as events like any other.
public enum ShareEffect: Sendable, Equatable {
    /// The names in the folder of `typed` (a path as typed, `~` for home) that start with its last part.
    case completePath(String)
    /// Read a hand-over file (the path as typed); an encrypted one is opened with `passphrase`, or
    /// answered with `handoverNeedsPassphrase` when there is none.
    case openHandover(path: String, passphrase: String?)
    /// Six words to propose as a passphrase.
    case proposePassphrase
    /// Where the synced data folder stands (without contacting the remote).
    case loadSyncStatus
    /// Commit, fetch, merge, push (`intervisie sync`), off the UI thread, with progress.
    case sync(language: Language)
    /// Read the data folder again (after a sync replaced files).
    case reloadData
}

public enum ShareResult: Sendable {
    /// The candidates for completing `typed`, sorted, folders marked.
    case pathCompletions(typed: String, [PathCandidate])
    /// The file holds a group. `path` is the file as opened (absolute); `usableID` says whether
    /// the file's id may name a group file here.
    case handoverOpened(path: String, group: Group, usableID: Bool)
    /// The file is encrypted; ask for the passphrase and open it again.
    case handoverNeedsPassphrase(path: String)
    /// Not read: the message names the file and why (damaged, not a group file, …).
    case handoverFailed(LocalizedText, wrongPassphrase: Bool)
    case passphraseProposed(String)
    /// nil: the data folder is not synced.
    case syncStatus(SyncState?)
    case syncProgress(SyncStep)
    case synced(SyncSummary)
    /// The sync did not complete; `status` is where the folder stands now.
    case syncFailed(LocalizedText, status: SyncState?)
    case dataReloaded(groups: [Group], supervisor: Supervisor?, problems: [LocalizedText])
    /// The folder could not be read again: the screens keep what they show (and the store, which
    /// knows the files changed, refuses to save over them).
    case reloadFailed(LocalizedText)
}

/// One name in a folder, offered to complete a typed path.
public struct PathCandidate: Sendable, Equatable {
    public var name: String
    public var isFolder: Bool
    public init(name: String, isFolder: Bool) {
        self.name = name
        self.isFolder = isFolder
    }
}

/// The steps of a sync, as the status bar names them while it runs.
public enum SyncStep: Sendable, Equatable {
    case committing, fetching, merging, writing, pushing
}

/// A moment in local time, as far as the screens need one: the day and the clock.
public struct LocalMoment: Sendable, Equatable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int
    public init(date: CivilDate, hour: Int, minute: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }
}

/// Where a synced data folder stands, for the status bar.
public struct SyncState: Sendable, Equatable {
    public var remote: String
    /// The last sync that completed; nil: never.
    public var lastSync: LocalMoment?
    /// Commits made here that the remote does not have yet.
    public var unpushedCommits: Int
    /// The step of a sync under way.
    public var running: SyncStep?
    /// Why the last sync failed (cleared by one that succeeds).
    public var failure: LocalizedText?

    public init(remote: String, lastSync: LocalMoment? = nil, unpushedCommits: Int = 0) {
        self.remote = remote
        self.lastSync = lastSync
        self.unpushedCommits = unpushedCommits
    }
}

/// What a sync did, in short.
public struct SyncSummary: Sendable, Equatable {
    /// Commits made here and sent.
    public var sent: Int
    /// Commits received from other machines.
    public var received: Int
    /// What the merge decided where both machines differed.
    public var notes: [LocalizedText]
    /// Meetings and evaluations with two versions in the whole folder, after the sync.
    public var conflicts: Int
    public var status: SyncState

    public init(sent: Int, received: Int, notes: [LocalizedText] = [], conflicts: Int = 0, status: SyncState) {
        self.sent = sent
        self.received = received
        self.notes = notes
        self.conflicts = conflicts
        self.status = status
    }
}
