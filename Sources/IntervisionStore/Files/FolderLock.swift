#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on `<data folder>/.lock`, held while one save checks and replaces files,
/// so two running copies of intervisie never interleave their saves. Reading needs no lock:
/// a file is always replaced whole by a rename.
enum FolderLock {
    static let fileName = ".lock"

    /// Runs `body` while holding the lock of `folder` (which must exist); waits for another holder.
    static func withLock<T>(_ folder: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let descriptor = try acquire(folder)
        // Closing the descriptor releases the lock, also when the process dies.
        defer { close(descriptor) }
        return try body()
    }

    /// Takes the lock of `folder`, waiting for another holder; closing the returned descriptor releases it.
    static func acquire(_ folder: String) throws(StoreError) -> Int32 {
        let path = folder + "/" + fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, POSIX.fileMode)
        guard descriptor >= 0 else { throw StoreError.fromErrno(errno, path: path, operation: "open lock file") }
        guard POSIX.retryingInterrupts({ flock(descriptor, LOCK_EX) }) == 0 else {
            close(descriptor)
            throw StoreError.fromErrno(errno, path: path, operation: "lock")
        }
        return descriptor
    }
}
