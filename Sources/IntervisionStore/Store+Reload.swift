#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

/// One group file read again, as it is on disk now.
public enum GroupReload: Sendable {
    case loaded(Group)
    /// Shown, never saved over (a newer version, fields this version does not know).
    case readOnly(Group, StoreError)
    /// There is no file any more: a save writes it again.
    case gone
    /// The file does not load (damaged, not a data file): it will not be saved over.
    case failed(StoreError)
}

extension Store {
    /// Reads the group's file again (after a save was refused because someone else changed it):
    /// from now on this session knows the version on disk, so the next save replaces it, and is
    /// again refused only if the file changes once more.
    public func reload(_ id: GroupID) -> GroupReload {
        guard GroupFileName.isValid(id) else { return .failed(.invalidGroupID(id)) }
        let path = path(for: id)
        lock.lock()
        defer { lock.unlock() }
        switch GroupFileLoader.loadOne(GroupFileLoader.File(path: path, id: id), buffer: ReadBuffer(), strings: nil) {
        case .loaded(let group, let stamp):
            records[path] = .writable(stamp)
            return .loaded(group)
        case .readOnly(let group, let stamp, let reason):
            records[path] = .readOnly(stamp, reason)
            return .readOnly(group, reason)
        case .failed(let stamp, let reason):
            if stamp == nil, Self.isMissing(reason) {
                records[path] = nil
                return .gone
            }
            records[path] = .unreadable(stamp, reason)
            return .failed(reason)
        }
    }

    private static func isMissing(_ error: StoreError) -> Bool {
        switch error {
        case .notFound: return true
        case .ioFailure(_, _, let code): return code == ENOENT
        default: return false
        }
    }
}
