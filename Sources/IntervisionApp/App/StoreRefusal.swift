import IntervisionCore

/// Why the data folder did not take a save (or a reload), as the screens need it: typed, so that
/// each kind is shown in the user's own words and "changed on disk" can offer to reload. The runtime
/// makes these from the store's errors; the screens never see the store.
public enum StoreRefusal: Sendable, Equatable {
    /// The file was changed, made or removed outside this app since it was read: nothing was
    /// overwritten; reloading the file from disk makes later saves possible again.
    case changedOnDisk(file: String)
    /// The file could not be read when it was loaded (damaged, or not a data file) and is never
    /// written over; `detail` says where and what (the store's words).
    case damaged(file: String, detail: LocalizedText)
    /// The file was written by a newer version, or holds fields this version does not know: shown,
    /// never written over, so nothing in it is lost.
    case newerFile(file: String, detail: LocalizedText)
    /// The operating system does not let this user write the file or its folder.
    case notPermitted(file: String)
    /// The data folder is on a file system mounted read-only.
    case readOnlyFileSystem(file: String)
    /// Disk full, quota or file size limit: the file on disk is as it was.
    case diskFull(file: String)
    /// Another program held the data folder's lock (`lock`) for `seconds`: nothing was written.
    case lockTimeout(lock: String, seconds: Int)
    /// There is no such file (any more).
    case notFound(file: String)
    /// Any other failure of the operating system; `reason` in words (never a raw system text).
    case systemError(file: String, reason: LocalizedText)
    /// Not about one file (a group id that cannot be a file name, ...): the runtime's words.
    case other(LocalizedText)

    /// Only a file changed by someone else is fixed by reading it again.
    public var offersReload: Bool {
        if case .changedOnDisk = self { return true }
        return false
    }

    /// What happened and what it means, in the user's language.
    public var message: LocalizedText { SaveTexts.refusal(self) }
}

/// A file of the data folder the screens can ask to read again.
public enum StoredFile: Sendable, Hashable {
    case group(GroupID)
    case profile
    case settings
}

/// A file read again from disk, as it is there now.
public enum ReloadedFile: Sendable, Equatable {
    /// The group as the disk has it; nil when its file is gone (the app keeps its own version,
    /// and the next save writes the file again). `readOnly` when the file is newer than this
    /// version (shown, not saved over).
    case group(GroupID, Group?, readOnly: StoreRefusal?)
    case profile(Supervisor?)
    case settings(Settings)
}
