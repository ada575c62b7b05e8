import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

/// Why an export file was not written; each case names the path.
public enum ExportFileError: Error, Equatable, Sendable {
    /// The file exists and `force` was not given.
    case exists(path: String)
    /// The operating system refused (missing folder, no permission, disk full, ...), with its errno.
    case writeFailed(path: String, code: Int32)

    public var path: String {
        switch self {
        case .exists(let path), .writeFailed(let path, _): return path
        }
    }

    public var message: LocalizedText {
        switch self {
        case .exists(let path):
            return LocalizedText(nl: "\(path) bestaat al; gebruik --force om het te overschrijven",
                                 en: "\(path) already exists; use --force to overwrite it")
        case .writeFailed(let path, let code):
            let reason = ExportFileError.reason(code)
            return LocalizedText(nl: "Kan \(path) niet schrijven: \(reason.nl)", en: "Cannot write \(path): \(reason.en)")
        }
    }

    /// The system's reason in the user's language: the system's own text is English only, so a
    /// Dutch message never shows it (an unusual errno is named by its number).
    static func reason(_ code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: return LocalizedText(nl: "de map bestaat niet", en: "the folder does not exist")
        case ENOTDIR: return LocalizedText(nl: "een deel van het pad is geen map", en: "part of the path is not a folder")
        case EACCES, EPERM: return LocalizedText(nl: "geen toestemming", en: "permission denied")
        case EROFS: return LocalizedText(nl: "de schijf is alleen-lezen", en: "the disk is read-only")
        case ENOSPC, EDQUOT, EFBIG: return LocalizedText(nl: "geen ruimte (schijf vol of quotum bereikt)", en: "no space left (disk full or quota reached)")
        case ENAMETOOLONG: return LocalizedText(nl: "de naam is te lang", en: "the name is too long")
        case EISDIR: return LocalizedText(nl: "er staat een map met die naam", en: "a folder has that name")
        case ELOOP: return LocalizedText(nl: "te veel symbolische koppelingen", en: "too many symbolic links")
        default: return LocalizedText(nl: "systeemfout \(code)", en: "\(String(cString: strerror(code))) (errno \(code))")
        }
    }
}

/// Export files hold personal data (names, BIG numbers): they are created readable by the owner only
/// (0600), and an existing file is never replaced unless asked.
public enum ExportFile {
    /// Writes `data` to `url` with permissions 0600.
    ///
    /// Without `force` an existing file (or symlink, or folder) is never touched, not even in a race
    /// with another program: the data goes to a temporary file beside it, which is then hard-linked
    /// into place (`link` fails if the name exists). File systems without hard links fall back to an
    /// exclusive create. With `force` the temporary file is renamed over the target: readers see the
    /// old file or the new one, never a half-written one.
    public static func write(_ data: Data, to url: URL, force: Bool) throws(ExportFileError) {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        if !force && fileExists(path) { throw .exists(path: path) }

        let temporary = try writeTemporary(data, directory: directory, finalPath: path)
        defer { unlink(temporary) }
        if force {
            guard rename(temporary, path) == 0 else { throw .writeFailed(path: path, code: errno) }
            return
        }
        if link(temporary, path) == 0 { return }
        let linkError = errno
        if linkError == EEXIST { throw .exists(path: path) }
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EOPNOTSUPP || linkError == EXDEV else {
            throw .writeFailed(path: path, code: linkError)
        }
        try writeExclusively(data, to: path)
    }

    /// Makes the folder and any missing folder above it, readable by the owner only (0700): exports
    /// hold names and BIG numbers. A folder that exists is left as it is.
    public static func createFolder(_ path: String) throws(ExportFileError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST { throw .writeFailed(path: path, code: errno) }
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw .writeFailed(path: path, code: errno) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .writeFailed(path: path, code: ENOTDIR) }
    }

    private static func fileExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    private static func writeTemporary(_ data: Data, directory: String, finalPath: String) throws(ExportFileError) -> String {
        var template = Array((directory.isEmpty ? "." : directory).utf8CString.dropLast())
        template += Array("/.intervisie-export-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)  // creates 0600, O_EXCL
        guard descriptor >= 0 else { throw .writeFailed(path: finalPath, code: errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(ExportFileError) {
            try writeAll(data, to: descriptor, path: finalPath)
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    private static func writeExclusively(_ data: Data, to path: String) throws(ExportFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .exists(path: path) }
            throw .writeFailed(path: path, code: errno)
        }
        do throws(ExportFileError) {
            try writeAll(data, to: descriptor, path: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Writes everything, sets 0600 whatever the umask, syncs and closes the descriptor.
    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws(ExportFileError) {
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw .writeFailed(path: path, code: errno) }
        var failure: Int32?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if let failure { throw .writeFailed(path: path, code: failure) }
        guard fsync(descriptor) == 0 else { throw .writeFailed(path: path, code: errno) }
    }

    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #else
    private static let systemWrite = Darwin.write
    #endif
}
