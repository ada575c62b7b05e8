import IntervisionCore

/// Work with side effects that `update` asks for but never does itself (bubbletea's commands).
/// An `EffectRunner` performs them; what came of it returns as `Event.effectResult`.
public enum Effect: Sendable, Equatable {
    case saveSettings(Settings)
    case saveGroup(Group)
    case saveSupervisor(Supervisor)
    /// Write the demo data set into the (empty) data folder and return it.
    case installDemoData
    /// Read a file of the data folder again, as it is on disk now (after "changed on disk").
    case reload(StoredFile)
    /// Read a theme (shipped, or the user's file) and hand it back resolved or with its fault.
    case loadTheme(name: String)
    case quit
    /// Ctrl-Z: hand the terminal to the shell until `fg` (the terminal layer does it; no state changes).
    case suspend
    /// Render and write an export file (never over an existing file unless the order says `force`).
    case export(ExportOrder)
    /// Put a text on the system clipboard through the terminal (OSC 52: the terminal layer writes
    /// the sequence); the GAIA list to paste.
    case copyToClipboard(String)
    /// Import, passphrases and sync (`ShareEffect`).
    case share(ShareEffect)

    /// A write to (or read of) the data folder: the screens show nothing as saved until its answer
    /// arrives, and keys pressed meanwhile wait for it (`AppState.heldKeys`).
    public var isStoreWork: Bool {
        switch self {
        case .saveSettings, .saveGroup, .saveSupervisor, .installDemoData, .reload: return true
        case .loadTheme, .quit, .suspend, .export, .share, .copyToClipboard: return false
        }
    }
}

/// What came of an effect. Every answer of the data folder names what it was for, so the screen
/// that asked shows it: saved (only now), or refused with the reason (and what was typed kept).
public enum EffectResult: Sendable {
    case settingsSaved
    case settingsSaveFailed(StoreRefusal)
    case groupSaved(GroupID)
    case groupSaveFailed(GroupID, StoreRefusal)
    /// The profile is in the data folder: the screens judge every group with it.
    case supervisorSaved(Supervisor)
    case supervisorSaveFailed(StoreRefusal)
    case demoInstalled(supervisor: Supervisor, groups: [Group])
    case demoInstallFailed(StoreRefusal)
    /// A file read again from disk.
    case reloaded(ReloadedFile)
    case reloadFailed(StoredFile, StoreRefusal)
    case themeLoaded(name: String, theme: Theme)
    /// The theme could not be used; `message` names the file and the fault; `fallback` (the
    /// default theme) is used instead.
    case themeFailed(name: String, message: LocalizedText, fallback: Theme)
    /// The file was written at `path` (absolute).
    case exported(ExportOrder, path: String)
    /// Not written; `existingFile` is the path when it was refused because the file exists.
    case exportFailed(ExportOrder, LocalizedText, existingFile: String?)
    /// Not written: the folder (absolute) does not exist; the dialog offers to make it.
    case exportFolderMissing(ExportOrder, folder: String)
    /// The clipboard sequence was written to the terminal (`sent`), or there was no terminal to
    /// write it to. Whether the terminal passed it on cannot be known.
    case clipboardCopy(sent: Bool)
    case share(ShareResult)

    /// The answer to an effect that `isStoreWork`.
    public var answersStoreWork: Bool {
        switch self {
        case .settingsSaved, .settingsSaveFailed, .groupSaved, .groupSaveFailed, .supervisorSaved, .supervisorSaveFailed,
             .demoInstalled, .demoInstallFailed, .reloaded, .reloadFailed:
            return true
        case .themeLoaded, .themeFailed, .exported, .exportFailed, .exportFolderMissing, .share, .clipboardCopy:
            return false
        }
    }

    /// The data folder refused: keys typed ahead of this answer were meant for a save that did not
    /// happen, so they are dropped rather than applied to the refusal shown.
    public var refusal: StoreRefusal? {
        switch self {
        case .settingsSaveFailed(let refusal), .groupSaveFailed(_, let refusal), .supervisorSaveFailed(let refusal),
             .demoInstallFailed(let refusal), .reloadFailed(_, let refusal):
            return refusal
        default:
            return nil
        }
    }
}
