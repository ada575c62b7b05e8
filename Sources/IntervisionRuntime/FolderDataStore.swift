import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionStore

/// The data folder through the store module: what the app uses outside tests.
public final class FolderDataStore: DataStore {
    public let store: Store

    public init(folder: URL) { store = Store(folder: folder) }

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
    public func save(_ groups: [Group]) throws { try store.save(groups) }
    public func save(_ settings: Settings) throws { try store.saveSettings(settings) }
    public func save(_ supervisor: Supervisor) throws { try store.saveProfile(supervisor) }
}
