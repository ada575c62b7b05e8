#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system calls the store needs, each turning errno into a typed `StoreError` that names
/// the file. Plain POSIX rather than FileManager: the store must control fsync, rename, modes and
/// inode identity exactly, and must not pay FileManager's overhead a thousand times per load.
enum POSIX {
    /// Permissions of every file the store writes: owner read/write only.
    static let fileMode: mode_t = 0o600
    /// Permissions of every folder the store creates: owner only.
    static let folderMode: mode_t = 0o700

    /// What the operating system says about the file now; nil when there is none.
    static func status(_ path: String) throws(StoreError) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw StoreError.fromErrno(errno, path: path, operation: "stat")
        }
        return FileStatus(info)
    }

    /// Creates `path` and any missing parents with mode 0700; an existing folder is left as it is.
    static func makeFolder(_ path: String) throws(StoreError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreError.ioFailure(path: path, operation: "create folder", code: ENOTDIR)
            }
            return
        }
        let parent = parentPath(path)
        if parent != path, !parent.isEmpty { try makeFolder(parent) }
        guard mkdir(path, folderMode) == 0 || errno == EEXIST else {
            throw StoreError.fromErrno(errno, path: path, operation: "create folder")
        }
        // mkdir applies the umask; the folder holds personal data, so make sure it is 0700.
        chmod(path, folderMode)
        try syncFolder(parent)
    }

    /// Flushes a folder's entries (a rename or a new file) to disk.
    static func syncFolder(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StoreError.fromErrno(errno, path: path, operation: "open folder") }
        defer { close(descriptor) }
        guard retryingInterrupts({ fsync(descriptor) }) == 0 else {
            throw StoreError.fromErrno(errno, path: path, operation: "fsync folder")
        }
    }

    /// The names in a folder, without `.` and `..`; an empty list when the folder does not exist.
    static func listFolder(_ path: String) throws(StoreError) -> [String] {
        guard let directory = opendir(path) else {
            if errno == ENOENT { return [] }
            throw StoreError.fromErrno(errno, path: path, operation: "list folder")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The largest file the store reads: 16 MiB. A group file is a few kB, ten years of a
    /// group's meetings well under 1 MB; anything larger is not a data file, and reading it whole
    /// could exhaust memory.
    static let maximumFileSize = 16 * 1024 * 1024

    /// Reads a whole regular file into `buffer` (grown as needed, reused across calls to spare the
    /// allocator); returns the byte count and the stamp of exactly the content read. Opened without
    /// blocking and refused unless it is a regular file of at most `maximumFileSize` bytes, so a
    /// FIFO, a device (a link to /dev/zero) or a huge file named like a data file can neither hang
    /// nor exhaust memory.
    static func readFile(_ path: String, into buffer: ReadBuffer,
                         limit maximumFileSize: Int = maximumFileSize) throws(StoreError) -> (count: Int, stamp: FileStamp) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw StoreError.fromErrno(errno, path: path, operation: "open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw StoreError.fromErrno(errno, path: path, operation: "stat") }
        if let kind = FileKind(mode: info.st_mode) { throw StoreError.notARegularFile(path: path, kind: kind) }
        guard info.st_size <= maximumFileSize else {
            throw StoreError.tooLarge(path: path, size: Int64(info.st_size), limit: Int64(maximumFileSize))
        }
        buffer.reserve(Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == buffer.capacity { buffer.grow(keeping: count) }
            let result = read(descriptor, buffer.base + count, buffer.capacity - count)
            if result < 0 {
                if errno == EINTR { continue }
                throw StoreError.fromErrno(errno, path: path, operation: "read")
            }
            if result == 0 { break }
            count += result
            // A file that grows while it is read is held to the same limit.
            if count > maximumFileSize {
                throw StoreError.tooLarge(path: path, size: Int64(count), limit: Int64(maximumFileSize))
            }
        }
        return (count, FileStamp(status: FileStatus(info), contentHash: ContentHash.of(buffer.bytes(count))))
    }

    /// Moves `path` to `newPath` in one step.
    static func rename(_ path: String, to newPath: String) throws(StoreError) {
        #if canImport(Glibc)
        let result = Glibc.rename(path, newPath)
        #else
        let result = Darwin.rename(path, newPath)
        #endif
        guard result == 0 else { throw StoreError.fromErrno(errno, path: path, operation: "rename") }
    }

    /// The folder part of a path ("/a/b" → "/a", "b" → ".").
    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Repeats a system call interrupted by a signal.
    static func retryingInterrupts(_ call: () -> Int32) -> Int32 {
        while true {
            let result = call()
            if result == -1 && errno == EINTR { continue }
            return result
        }
    }
}

extension FileKind {
    /// The kind for a mode that is not a regular file; nil for a regular file.
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }
}

/// One version of a file, as recorded when this session read or wrote it. A save compares it with
/// the file on disk: a replacement changes the inode, most edits the size or modification time,
/// and an edit that keeps all three (in place, within one tick of the file system's clock, or
/// with the time set back) changes the content hash.
struct FileStamp: Equatable, Sendable {
    var status: FileStatus
    var contentHash: UInt64
}

/// Device, inode, size and modification time of a file: what a rename leaves as it is (unlike
/// the change time), so a stamp taken before renaming a new file into place still holds after.
struct FileStatus: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Glibc)
        modified = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        #else
        modified = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
        #endif
    }
}

/// A growable byte buffer for reading files, owned by one loading thread at a time.
final class ReadBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int

    init(capacity: Int = 64 * 1024) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for at least `count` bytes; the content is not kept.
    func reserve(_ count: Int) {
        guard count > capacity else { return }
        base.deallocate()
        capacity = max(count, capacity * 2)
        base = .allocate(capacity: capacity)
    }

    /// Doubles the room, keeping the first `count` bytes (a file that grew while being read).
    func grow(keeping count: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The first `count` bytes, valid until the buffer is next changed.
    func bytes(_ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base, count: count)
    }
}
