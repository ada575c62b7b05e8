import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore
import IntervisionStore

/// One data folder kept in step with others through a git remote (docs/sync.md). git stores the
/// history and moves it; the merging of group files is the domain's (`GroupSyncMerge`, run by git
/// as the merge driver), and the files of the data folder are only ever replaced as the store
/// replaces them: atomically, under the folder's lock, so a sync killed at any moment leaves every
/// file loadable and the next sync completes it.
///
/// A sync: commit what changed here; fetch; merge (without touching the working files:
/// `git merge-tree`); write the merged files; push. The app calls `sync(progress:)` off its UI
/// thread and reloads its data afterwards (a store that read a file git replaced refuses to save
/// over it).
public struct SyncFolder: Sendable {
    public let store: Store
    /// The command git runs as the merge driver: this program's path, then `sync merge-driver`.
    let driver: [String]
    let folder: String
    /// The language of the commit messages (the history is read by the same person).
    let language: Language
    var git: Git { Git(folder: folder) }
    /// The branch synced folders use.
    public static let branch = "main"
    static let remoteName = "origin"

    /// `executable`: the path of the `intervisie` program (the merge driver is one of its commands).
    public init(store: Store, executable: String, language: Language = .nl) {
        self.store = store
        self.language = language
        driver = [executable, "sync", "merge-driver"]
        folder = store.folder.standardizedFileURL.path
    }

    public enum Step: Sendable, Equatable {
        case committing, fetching, merging, writing, pushing
    }

    // MARK: - Connecting

    /// Makes the data folder a synced folder (a git repository, if it is not one yet) connected to
    /// `remote`, then syncs once: an empty remote gets this folder's data, an empty folder gets the
    /// remote's, and two folders with data are merged. When the remote cannot be reached, a
    /// repository made just now is removed again: the folder is as it was.
    public func initialize(remote: String, progress: (Step) -> Void = { _ in }) throws(SyncError) -> SyncResult {
        guard !remote.isEmpty, !remote.hasPrefix("-"), !remote.contains(where: \.isNewline) else { throw .invalidRemote(remote) }
        let created = !isRepository
        if created {
            try locked { () throws(SyncError) in
                try git.check(["init", "-q", "-b", Self.branch])
            }
        }
        chmod(folder + "/.git", 0o700)
        if let current = try git.value(["config", "--get", "remote.\(Self.remoteName).url"]) {
            guard current == remote else { throw .otherRemote(current: current, asked: remote) }
        } else {
            try git.check(["remote", "add", Self.remoteName, remote])
        }
        do {
            return try sync(progress: progress)
        } catch {
            if created, case .remoteUnreachable = error {
                try? FileManager.default.removeItem(atPath: folder + "/.git")
                for name in [SyncLayout.ignoreFile, SyncLayout.attributesFile] { unlink(folder + "/" + name) }
            }
            throw error
        }
    }

    /// Whether the data folder is a git repository.
    public var isRepository: Bool {
        var info = stat()
        return stat(folder + "/.git", &info) == 0
    }

    // MARK: - Syncing

    /// Commits what changed here, fetches, merges and pushes; a push that loses a race with another
    /// machine is tried again. Throws, with the data files as they were, when the folder is not
    /// synced, the remote cannot be reached or a file cannot be merged.
    public func sync(progress: (Step) -> Void = { _ in }) throws(SyncError) -> SyncResult {
        guard isRepository else { throw .notARepository(folder: folder) }
        guard let remote = try git.value(["config", "--get", "remote.\(Self.remoteName).url"]) else { throw .noRemote }
        try prepare()
        var result = SyncResult(remote: remote)
        for _ in 0..<3 {
            progress(.committing)
            if let commit = try locked({ () throws(SyncError) in try commitLocalChanges() }) { result.committed.append(commit) }
            progress(.fetching)
            try fetch(remote)
            let remoteHead = try git.value(["rev-parse", "--verify", "-q", "refs/remotes/\(Self.remoteName)/\(Self.branch)"])
            progress(.merging)
            let merged = try locked { () throws(SyncError) -> MergeOutcome? in
                if let commit = try commitLocalChanges() { result.committed.append(commit) }
                guard let remoteHead else { return nil }
                return try merge(remoteHead, progress: progress)
            }
            if let merged {
                result.received += merged.received
                result.notes += merged.notes
            }
            progress(.pushing)
            if try push(remote) {
                result.pushed = true
                break
            }
        }
        guard result.pushed else { throw .pushRaced }
        let stamp = ISO8601DateFormatter().string(from: Date())
        try? Data(stamp.utf8).write(to: URL(fileURLWithPath: folder + "/.git/" + SyncLayout.lastSyncFile))
        result.conflicts = openConflicts()
        return result
    }

    /// The layout, the merge driver and an identity for commits; and leftovers of a sync that was
    /// killed are cleared (under the lock, so no other sync is running).
    func prepare() throws(SyncError) {
        try locked { () throws(SyncError) in
            try SyncLayout.configure(git, driver: driver, store: store)
            try SyncLayout.writeFiles(store)
            SyncLayout.clearLeftovers(folder)
        }
    }

    // MARK: Commit

    /// Commits every change to the data files here, with a message that says what changed;
    /// returns the message's first line, nil when nothing changed. Caller holds the lock.
    func commitLocalChanges() throws(SyncError) -> String? {
        try git.check(["add", "-A", "--", "."])
        let head = try git.value(["rev-parse", "--verify", "-q", "HEAD"])
        let changes = try changedPaths(from: head ?? SyncLayout.emptyTree, to: nil)
        // A new synced folder without data of its own takes the remote's history as it is.
        guard !changes.isEmpty, head != nil || changes.contains(where: { !SyncLayout.isLayoutPath($0.path) }) else { return nil }
        let message = try CommitMessage.local(changes: changes, head: head, git: git, store: store, language: language)
        try git.check(["commit", "-q", "--no-verify", "-F", "-"], input: Data(message.utf8))
        return message.split(separator: "\n").first.map(String.init)
    }

    /// Paths with their change (A, M, D) between two commits, or between a commit and the index.
    func changedPaths(from: String, to: String?) throws(SyncError) -> [(status: Character, path: String)] {
        let arguments = to.map { ["diff", "--name-status", "-z", "--no-renames", from, $0] }
            ?? ["diff", "--cached", "--name-status", "-z", "--no-renames", from]
        let fields = try git.check(arguments).output.split(separator: "\0", omittingEmptySubsequences: true).map(String.init)
        var changes: [(Character, String)] = []
        var index = 0
        while index + 1 < fields.count {
            changes.append((fields[index].first ?? "M", fields[index + 1]))
            index += 2
        }
        return changes
    }

    // MARK: Fetch, merge, push

    func fetch(_ remote: String) throws(SyncError) {
        let result = try git.run(["fetch", "-q", "--no-tags", Self.remoteName,
                                  "+refs/heads/\(Self.branch):refs/remotes/\(Self.remoteName)/\(Self.branch)"])
        if result.succeeded { return }
        // An empty remote has no branch yet: reachable, nothing to fetch.
        if result.stderr.contains("couldn't find remote ref") { return }
        throw .remoteUnreachable(remote: remote, detail: SyncError.firstLine(result.stderr))
    }

    struct MergeOutcome {
        var received: [String] = []
        var notes: [LocalizedText] = []
    }

    /// Brings the remote's commit into this folder: adopted when this folder has no history or is
    /// behind, merged otherwise; the files that differ are then replaced. Caller holds the lock.
    func merge(_ remoteHead: String, progress: (Step) -> Void) throws(SyncError) -> MergeOutcome {
        var outcome = MergeOutcome()
        let head = try git.value(["rev-parse", "--verify", "-q", "HEAD"])
        let target: String
        if let head {
            if try git.run(["merge-base", "--is-ancestor", remoteHead, head]).succeeded { return outcome }
            if try git.run(["merge-base", "--is-ancestor", head, remoteHead]).succeeded {
                target = remoteHead
            } else {
                let (tree, notes) = try mergeTree(head, remoteHead)
                outcome.notes = notes
                let message = CommitMessage.merge(notes: notes, language: language)
                target = try git.check(["commit-tree", tree, "-p", head, "-p", remoteHead, "-F", "-"], input: Data(message.utf8)).output.trimmed
            }
            outcome.received = try receivedLines("\(head)..\(remoteHead)")
        } else {
            target = remoteHead
            outcome.received = try receivedLines(remoteHead)
        }
        progress(.writing)
        try apply(from: head, to: target)
        return outcome
    }

    /// The first lines of the commits in `range` (newest first), at most 20 and a count of the rest:
    /// a new machine receives years of history.
    func receivedLines(_ range: String) throws(SyncError) -> [String] {
        let shown = 20
        var lines = try git.check(["log", "--format=%s", "--no-merges", "--max-count=\(shown)", range]).output
            .split(separator: "\n").map(String.init)
        if lines.count == shown, let total = Int(try git.value(["rev-list", "--count", "--no-merges", range]) ?? ""), total > shown {
            lines.append(language == .nl ? "… en \(total - shown) eerdere" : "… and \(total - shown) earlier")
        }
        return lines
    }

    /// The merged tree of two commits, computed by git without touching the working files, with the
    /// merge driver's notes. A conflict the driver could not settle refuses the whole merge.
    func mergeTree(_ head: String, _ remoteHead: String) throws(SyncError) -> (tree: String, notes: [LocalizedText]) {
        let notesPath = folder + "/.git/" + SyncLayout.mergeNotesFile
        unlink(notesPath)
        defer { unlink(notesPath) }
        var git = self.git
        git.environment[SyncLayout.mergeNotesVariable] = notesPath
        let result = try git.run(["merge-tree", "--write-tree", "-z", "--name-only", "--allow-unrelated-histories", head, remoteHead])
        let notes = SyncLayout.readNotes(notesPath)
        let fields = result.output.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        guard let tree = fields.first, !tree.isEmpty, result.status == 0 || result.status == 1 else {
            throw .mergeFailed(paths: [], detail: SyncError.firstLine(result.stderr))
        }
        if result.status == 0 { return (tree, notes) }
        // Conflicted paths, then an empty field, then messages: count, paths, type, text.
        var index = 1
        var conflicted: [String] = []
        while index < fields.count, !fields[index].isEmpty {
            if !conflicted.contains(fields[index]) { conflicted.append(fields[index]) }
            index += 1
        }
        index += 1
        var settled = Set<String>()
        var details: [String] = []
        while index < fields.count, let count = Int(fields[index]) {
            let paths = Array(fields[min(index + 1, fields.count)..<min(index + 1 + count, fields.count)])
            let type = index + 1 + count < fields.count ? fields[index + 1 + count] : ""
            let text = index + 2 + count < fields.count ? fields[index + 2 + count] : ""
            // Removed on one side, changed on the other: the changed version is in the tree. Kept.
            if type == "CONFLICT (modify/delete)" { settled.formUnion(paths) } else if type.hasPrefix("CONFLICT") { details.append(text) }
            index += 3 + count
        }
        let unsettled = conflicted.filter { !settled.contains($0) }
        guard unsettled.isEmpty else {
            // The merge driver's own words (a newer version, a damaged file) say more than git's.
            let driverSaid = result.stderr.split(separator: "\n").first { $0.hasPrefix("intervisie: ") }.map { String($0.dropFirst(12)) }
            throw .mergeFailed(paths: unsettled, detail: driverSaid ?? details.first ?? SyncError.firstLine(result.stderr))
        }
        let kept = conflicted.map { LocalizedText(nl: "\($0): op de ene machine verwijderd, op de andere gewijzigd: blijft",
                                                  en: "\($0): removed on one machine, changed on the other: kept") }
        return (tree, notes + kept)
    }

    /// Replaces the data files that differ between `head` and `target` (atomically, as the store
    /// saves), then moves the index and the branch to `target`. Killed half-way, some files are new
    /// and the branch is not: the next sync commits them as changes and merges again, which settles.
    func apply(from head: String?, to target: String) throws(SyncError) {
        let changes = try changedPaths(from: head ?? SyncLayout.emptyTree, to: target).filter { SyncLayout.isDataPath($0.path) }
        let written = changes.filter { $0.status != "D" }.map(\.path)
        let contents = try Blobs.read(written.map { "\(target):\($0)" }, git: git)
        var replacements: [(path: String, contents: Data?)] = []
        for (index, path) in written.enumerated() { replacements.append((path, contents[index])) }
        for change in changes where change.status == "D" { replacements.append((change.path, nil)) }
        do throws(StoreError) {
            try store.replaceFilesWhileLocked(replacements)
        } catch {
            throw .store(error)
        }
        try git.check(["read-tree", target])
        try git.check(["update-ref", "-m", "intervisie sync", "HEAD", target] + (head.map { [$0] } ?? []))
        _ = try git.run(["update-index", "-q", "--refresh"])
    }

    /// Pushes; false when the remote moved on meanwhile (fetch and merge again).
    func push(_ remote: String) throws(SyncError) -> Bool {
        let result = try git.run(["push", "-q", "--no-verify", Self.remoteName, "HEAD:refs/heads/\(Self.branch)"])
        if result.succeeded { return true }
        if result.stderr.contains("[rejected]") || result.stderr.contains("non-fast-forward") || result.stderr.contains("fetch first") {
            return false
        }
        throw .remoteUnreachable(remote: remote, detail: SyncError.firstLine(result.stderr))
    }

    // MARK: Status

    /// Where the folder stands, without contacting the remote.
    public func status() throws(SyncError) -> SyncStatus {
        guard isRepository else { return SyncStatus(synced: false) }
        var status = SyncStatus(synced: true)
        status.remote = try git.value(["config", "--get", "remote.\(Self.remoteName).url"])
        if let text = try? String(contentsOfFile: folder + "/.git/" + SyncLayout.lastSyncFile, encoding: .utf8) {
            status.lastSync = ISO8601DateFormatter().date(from: text.trimmed)
        }
        let tracking = "refs/remotes/\(Self.remoteName)/\(Self.branch)"
        if try git.value(["rev-parse", "--verify", "-q", "HEAD"]) != nil {
            let range = try git.value(["rev-parse", "--verify", "-q", tracking]) != nil ? "\(tracking)..HEAD" : "HEAD"
            status.unpushedCommits = Int(try git.value(["rev-list", "--count", range]) ?? "0") ?? 0
        }
        let porcelain = try git.check(["status", "--porcelain", "-z", "--untracked-files=all"]).output
        status.changedFiles = porcelain.split(separator: "\0").filter { SyncLayout.isDataPath(String($0.dropFirst(3))) }.count
        status.conflicts = openConflicts()
        return status
    }

    /// Every meeting and evaluation with two versions, over all groups.
    func openConflicts() -> [SyncResult.Conflict] {
        let loaded = store.loadAll()
        return loaded.groups.flatMap { group in
            group.conflicts.compactMap { conflict -> SyncResult.Conflict? in
                switch conflict {
                case .meeting(let other):
                    let date = group.meetings.first { $0.id == other.id }?.date ?? other.date
                    return SyncResult.Conflict(groupID: group.id, groupName: group.name, kind: .meeting, date: date)
                case .evaluation(let other):
                    let date = group.evaluations.first { $0.id == other.id }?.date ?? other.date
                    return SyncResult.Conflict(groupID: group.id, groupName: group.name, kind: .evaluation, date: date)
                }
            }
        }
    }

    /// Runs `body` holding the data folder's lock.
    @discardableResult
    func locked<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
        do {
            return try store.withFolderLock { try body() }
        } catch let error as SyncError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .gitFailed(command: "lock", detail: "\(error)")
        }
    }
}

extension SyncError {
    /// git's first line of complaint, for a message.
    static func firstLine(_ text: String) -> String {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.first ?? ""
    }
}
