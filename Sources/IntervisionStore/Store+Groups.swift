#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

extension Store {
    /// Reads every `groups/*.json`. Never throws: a file that fails is listed in `problems` and the
    /// others still load. Forgets what an earlier load knew about group files.
    public func loadAll() -> GroupLoad {
        sweepTemporariesIfIdle()
        var result = GroupLoad()
        let names: [String]
        do throws(StoreError) {
            names = try POSIX.listFolder(groupsPath)
        } catch {
            result.problems.append(error)
            return result
        }
        let files = names.sorted().compactMap { name in
            GroupFileName.groupID(fromFileName: name).map { GroupFileLoader.File(path: groupsPath + "/" + name, id: $0) }
        }
        let outcomes = GroupFileLoader.load(files)

        var fresh: [String: FileRecord] = [:]
        fresh.reserveCapacity(files.count)
        result.groups.reserveCapacity(files.count)
        for (file, outcome) in zip(files, outcomes) {
            let path = file.path
            switch outcome {
            case .loaded(let group, let stamp):
                result.groups.append(group)
                fresh[path] = .writable(stamp)
            case .readOnly(let group, let stamp, let reason):
                result.groups.append(group)
                result.problems.append(reason)
                result.readOnly[group.id] = reason
                fresh[path] = .readOnly(stamp, reason)
            case .failed(let stamp, let reason):
                result.problems.append(reason)
                fresh[path] = .unreadable(stamp, reason)
            }
        }
        lock.lock()
        records = records.filter { !$0.key.hasPrefix(groupsPath + "/") }.merging(fresh) { _, new in new }
        lock.unlock()
        return result
    }

    /// Removes what killed saves left behind, when nobody is saving right now (the lock is free):
    /// a running save of another process holds the lock, so its temporary files are never touched.
    /// When the lock is taken, the next load or save sweeps instead.
    private func sweepTemporariesIfIdle() {
        locked { () -> Void in
            guard !sweptTemporaries else { return }
            _ = FolderLock.ifFree(folderPath) { sweepTemporariesOnce() }
        }
    }

    /// Writes the group to `groups/<id>.json`, atomically. Refused when the id is not a safe file
    /// name, when the file did not load cleanly (read-only or unreadable), or when it changed on
    /// disk since this session read or wrote it (or appeared, for a group this session did not load).
    public func save(_ group: Group) throws(StoreError) {
        try save([group])
    }

    /// Writes several groups in one go (the demo data set, an import): every check is made before
    /// the first file is replaced, and the files are flushed to disk together, which is far faster
    /// than one by one. A failure leaves every file not yet renamed untouched.
    public func save(_ groups: [Group]) throws(StoreError) {
        try save(groups, profile: nil)
    }

    /// Writes several groups and the profile in one batch (the demo data set): every check is made
    /// before the first file is written, so a refusal (a full disk while the temporary files are
    /// written) leaves no file behind, the profile included.
    public func save(_ groups: [Group], profile: Supervisor?) throws(StoreError) {
        for group in groups where !GroupFileName.isValid(group.id) { throw StoreError.invalidGroupID(group.id) }
        let paths = groups.map { path(for: $0.id) } + (profile == nil ? [] : [profilePath])
        try locked { () throws(StoreError) in
            try writeChecked(paths) { index in
                index < groups.count ? GroupEncoding.encode(groups[index]) : ProfileCodec.encode(profile!)
            }
        }
    }

    /// Throws what `save(group)` would throw before writing anything (the file is read-only or
    /// unreadable, changed on disk, or the id is not a file name): so a command can find out before
    /// it writes anything else (an export that records its date on the group). A save may still
    /// fail after this (a full disk, another program's lock).
    public func checkSavable(_ group: Group) throws(StoreError) {
        guard GroupFileName.isValid(group.id) else { throw StoreError.invalidGroupID(group.id) }
        let path = path(for: group.id)
        try locked { () throws(StoreError) in
            if let reason = records[path]?.refusal { throw StoreError.readOnly(path: path, because: reason) }
            try checkUnchanged(path)
        }
    }

    /// Moves the group's file aside to `deleted/<id>.<UTC time>.json` (restore it by moving it
    /// back). Works for read-only and unreadable files too, since nothing is lost; refused when the
    /// file changed on disk since it was read.
    public func delete(_ id: GroupID) throws(StoreError) {
        guard GroupFileName.isValid(id) else { throw StoreError.invalidGroupID(id) }
        let source = path(for: id)
        try locked { () throws(StoreError) in
            guard let record = records[source] else {
                if try POSIX.status(source) == nil { throw StoreError.notFound(path: source) }
                throw StoreError.changedOnDisk(path: source)
            }
            try POSIX.makeFolder(deletedPath)
            try FolderLock.withLock(folderPath, timeout: lockTimeout) { () throws(StoreError) in
                // A file that could not even be opened has no stamp to compare; moving it aside loses nothing.
                if record.stamp != nil { try checkUnchanged(source) }
                let target = try freeDeletedName(for: id)
                try POSIX.rename(source, to: target)
                records[source] = nil
                try POSIX.syncFolder(groupsPath)
                try POSIX.syncFolder(deletedPath)
            }
        }
    }

    /// `deleted/<id>.<yyyyMMdd-HHmmss>.json`, with `-2`, `-3`, ... when deleted twice in a second.
    private func freeDeletedName(for id: GroupID) throws(StoreError) -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let stamp = String(Int(parts.tm_year) + 1900) + two(Int(parts.tm_mon) + 1) + two(Int(parts.tm_mday))
            + "-" + two(Int(parts.tm_hour)) + two(Int(parts.tm_min)) + two(Int(parts.tm_sec))
        var attempt = 1
        while true {
            let suffix = attempt == 1 ? "" : "-\(attempt)"
            let candidate = "\(deletedPath)/\(id).\(stamp)\(suffix).json"
            if try POSIX.status(candidate) == nil { return candidate }
            attempt += 1
        }
    }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
