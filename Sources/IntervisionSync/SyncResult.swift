import Foundation
import IntervisionCore

/// What a sync did: for the command line's report, and for the app's status bar.
public struct SyncResult: Sendable, Equatable {
    public var remote: String
    /// First lines of the commits made here (what changed here since the last sync).
    public var committed: [String] = []
    /// First lines of the commits received from other machines.
    public var received: [String] = []
    /// What the merge decided where both machines differed.
    public var notes: [LocalizedText] = []
    public var pushed = false
    /// Meetings and evaluations with two versions, in the whole folder, after the sync.
    public var conflicts: [Conflict] = []

    public init(remote: String) { self.remote = remote }

    /// One record with two versions.
    public struct Conflict: Sendable, Equatable {
        public enum Kind: String, Sendable { case meeting, evaluation }
        public var groupID: GroupID
        public var groupName: String
        public var kind: Kind
        public var date: CivilDate
    }
}

/// Where a synced folder stands, without contacting the remote (`intervisie sync status`).
public struct SyncStatus: Sendable, Equatable {
    public var synced: Bool
    public var remote: String?
    public var lastSync: Date?
    /// Commits here the remote does not have yet (as far as the last fetch knows).
    public var unpushedCommits = 0
    /// Data files changed here since the last commit.
    public var changedFiles = 0
    public var conflicts: [SyncResult.Conflict] = []

    public init(synced: Bool) { self.synced = synced }
}
