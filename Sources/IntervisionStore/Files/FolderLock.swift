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

    /// Runs `body` while holding the lock of `folder` (which must exist). Another holder is waited
    /// for at most `timeout` seconds; then `.lockTimeout` naming the lock file, and `body` never runs.
    static func withLock<T>(_ folder: String, timeout: Double, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let descriptor = try acquire(folder, timeout: timeout)
        // Closing the descriptor releases the lock, also when the process dies.
        defer { close(descriptor) }
        return try body()
    }

    /// Takes the lock of `folder`, waiting at most `timeout` seconds for another holder (then
    /// `.lockTimeout`); closing the returned descriptor releases it.
    static func acquire(_ folder: String, timeout: Double) throws(StoreError) -> Int32 {
        let path = folder + "/" + fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, POSIX.fileMode)
        guard descriptor >= 0 else { throw StoreError.fromErrno(errno, path: path, operation: "open lock file") }
        do throws(StoreError) {
            try acquire(descriptor, path: path, timeout: timeout)
        } catch {
            close(descriptor)
            throw error
        }
        return descriptor
    }

    /// Runs `body` only when the lock is free right now (nobody is saving); false when it is not
    /// (or the lock file cannot be made, as on a read-only folder) and `body` did not run.
    static func ifFree(_ folder: String, _ body: () -> Void) -> Bool {
        let descriptor = open(folder + "/" + fileName, O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard POSIX.retryingInterrupts({ flock(descriptor, LOCK_EX | LOCK_NB) }) == 0 else { return false }
        body()
        return true
    }

    /// Polls a non-blocking `flock` until it is had or `timeout` seconds have passed: a blocking
    /// one would freeze the command line, or the app, for as long as the other holder likes.
    private static func acquire(_ descriptor: Int32, path: String, timeout: Double) throws(StoreError) {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pause = 0.002
        while true {
            if POSIX.retryingInterrupts({ flock(descriptor, LOCK_EX | LOCK_NB) }) == 0 { return }
            guard errno == EWOULDBLOCK else { throw StoreError.fromErrno(errno, path: path, operation: "lock") }
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let waited = Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
            guard waited < timeout else { throw StoreError.lockTimeout(path: path, seconds: Int(timeout.rounded(.up))) }
            usleep(UInt32(min(pause, max(timeout - waited, 0.001)) * 1_000_000))
            pause = min(pause * 2, 0.1)
        }
    }
}
