#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's new content written under a temporary name in the same folder, not yet in place.
/// Its descriptor is already closed, so a batch of ten thousand never runs out of descriptors.
struct PendingWrite {
    /// Where the content goes.
    let path: String
    /// Where it is now: `.<name>.<random>.tmp` next to `path`, invisible to the loader.
    let temporaryPath: String
    /// How this version of the file will be recognised later (a rename keeps it).
    let stamp: FileStamp
}

/// Replaces files so that a reader, or a crash at any moment, sees either the old or the new
/// content and never a mix: write a temporary file in the same folder, flush it to disk, rename it
/// over the old name (atomic on POSIX), flush the folder.
enum AtomicWrite {
    /// The file-name suffix of temporary files; the loader skips them and a later save removes them.
    static let temporarySuffix = ".tmp"

    /// How the temporary files reach the disk before they are renamed.
    enum Flush {
        /// `fsync` each file as it is written: right for one or a few files.
        case eachFile
        /// One `syncfs` of the whole file system before the renames: far cheaper for many files.
        case wholeFileSystem
    }

    /// True for the name of a temporary file a save left behind (hidden and ending in `.tmp`).
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(temporarySuffix)
    }

    /// Writes `bytes` to a new temporary file (mode 0600) next to `path`; flushes it with
    /// `.eachFile` (with `.wholeFileSystem`, `commit` flushes).
    static func prepare(_ bytes: [UInt8], for path: String, flush: Flush) throws(StoreError) -> PendingWrite {
        let folder = POSIX.parentPath(path)
        let name = path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]
        var descriptor: Int32 = -1
        var temporaryPath = ""
        // O_EXCL: never reuse a name another process is writing; a clash just picks another name.
        repeat {
            let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            temporaryPath = "\(folder)/.\(name).\(tag)\(temporarySuffix)"
            descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, POSIX.fileMode)
        } while descriptor < 0 && errno == EEXIST
        guard descriptor >= 0 else { throw StoreError.fromErrno(errno, path: path, operation: "create temporary file") }
        do throws(StoreError) {
            defer { close(descriptor) }
            // The umask may have taken bits away; the mode must be exactly 0600 either way.
            guard fchmod(descriptor, POSIX.fileMode) == 0 else { throw StoreError.fromErrno(errno, path: path, operation: "chmod") }
            try writeAll(bytes, to: descriptor, path: path)
            if flush == .eachFile, POSIX.retryingInterrupts({ fsync(descriptor) }) != 0 {
                throw StoreError.fromErrno(errno, path: path, operation: "fsync")
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw StoreError.fromErrno(errno, path: path, operation: "stat") }
            let stamp = FileStamp(status: FileStatus(info), contentHash: bytes.withUnsafeBufferPointer(ContentHash.of))
            return PendingWrite(path: path, temporaryPath: temporaryPath, stamp: stamp)
        } catch {
            unlink(temporaryPath)
            throw error
        }
    }

    /// Renames each temporary file over its target (after one `syncfs` with `.wholeFileSystem`)
    /// and flushes the folders. Stamps of the files now in place are appended to `stamps`, also
    /// when a later one fails.
    static func commit(_ writes: [PendingWrite], flush: Flush,
                       stamps: inout [(path: String, stamp: FileStamp)]) throws(StoreError) {
        var remaining = writes[...]
        do throws(StoreError) {
            if flush == .wholeFileSystem, let first = writes.first { try syncFileSystem(of: first) }
            var folders: [String] = []
            while let write = remaining.first {
                try POSIX.rename(write.temporaryPath, to: write.path)
                remaining = remaining.dropFirst()
                stamps.append((write.path, write.stamp))
                let folder = POSIX.parentPath(write.path)
                if !folders.contains(folder) { folders.append(folder) }
            }
            for folder in folders { try POSIX.syncFolder(folder) }
        } catch {
            abandon(Array(remaining))
            throw error
        }
    }

    /// Removes temporary files that will not be committed.
    static func abandon(_ writes: [PendingWrite]) {
        for write in writes { unlink(write.temporaryPath) }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(StoreError) {
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
        if let failure { throw StoreError.fromErrno(failure, path: path, operation: "write") }
    }

    /// True where `.wholeFileSystem` can be used (Linux); elsewhere every file gets its `fsync`.
    static var canSyncFileSystem: Bool { SyncFileSystem.function != nil }

    /// Flushes every file written so far to disk with `syncfs` (since Linux 5.8 it also reports
    /// write-back errors of any file on the file system).
    private static func syncFileSystem(of write: PendingWrite) throws(StoreError) {
        let folder = POSIX.parentPath(write.path)
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.fromErrno(errno, path: folder, operation: "open folder") }
        defer { close(descriptor) }
        guard let syncfs = SyncFileSystem.function, syncfs(descriptor) == 0 else {
            throw StoreError.fromErrno(errno, path: write.path, operation: "syncfs")
        }
    }
}

/// Linux's `syncfs(2)`, which Swift's Glibc module does not export; looked up once at run time.
/// nil elsewhere, and then every file is flushed with its own `fsync`.
private enum SyncFileSystem {
    typealias Function = @convention(c) (Int32) -> Int32

    static let function: Function? = {
        #if os(Linux)
        // nil stands for RTLD_DEFAULT: the symbol wherever the process has it.
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }()
}
