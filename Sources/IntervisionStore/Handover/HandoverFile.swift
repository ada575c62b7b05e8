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

    /// The bytes of the file at `path`, read like a file of the data folder (`POSIX.readFile`): a
    /// regular file (not a FIFO or a device, which could block or never end) of at most
    /// `AgeFile.maximumFileSize` bytes, opened without blocking.
    public static func read(_ path: String) throws(HandoverError) -> Data {
        let buffer = ReadBuffer(capacity: 16 * 1024)
        do throws(StoreError) {
            let (count, _) = try POSIX.readFile(path, into: buffer, limit: AgeFile.maximumFileSize)
            return Data(buffer.bytes(count))
        } catch {
            throw .file(error)
        }
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

/// Why a hand-over file could not be read or made; each names the file.
public enum HandoverError: Error, Equatable, Sendable {
    /// The file could not be read: missing, a FIFO, a device or a folder, too large, no permission.
    case file(StoreError)
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
        case .passphraseNeeded(let path), .encryption(let path, _):
            return path
        case .file(let error), .content(let error): return error.path
        }
    }

    public var message: LocalizedText {
        func named(_ text: LocalizedText) -> LocalizedText {
            path.isEmpty ? text : LocalizedText(nl: "\(path): \(text.nl)", en: "\(path): \(text.en)")
        }
        switch self {
        case .file(let error): return error.message
        case .passphraseNeeded:
            return named(LocalizedText(nl: "versleuteld: een wachtzin is nodig", en: "encrypted: a passphrase is needed"))
        case .encryption(_, let error): return named(error.message)
        case .content(let error): return error.message
        }
    }
}
