#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's new content written under a temporary name in the same folder, not yet in place.
struct PendingWrite {
    /// Where the content goes.
    let path: String
    /// Where it is now: `.<name>.<random>.tmp` next to `path`, invisible to the loader.
    let temporaryPath: String
    let descriptor: Int32
    /// Of the bytes written, to recognise this version of the file later.
    let contentHash: UInt64
}

/// Replaces files so that a reader, or a crash at any moment, sees either the old or the new
/// content and never a mix: write a temporary file in the same folder, flush it to disk, rename it
/// over the old name (atomic on POSIX), flush the folder.
enum AtomicWrite {
    /// The file-name suffix of temporary files; the loader skips them and a later save removes them.
    static let temporarySuffix = ".tmp"

    /// True for the name of a temporary file a save left behind (hidden and ending in `.tmp`).
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(temporarySuffix)
    }

    /// Writes `bytes` to a new temporary file (mode 0600) next to `path`.
    static func prepare(_ bytes: [UInt8], for path: String) throws(StoreError) -> PendingWrite {
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
        let hash = bytes.withUnsafeBufferPointer(ContentHash.of)
        let pending = PendingWrite(path: path, temporaryPath: temporaryPath, descriptor: descriptor, contentHash: hash)
        do throws(StoreError) {
            // The umask may have taken bits away; the mode must be exactly 0600 either way.
            guard fchmod(descriptor, POSIX.fileMode) == 0 else { throw StoreError.fromErrno(errno, path: path, operation: "chmod") }
            try writeAll(bytes, to: descriptor, path: path)
        } catch {
            abandon([pending])
            throw error
        }
        return pending
    }

    /// Flushes the temporary files, renames each over its target and flushes the folders.
    /// `syncWholeFileSystem` trades one `syncfs` for many `fsync`s when writing many files.
    /// Stamps of the files now in place are appended to `stamps` (also when a later one fails).
    static func commit(_ writes: [PendingWrite], syncWholeFileSystem: Bool,
                       stamps: inout [(path: String, stamp: FileStamp)]) throws(StoreError) {
        var remaining = writes[...]
        do throws(StoreError) {
            try flush(writes, syncWholeFileSystem: syncWholeFileSystem)
            var folders: [String] = []
            while let write = remaining.first {
                try POSIX.rename(write.temporaryPath, to: write.path)
                remaining = remaining.dropFirst()
                var info = stat()
                let statResult = fstat(write.descriptor, &info)
                close(write.descriptor)
                guard statResult == 0 else { throw StoreError.fromErrno(errno, path: write.path, operation: "stat") }
                stamps.append((write.path, FileStamp(status: FileStatus(info), contentHash: write.contentHash)))
                let folder = POSIX.parentPath(write.path)
                if !folders.contains(folder) { folders.append(folder) }
            }
            for folder in folders { try POSIX.syncFolder(folder) }
        } catch {
            abandon(Array(remaining))
            throw error
        }
    }

    /// Closes and removes temporary files that will not be committed.
    static func abandon(_ writes: [PendingWrite]) {
        for write in writes {
            close(write.descriptor)
            unlink(write.temporaryPath)
        }
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

    private static func flush(_ writes: [PendingWrite], syncWholeFileSystem: Bool) throws(StoreError) {
        if syncWholeFileSystem, let syncfs = SyncFileSystem.function, let first = writes.first {
            // One flush of the file system instead of one journal commit per file; since Linux 5.8
            // it reports write-back errors of any file on it.
            guard syncfs(first.descriptor) == 0 else { throw StoreError.fromErrno(errno, path: first.path, operation: "syncfs") }
            return
        }
        for write in writes {
            guard POSIX.retryingInterrupts({ fsync(write.descriptor) }) == 0 else {
                throw StoreError.fromErrno(errno, path: write.path, operation: "fsync")
            }
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
