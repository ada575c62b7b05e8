import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionStore

/// The data folder through the store module: what the app uses outside tests.
public final class FolderDataStore: DataStore {
    public let store: Store

    /// `lockTimeout`: how long a save waits for another program holding the data folder's lock
    /// (then refused as `lockTimeout`, writing nothing).
    public init(folder: URL, lockTimeout: Double = Store.defaultLockTimeout) {
        store = Store(folder: folder, lockTimeout: lockTimeout)
    }

    public func load() throws -> LoadedData {
        let groups = store.loadAll()
        var problems = groups.problems.map(\.message)
        let profile = store.loadProfile()
        let settings = store.loadSettings()
        problems += [profile.readOnly, settings.readOnly].compactMap { $0?.message }
        // No settings file yet means the user has never chosen anything here: together with no
        // groups and no profile, the folder is new and the first-start screen is shown.
        let hasSettingsFile = FileManager.default.fileExists(atPath: store.settingsPath)
        let methods = store.loadMethods()
        problems += [methods.problem].compactMap { $0?.message }
        var loaded = LoadedData(settings: hasSettingsFile ? settings.value : nil, supervisor: profile.value,
                                groups: groups.groups, problems: problems)
        loaded.methods = methods.library
        return loaded
    }

    public func save(_ group: Group) throws { try store.save(group) }
    public func checkSavable(_ group: Group) throws { try store.checkSavable(group) }
    public func save(_ groups: [Group]) throws { try store.save(groups) }
    public func save(_ settings: Settings) throws { try store.saveSettings(settings) }
    public func save(_ supervisor: Supervisor) throws { try store.saveProfile(supervisor) }

    public func reload(_ file: StoredFile) throws -> ReloadedFile {
        switch file {
        case .group(let id):
            switch store.reload(id) {
            case .loaded(let group): return .group(id, group, readOnly: nil)
            case .readOnly(let group, let reason): return .group(id, group, readOnly: StoreRefusal(reason))
            case .gone: return .group(id, nil, readOnly: nil)
            case .failed(let error): throw error
            }
        case .profile:
            return .profile(store.loadProfile().value)
        case .settings:
            return .settings(store.loadSettings().value)
        }
    }
}
