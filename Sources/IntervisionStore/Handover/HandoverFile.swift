import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore
import IntervisionCrypto

/// A group file that travels between machines (`export group`, `import`): plain JSON, or the same
/// JSON encrypted with a passphrase in the age format. The command line and the app read and write
/// it through these functions; asking for the passphrase is theirs.
public enum HandoverFile {
    /// The file name's ending for an encrypted hand-over file (after `.json`).
    public static let encryptedExtension = ExportFileName.encryptedExtension

    /// The bytes of the file at `path`: a regular file (not a FIFO or a device, which could block
    /// or never end) of at most `AgeFile.maximumFileSize` bytes.
    public static func read(_ path: String) throws(HandoverError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAFile(path: path) }
        let limit = AgeFile.maximumFileSize
        guard Int(info.st_size) <= limit else { throw .tooLarge(path: path, size: Int(info.st_size), maximum: limit) }
        var data = Data(count: limit + 1)
        var count = 0
        while count <= limit {
            let result = data.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, limit + 1 - count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if result == 0 { break }
            count += result
        }
        // The file may have grown since fstat.
        guard count <= limit else { throw .tooLarge(path: path, size: count, maximum: limit) }
        return data.prefix(count)
    }

    /// Whether the file's content is encrypted (told by its first line, not by its name).
    public static func isEncrypted(_ data: Data) -> Bool { AgeFile.looksEncrypted(data) }

    /// The group in a hand-over file's bytes; `passphrase` opens an encrypted one (ignored for a
    /// plain one). `source` names the file in every refusal.
    public static func group(from data: Data, passphrase: String?, source: String) throws(HandoverError) -> Group {
        var json = data
        if isEncrypted(data) {
            guard let passphrase else { throw .passphraseNeeded(path: source) }
            do throws(AgeError) {
                json = try AgeFile.decrypt(data, passphrase: passphrase)
            } catch {
                throw .encryption(path: source, error)
            }
        }
        do throws(StoreError) {
            return try GroupCodec.decode(json, source: source)
        } catch {
            throw .content(error)
        }
    }

    /// The hand-over file for `group`: its JSON, encrypted when a passphrase is given.
    public static func contents(of group: Group, passphrase: String?) throws(HandoverError) -> Data {
        let json = GroupCodec.encode(group)
        guard let passphrase else { return json }
        do throws(AgeError) {
            return try AgeFile.encrypt(json, passphrase: passphrase)
        } catch {
            throw .encryption(path: "", error)
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// Why a hand-over file could not be read or made; each names the file.
public enum HandoverError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case notAFile(path: String)
    case tooLarge(path: String, size: Int, maximum: Int)
    /// Encrypted, and no passphrase was given.
    case passphraseNeeded(path: String)
    /// The age layer refused: wrong passphrase, damaged, not for a passphrase, ...
    case encryption(path: String, AgeError)
    /// The JSON inside is not a group file this version can take (damaged, newer, unknown fields).
    case content(StoreError)

    /// A wrong passphrase, which a person may simply try again.
    public var isWrongPassphrase: Bool { self == .encryption(path: path, .wrongPassphrase) }

    public var path: String {
        switch self {
        case .unreadable(let path, _), .notAFile(let path), .tooLarge(let path, _, _), .passphraseNeeded(let path),
             .encryption(let path, _):
            return path
        case .content(let error): return error.path
        }
    }

    public var message: LocalizedText {
        func named(_ text: LocalizedText) -> LocalizedText {
            path.isEmpty ? text : LocalizedText(nl: "\(path): \(text.nl)", en: "\(path): \(text.en)")
        }
        switch self {
        case .unreadable(_, let reason): return named(LocalizedText(nl: "kan niet gelezen worden (\(reason))", en: "cannot be read (\(reason))"))
        case .notAFile: return named(LocalizedText(nl: "geen gewoon bestand", en: "not a regular file"))
        case .tooLarge(_, let size, let maximum):
            return named(LocalizedText(nl: "te groot voor een groepsbestand (\(size) bytes; hoogstens \(maximum))",
                                       en: "too large for a group file (\(size) bytes; at most \(maximum))"))
        case .passphraseNeeded:
            return named(LocalizedText(nl: "versleuteld: een wachtzin is nodig", en: "encrypted: a passphrase is needed"))
        case .encryption(_, let error): return named(error.message)
        case .content(let error): return error.message
        }
    }
}
