import Foundation
import IntervisionCore

/// Everything that can go wrong with the data files. Each case names the file, so the message can
/// tell the user which file to look at.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A group id that cannot serve as a file name (empty, a path separator, a leading dot, ...).
    case invalidGroupID(GroupID)
    /// The file is not readable as this kind of file: broken JSON, another format, or a value the
    /// model cannot hold. `line` and `column` (1-based) point at the fault.
    case corrupt(path: String, line: Int, column: Int, reason: String)
    /// Written by a newer version of intervisie: shown, but never saved over.
    case newerVersion(path: String, version: Int, supported: Int)
    /// Fields this version does not know (each "name (line L, column C)"): shown, but never saved
    /// over, because saving would drop them.
    case unknownFields(path: String, fields: [String])
    /// The id inside a group file differs from its file name, so saving it would write another file.
    case idMismatch(path: String, id: GroupID)
    /// A save or delete refused because the file did not load cleanly; `because` says why.
    indirect case readOnly(path: String, because: StoreError)
    /// The file was changed, created or removed by someone else since this session read it.
    case changedOnDisk(path: String)
    /// There is no such file (deleting a group that is not on disk).
    case notFound(path: String)
    /// Disk full, quota exceeded or file size limit reached; the file on disk is untouched.
    case noSpace(path: String)
    /// The operating system refused access; the file on disk is untouched.
    case permissionDenied(path: String)
    /// Any other failure of the operating system, with its errno; the file on disk is untouched.
    case ioFailure(path: String, operation: String, code: Int32)
    /// A FIFO, device, folder or socket where a file was expected: never read (it could block or never end).
    case notARegularFile(path: String, kind: FileKind)
    /// Larger than the store reads (`size` and `limit` in bytes): not a data file.
    case tooLarge(path: String, size: Int64, limit: Int64)
    /// The data folder is on a file system mounted read-only: nothing can be written.
    case readOnlyFileSystem(path: String)
    /// Another program held the data folder's lock (`path`) for `seconds`: nothing was written.
    case lockTimeout(path: String, seconds: Int)

    /// The file the error is about (empty for an invalid group id).
    public var path: String {
        switch self {
        case .invalidGroupID: return ""
        case .corrupt(let path, _, _, _), .newerVersion(let path, _, _), .unknownFields(let path, _),
             .idMismatch(let path, _), .readOnly(let path, _), .changedOnDisk(let path), .notFound(let path),
             .noSpace(let path), .permissionDenied(let path), .ioFailure(let path, _, _),
             .notARegularFile(let path, _), .tooLarge(let path, _, _), .readOnlyFileSystem(let path), .lockTimeout(let path, _):
            return path
        }
    }

    /// What went wrong and what to do, in Dutch and English.
    public var message: LocalizedText {
        switch self {
        case .invalidGroupID(let id):
            return LocalizedText(
                nl: "'\(id)' kan geen groeps-id zijn: alleen letters, cijfers, '-', '_' en '.', niet beginnend met '.', hoogstens 100 tekens",
                en: "'\(id)' cannot be a group id: letters, digits, '-', '_' and '.' only, not starting with '.', at most 100 characters")
        case .corrupt(let path, let line, let column, let reason):
            return LocalizedText(
                nl: "\(path): onleesbaar op regel \(line), kolom \(column): \(reason). Het bestand wordt niet overschreven; herstel het of zet het opzij.",
                en: "\(path): unreadable at line \(line), column \(column): \(reason). The file will not be overwritten; repair it or move it aside.")
        case .newerVersion(let path, let version, let supported):
            return LocalizedText(
                nl: "\(path) is geschreven door een nieuwere versie van intervisie (schemaversie \(version); deze versie kent t/m \(supported)). Alleen lezen: werk intervisie bij om te wijzigen.",
                en: "\(path) was written by a newer version of intervisie (schema version \(version); this version knows up to \(supported)). Read-only: update intervisie to make changes.")
        case .unknownFields(let path, let fields):
            return LocalizedText(
                nl: "\(path) bevat velden die deze versie niet kent: \(fields.joined(separator: ", ")). Alleen lezen, zodat ze niet verloren gaan.",
                en: "\(path) has fields this version does not know: \(fields.joined(separator: ", ")). Read-only, so they are not lost.")
        case .idMismatch(let path, let id):
            return LocalizedText(
                nl: "\(path) bevat groeps-id '\(id)', dat niet bij de bestandsnaam past. Niet geladen; hernoem het bestand naar \(id).json.",
                en: "\(path) holds group id '\(id)', which does not match its file name. Not loaded; rename the file to \(id).json.")
        case .readOnly(let path, let reason):
            return LocalizedText(
                nl: "Niet opgeslagen: \(path) wordt niet overschreven. \(reason.message.nl)",
                en: "Not saved: \(path) will not be overwritten. \(reason.message.en)")
        case .changedOnDisk(let path):
            return LocalizedText(
                nl: "Niet opgeslagen: \(path) is buiten deze sessie gewijzigd, aangemaakt of verwijderd sinds het gelezen werd. Laad de gegevens opnieuw.",
                en: "Not saved: \(path) was changed, created or removed outside this session since it was read. Reload the data.")
        case .notFound(let path):
            return LocalizedText(nl: "\(path) bestaat niet.", en: "\(path) does not exist.")
        case .noSpace(let path):
            return LocalizedText(
                nl: "Geen ruimte om \(path) te schrijven (schijf vol, quotum of maximale bestandsgrootte). Het bestand op schijf is ongewijzigd.",
                en: "No space left to write \(path) (disk full, quota or file size limit). The file on disk is unchanged.")
        case .permissionDenied(let path):
            return LocalizedText(
                nl: "Geen toestemming voor \(path). Het bestand op schijf is ongewijzigd.",
                en: "Permission denied for \(path). The file on disk is unchanged.")
        case .ioFailure(let path, let operation, let code):
            let detail = String(cString: strerror(code))
            return LocalizedText(
                nl: "\(path): \(operation) mislukt (\(detail), errno \(code)). Het bestand op schijf is ongewijzigd.",
                en: "\(path): \(operation) failed (\(detail), errno \(code)). The file on disk is unchanged.")
        case .notARegularFile(let path, let kind):
            return LocalizedText(nl: "\(path) is \(kind.name.nl), geen gewoon bestand: niet gelezen.",
                                 en: "\(path) is \(kind.name.en), not a regular file: not read.")
        case .tooLarge(let path, let size, let limit):
            return LocalizedText(
                nl: "\(path) is te groot (\(Self.megabytes(size)) MB; hoogstens \(Self.megabytes(limit)) MB): geen gegevensbestand van intervisie, niet gelezen.",
                en: "\(path) is too large (\(Self.megabytes(size)) MB; at most \(Self.megabytes(limit)) MB): not an intervisie data file, not read.")
        case .readOnlyFileSystem(let path):
            return LocalizedText(
                nl: "Niet opgeslagen: \(path) staat op een alleen-lezen bestandssysteem. Er is niets geschreven.",
                en: "Not saved: \(path) is on a read-only file system. Nothing was written.")
        case .lockTimeout(let path, let seconds):
            return LocalizedText(
                nl: "Niet opgeslagen: een ander programma houdt het slot \(path) al \(seconds) seconden vast (draait intervisie nog elders?). Er is niets geschreven; probeer het zo opnieuw.",
                en: "Not saved: another program has held the lock \(path) for \(seconds) seconds (is intervisie running elsewhere?). Nothing was written; try again shortly.")
        }
    }

    /// Bytes in MB with one decimal, for messages.
    private static func megabytes(_ bytes: Int64) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The English message.
    public var description: String { message.en }

    /// The typed error for an errno from the operating system.
    static func fromErrno(_ code: Int32, path: String, operation: String) -> StoreError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .noSpace(path: path)
        case EROFS: return .readOnlyFileSystem(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        case ENOENT where operation == "open": return .notFound(path: path)
        case EISDIR: return .notARegularFile(path: path, kind: .directory)
        default: return .ioFailure(path: path, operation: operation, code: code)
        }
    }
}

/// What stands at a path instead of a regular file.
public enum FileKind: Sendable, Equatable {
    case directory, fifo, device, socket, other

    public var name: LocalizedText {
        switch self {
        case .directory: return LocalizedText(nl: "een map", en: "a folder")
        case .fifo: return LocalizedText(nl: "een FIFO (named pipe)", en: "a FIFO (named pipe)")
        case .device: return LocalizedText(nl: "een apparaat", en: "a device")
        case .socket: return LocalizedText(nl: "een socket", en: "a socket")
        case .other: return LocalizedText(nl: "geen gewoon bestand", en: "not a regular file")
        }
    }
}

extension StoreError: LocalizedError {
    /// Foundation's hook, so `error.localizedDescription` reads well too.
    public var errorDescription: String? { message.en }
}
