import IntervisionCore

/// Work with side effects that `update` asks for but never does itself (bubbletea's commands).
/// An `EffectRunner` performs them; what came of it returns as `Event.effectResult`.
public enum Effect: Sendable, Equatable {
    case saveSettings(Settings)
    case saveGroup(Group)
    case saveSupervisor(Supervisor)
    /// Write the demo data set into the (empty) data folder and return it.
    case installDemoData
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
}

public enum EffectResult: Sendable {
    case settingsSaved
    case groupSaved(GroupID)
    /// The profile is in the data folder: the screens judge every group with it.
    case supervisorSaved(Supervisor)
    case demoInstalled(supervisor: Supervisor, groups: [Group])
    case themeLoaded(name: String, theme: Theme)
    /// The theme could not be used; `message` names the file and the fault; `fallback` (the
    /// default theme) is used instead.
    case themeFailed(name: String, message: LocalizedText, fallback: Theme)
    /// A save or install failed; the message is shown in the status bar.
    case failed(LocalizedText)
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
}
