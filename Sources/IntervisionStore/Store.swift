import Foundation
import IntervisionCore

/// The data folder of one supervisor: `groups/<id>.json`, `profile.json`, `settings.json`
/// (docs/data-format.md). Remembers which version of each file it read, so that a save never
/// overwrites a file changed by someone else, a file from a newer version, or a file that did not
/// parse. Safe to share between threads; two processes on one folder are kept apart by a lock file.
public final class Store: @unchecked Sendable {
    /// The data folder; created (mode 0700) by the first save.
    public let folder: URL

    let folderPath: String
    let groupsPath: String
    let deletedPath: String

    /// What this session knows about each file it read or wrote, by absolute path.
    /// Guarded by `lock`, which also makes this process's saves one at a time.
    var records: [String: FileRecord] = [:]
    /// Whether stale temporary files have been swept yet (once per session is enough).
    var sweptTemporaries = false
    let lock = NSLock()

    /// How long a save waits for another program's lock on the folder before it gives up with
    /// `.lockTimeout` (writing nothing).
    public let lockTimeout: Double

    /// The default `lockTimeout`: a few seconds, long enough for any real save of another
    /// intervisie (ten thousand groups take about one), short enough that nobody waits in silence.
    public static let defaultLockTimeout = 5.0

    /// A store on `folder`; nothing is read or created until asked.
    public init(folder: URL, lockTimeout: Double = Store.defaultLockTimeout) {
        self.folder = folder
        self.lockTimeout = lockTimeout
        folderPath = folder.standardizedFileURL.path
        groupsPath = folderPath + "/groups"
        deletedPath = folderPath + "/deleted"
    }

    /// The file that holds the group with `id`.
    public func path(for id: GroupID) -> String {
        groupsPath + "/" + GroupFileName.fileName(for: id)
    }

    /// `profile.json`: the supervisor's own details.
    public var profilePath: String { folderPath + "/profile.json" }

    /// `settings.json`: the user's choices.
    public var settingsPath: String { folderPath + "/settings.json" }

    // MARK: - Writing, shared by every kind of file

    /// Replaces the files at `paths` atomically with `encode(i)` for `paths[i]`, after checking for
    /// each that this session may write it and that nobody changed it since it was read. Encoding
    /// and writing the temporary files run on all cores. Caller holds `lock`.
    func writeChecked(_ paths: [String], encode: @Sendable (Int) -> [UInt8]) throws(StoreError) {
        for path in paths {
            if let reason = records[path]?.refusal { throw StoreError.readOnly(path: path, because: reason) }
        }
        try POSIX.makeFolder(folderPath)
        for folder in Set(paths.map(POSIX.parentPath)) { try POSIX.makeFolder(folder) }
        try FolderLock.withLock(folderPath, timeout: lockTimeout) { () throws(StoreError) in
            sweepTemporariesOnce()
            for path in paths { try checkUnchanged(path) }
            // From this many files on, one syncfs is far cheaper than an fsync per file.
            let flush: AtomicWrite.Flush = paths.count >= 16 && AtomicWrite.canSyncFileSystem ? .wholeFileSystem : .eachFile
            let prepared = Parallel.map(paths.count, makeState: {}) { _, index in
                Result { () throws(StoreError) -> PendingWrite in
                    try AtomicWrite.prepare(encode(index), for: paths[index], flush: flush)
                }
            }
            var pending: [PendingWrite] = []
            pending.reserveCapacity(paths.count)
            var failure: StoreError?
            for result in prepared {
                switch result {
                case .success(let write): pending.append(write)
                case .failure(let error): failure = failure ?? error
                }
            }
            if let failure {
                AtomicWrite.abandon(pending)
                throw failure
            }
            var stamps: [(path: String, stamp: FileStamp)] = []
            stamps.reserveCapacity(paths.count)
            defer { for (path, stamp) in stamps { records[path] = .writable(stamp) } }
            try AtomicWrite.commit(pending, flush: flush, stamps: &stamps)
        }
    }

    /// The file at `path` must be exactly as this session last read or wrote it; a file it never
    /// saw must not exist. Caller holds `lock` and the folder lock.
    func checkUnchanged(_ path: String) throws(StoreError) {
        let recorded = records[path]?.stamp
        guard let status = try POSIX.status(path) else {
            if recorded != nil { throw StoreError.changedOnDisk(path: path) }
            return
        }
        guard let recorded, recorded.status == status else { throw StoreError.changedOnDisk(path: path) }
        // Same inode, size and modification time: only an edit that kept all three (in place within
        // one clock tick, or with the time set back) is left to rule out.
        let (_, current) = try POSIX.readFile(path, into: ReadBuffer(capacity: Int(status.size) + 1))
        guard current.contentHash == recorded.contentHash else { throw StoreError.changedOnDisk(path: path) }
    }

    /// Removes temporary files left by a save that was killed. Caller holds the folder lock, so
    /// no other well-behaved writer is in the middle of a save (every save writes its temporary
    /// files under that lock).
    func sweepTemporariesOnce() {
        guard !sweptTemporaries else { return }
        sweptTemporaries = true
        for folder in [folderPath, groupsPath] {
            for name in (try? POSIX.listFolder(folder)) ?? [] where AtomicWrite.isTemporary(name) {
                unlink(folder + "/" + name)
            }
        }
    }

    /// Runs `body` with `lock` held.
    func locked<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// What the store knows about one file.
enum FileRecord {
    /// Read or written cleanly; may be replaced while it still has this stamp.
    case writable(FileStamp)
    /// Shown, never saved over (newer version, unknown fields).
    case readOnly(FileStamp, StoreError)
    /// Did not load; never saved over. No stamp when it could not even be opened.
    case unreadable(FileStamp?, StoreError)

    var stamp: FileStamp? {
        switch self {
        case .writable(let stamp), .readOnly(let stamp, _): return stamp
        case .unreadable(let stamp, _): return stamp
        }
    }

    /// Why a save must not replace this file; nil when it may.
    var refusal: StoreError? {
        switch self {
        case .writable: return nil
        case .readOnly(_, let reason), .unreadable(_, let reason): return reason
        }
    }
}
