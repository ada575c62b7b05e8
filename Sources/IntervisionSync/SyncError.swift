import IntervisionCore
import IntervisionStore

/// Why a sync did not happen. In every case the data files are as they were before it started
/// (a local commit of changes made here may have been added to the folder's history).
public enum SyncError: Error, Equatable, Sendable {
    /// `git` is not installed (or not on PATH).
    case gitMissing
    /// The data folder is not a synced folder yet (`intervisie sync init REMOTE`).
    case notARepository(folder: String)
    /// The synced folder has no remote to sync with.
    case noRemote
    /// Already connected to another remote.
    case otherRemote(current: String, asked: String)
    /// A remote that cannot be an argument (it would read as an option).
    case invalidRemote(String)
    /// Fetching or pushing failed: the remote is gone, unreachable or refused.
    case remoteUnreachable(remote: String, detail: String)
    /// Someone pushed again and again while this sync tried to.
    case pushRaced
    /// A file could not be merged (damaged on one side, from a newer version, …).
    case mergeFailed(paths: [String], detail: String)
    /// A git command failed unexpectedly.
    case gitFailed(command: String, detail: String)
    /// The data folder itself refused (lock, write).
    case store(StoreError)

    public var message: LocalizedText {
        switch self {
        case .gitMissing:
            return LocalizedText(nl: "git is niet gevonden; installeer git om te synchroniseren (apt-get install git)",
                                 en: "git was not found; install git to sync (apt-get install git)")
        case .notARepository(let folder):
            return LocalizedText(nl: "\(folder) wordt nog niet gesynchroniseerd; begin met 'intervisie sync init REMOTE'",
                                 en: "\(folder) is not synced yet; start with 'intervisie sync init REMOTE'")
        case .noRemote:
            return LocalizedText(nl: "de gegevensmap heeft geen remote; koppel er een met 'intervisie sync init REMOTE'",
                                 en: "the data folder has no remote; connect one with 'intervisie sync init REMOTE'")
        case .otherRemote(let current, let asked):
            return LocalizedText(nl: "de gegevensmap is al gekoppeld aan \(current), niet aan \(asked); niets gewijzigd",
                                 en: "the data folder is already connected to \(current), not to \(asked); nothing changed")
        case .invalidRemote(let remote):
            return LocalizedText(nl: "'\(remote)' kan geen remote zijn", en: "'\(remote)' cannot be a remote")
        case .remoteUnreachable(let remote, let detail):
            return LocalizedText(nl: "\(remote) is niet bereikbaar (\(detail)); er is niets gewijzigd, werk gewoon verder en synchroniseer later",
                                 en: "\(remote) cannot be reached (\(detail)); nothing changed, keep working and sync later")
        case .pushRaced:
            return LocalizedText(nl: "de remote veranderde steeds tijdens het synchroniseren; probeer het opnieuw",
                                 en: "the remote kept changing during the sync; try again")
        case .mergeFailed(let paths, let detail):
            return LocalizedText(nl: "\(paths.joined(separator: ", ")) kon niet worden samengevoegd (\(detail)); er is niets gewijzigd",
                                 en: "\(paths.joined(separator: ", ")) could not be merged (\(detail)); nothing changed")
        case .gitFailed(let command, let detail):
            return LocalizedText(nl: "git \(command) mislukte: \(detail)", en: "git \(command) failed: \(detail)")
        case .store(let error):
            return error.message
        }
    }
}
