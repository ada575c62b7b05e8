#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionApp
import IntervisionCore
import IntervisionStore

extension StoreRefusal {
    /// The store's error as the screens show it: each kind typed, in the user's words, never a
    /// raw text of the operating system.
    public init(_ error: StoreError) {
        switch error {
        case .changedOnDisk(let path):
            self = .changedOnDisk(file: path)
        case .readOnly(let path, let because):
            switch because {
            case .newerVersion, .unknownFields: self = .newerFile(file: path, detail: error.message)
            default: self = .damaged(file: path, detail: error.message)
            }
        case .corrupt(let path, _, _, _), .idMismatch(let path, _):
            self = .damaged(file: path, detail: error.message)
        case .newerVersion(let path, _, _), .unknownFields(let path, _):
            self = .newerFile(file: path, detail: error.message)
        case .notFound(let path):
            self = .notFound(file: path)
        case .noSpace(let path):
            self = .diskFull(file: path)
        case .permissionDenied(let path):
            self = .notPermitted(file: path)
        case .ioFailure(let path, _, let code):
            self = code == EROFS ? .readOnlyFileSystem(file: path) : .systemError(file: path, reason: Self.reason(errno: code))
        case .readOnlyFileSystem(let path):
            self = .readOnlyFileSystem(file: path)
        case .lockTimeout(let path, let seconds):
            self = .lockTimeout(lock: path, seconds: seconds)
        case .notARegularFile(let path, _), .tooLarge(let path, _, _):
            // Never read, so never written over: like a damaged file, in the store's words.
            self = .damaged(file: path, detail: error.message)
        case .invalidGroupID:
            self = .other(error.message)
        }
    }

    /// Any other error (a data store in memory, a test's): its description, in both languages.
    init(any error: Error) {
        if let error = error as? StoreError {
            self.init(error)
        } else {
            let text = String(describing: error)
            self = .other(LocalizedText(nl: text, en: text))
        }
    }

    /// What an errno means, in words; the number for the rest.
    static func reason(errno code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: return LocalizedText(nl: "de map bestaat niet (meer)", en: "the folder does not exist (any more)")
        case ENOTDIR: return LocalizedText(nl: "een deel van het pad is geen map", en: "part of the path is not a folder")
        case EISDIR: return LocalizedText(nl: "daar staat een map", en: "a folder stands there")
        case EIO: return LocalizedText(nl: "de schijf gaf een lees- of schrijffout", en: "the disk reported a read or write error")
        case ENAMETOOLONG: return LocalizedText(nl: "het pad is te lang", en: "the path is too long")
        case EMFILE, ENFILE: return LocalizedText(nl: "er zijn te veel bestanden open", en: "too many files are open")
        default: return LocalizedText(nl: "systeemfout \(code)", en: "system error \(code)")
        }
    }
}
