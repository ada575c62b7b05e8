import Foundation
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
    // Later screens add their own: export a plan, write an attendance list, ... (issues 4 and 5).
    // MARK: - Meetings and evaluation (issue 4)
    /// Write an exported document (an evaluation) to a file; never over an existing one unless `force`.
    case writeExport(ExportRequest)
}

/// A document to write: the bytes are rendered in `update` (pure); only the writing is an effect.
public struct ExportRequest: Sendable, Equatable {
    public var path: String
    public var data: Data
    public var force: Bool

    public init(path: String, data: Data, force: Bool) {
        self.path = path
        self.data = data
        self.force = force
    }
}

public enum EffectResult: Sendable {
    case settingsSaved
    case groupSaved(GroupID)
    case supervisorSaved
    case demoInstalled(supervisor: Supervisor, groups: [Group])
    case themeLoaded(name: String, theme: Theme)
    /// The theme could not be used; `message` names the file and the fault; `fallback` (the
    /// default theme) is used instead.
    case themeFailed(name: String, message: LocalizedText, fallback: Theme)
    /// A save or install failed; the message is shown in the status bar.
    case failed(LocalizedText)
    // MARK: - Meetings and evaluation (issue 4)
    case exportWritten(path: String)
    /// Not written: the file exists (`exists`, the user may confirm overwriting it) or the system refused.
    case exportRefused(path: String, exists: Bool, message: LocalizedText)
}

/// Performs effects outside the state machine (files, the store). Results come back as events
/// that the caller feeds into `update`.
public protocol EffectRunner {
    mutating func run(_ effect: Effect) -> [Event]
}
