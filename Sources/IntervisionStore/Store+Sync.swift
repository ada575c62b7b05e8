#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import IntervisionCore

/// What `intervisie sync` needs from the store: the folder's lock while git's results replace
/// files, and those replacements made as atomically as the store's own saves.
extension Store {
    /// Runs `body` holding the data folder's lock, the one every save takes: no save of any
    /// intervisie process on this folder runs meanwhile. Creates the folder (0700) if needed. Waits
    /// `lockTimeout` at most for another holder (then `.lockTimeout`, and `body` does not run).
    /// Not reentrant: `body` must not save through a store.
    public func withFolderLock<T>(_ body: () throws -> T) throws -> T {
        try POSIX.makeFolder(folderPath)
        let descriptor = try FolderLock.acquire(folderPath, timeout: lockTimeout)
        defer { close(descriptor) }
        return try body()
    }

    /// Replaces (or, for nil, removes) files below the data folder given by relative path, each
    /// atomically (temporary file, fsync, rename), mode 0600, missing folders made 0700. For sync,
    /// which holds the lock (`withFolderLock`) and has checked the files itself; a store that read
    /// these files before will refuse to save over them (they changed on disk), so the app reloads.
    public func replaceFilesWhileLocked(_ changes: [(path: String, contents: Data?)]) throws(StoreError) {
        // As for saves: from this many files on, one syncfs is far cheaper than an fsync per file.
        let flush: AtomicWrite.Flush = changes.count >= 16 && AtomicWrite.canSyncFileSystem ? .wholeFileSystem : .eachFile
        var writes: [PendingWrite] = []
        for change in changes {
            let path = folderPath + "/" + change.path
            guard let contents = change.contents else {
                if unlink(path) != 0 && errno != ENOENT { throw StoreError.fromErrno(errno, path: path, operation: "remove") }
                continue
            }
            try POSIX.makeFolder(POSIX.parentPath(path))
            do throws(StoreError) {
                writes.append(try AtomicWrite.prepare(Array(contents), for: path, flush: flush))
            } catch {
                AtomicWrite.abandon(writes)
                throw error
            }
        }
        var stamps: [(path: String, stamp: FileStamp)] = []
        try AtomicWrite.commit(writes, flush: flush, stamps: &stamps)
        for folder in Set(changes.map { POSIX.parentPath(folderPath + "/" + $0.path) }) where (try? POSIX.status(folder)) != nil {
            try POSIX.syncFolder(folder)
        }
    }
}

/// The merges git runs (as the merge driver) for the files of a synced data folder, on the bytes
/// of the three versions. Each throws for a version that does not decode cleanly (damaged, newer,
/// unknown fields): the sync then refuses the merge as a whole and changes nothing.
public enum SyncedFileMerge {
    public struct Result: Sendable {
        public var data: Data
        /// What was decided where both machines differed.
        public var notes: [LocalizedText]
        /// Records that now have two versions (SYNC_CONFLICT).
        public var newConflicts: Int
    }

    /// A group file both machines changed: Core's three-way merge. `base` is nil when both created it.
    public static func group(base: Data?, current: Data, other: Data, path: String) throws(StoreError) -> Result {
        let baseGroup: Group? = try base.map { (data: Data) throws(StoreError) -> Group in try GroupCodec.decode(data, source: path) }
        let outcome = GroupSyncMerge.merge(base: baseGroup, current: try GroupCodec.decode(current, source: path),
                                           other: try GroupCodec.decode(other, source: path))
        return Result(data: GroupCodec.encode(outcome.merged), notes: outcome.notes, newConflicts: outcome.newConflicts)
    }

    /// `profile.json` both machines changed: field by field; where both changed one field, this
    /// machine's value stays (noted).
    public static func profile(base: Data?, current: Data, other: Data, path: String) throws(StoreError) -> Result {
        let b: Supervisor? = try base.map { (data: Data) throws(StoreError) -> Supervisor in try decodeProfile(data, path: path) }
        let c = try decodeProfile(current, path: path)
        let o = try decodeProfile(other, path: path)
        var merged = c
        var clashes: [String] = []
        func field<T: Equatable>(_ key: WritableKeyPath<Supervisor, T>, _ name: String) {
            if c[keyPath: key] == o[keyPath: key] { return }
            if let b, c[keyPath: key] == b[keyPath: key] { merged[keyPath: key] = o[keyPath: key]; return }
            if let b, o[keyPath: key] == b[keyPath: key] { return }
            clashes.append(name)
        }
        field(\.name, "name")
        field(\.phone, "phone")
        field(\.registration, "registration")
        field(\.registrationNumber, "registrationNumber")
        field(\.lvscHours, "lvscHours")
        field(\.registrationExpires, "registrationExpires")
        let notes = clashes.isEmpty ? [] : [LocalizedText(
            nl: "Profiel begeleider: op beide machines gewijzigd (\(clashes.joined(separator: ", "))): de waarden hier blijven",
            en: "Supervisor's profile: changed on both machines (\(clashes.joined(separator: ", "))): the values here are kept")]
        return Result(data: Data(ProfileCodec.encode(merged)), notes: notes, newConflicts: 0)
    }

    private static func decodeProfile(_ data: Data, path: String) throws(StoreError) -> Supervisor {
        let result: Swift.Result<Supervisor, StoreError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(DocumentFault) {
                let document = try ProfileCodec.decode(bytes)
                if document.version > ProfileCodec.version {
                    return .failure(.newerVersion(path: path, version: document.version, supported: ProfileCodec.version))
                }
                if !document.unknownFields.isEmpty {
                    return .failure(.unknownFields(path: path, fields: document.unknownFields.map { $0.describe(in: bytes) }))
                }
                return .success(document.value)
            } catch {
                return .failure(error.storeError(path: path, bytes: bytes))
            }
        }
        return try result.get()
    }
}
