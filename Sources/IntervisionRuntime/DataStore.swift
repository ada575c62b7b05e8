import IntervisionApp
import IntervisionCore
import IntervisionStore

/// What the app reads at start.
public struct LoadedData: Sendable {
    public var settings: Settings?
    public var supervisor: Supervisor?
    public var groups: [Group]
    /// Files that could not be read (shown in the status bar; they are never overwritten).
    public var problems: [LocalizedText]
    /// The intervision methods: shipped, plus the data folder's `methods.json`.
    public var methods = MethodLibrary(Store.shippedMethods)

    public init(settings: Settings? = nil, supervisor: Supervisor? = nil, groups: [Group] = [], problems: [LocalizedText] = []) {
        self.settings = settings
        self.supervisor = supervisor
        self.groups = groups
        self.problems = problems
    }

    /// Nothing there yet: the first-start screen offers the demo data.
    public var isEmptyFolder: Bool { settings == nil && supervisor == nil && groups.isEmpty }
}

/// Where the screens load and save: the data folder (IntervisionStore) in the app, memory in tests.
public protocol DataStore: AnyObject {
    func load() throws -> LoadedData
    func save(_ group: Group) throws
    /// Several groups in one go (the demo data set).
    func save(_ groups: [Group]) throws
    func save(_ settings: Settings) throws
    func save(_ supervisor: Supervisor) throws
    /// A file read again as it is on disk now; from then on a save replaces that version.
    func reload(_ file: StoredFile) throws -> ReloadedFile
    /// Throws what `save(group)` would throw before it writes anything (a damaged, newer or
    /// changed file): asked before an export that then records its date on the group.
    func checkSavable(_ group: Group) throws
}

extension DataStore {
    public func save(_ groups: [Group]) throws {
        for group in groups { try save(group) }
    }
}

/// Keeps everything in memory: for tests, and for trying the screens without touching a folder.
public final class InMemoryDataStore: DataStore {
    public private(set) var data: LoadedData
    public private(set) var saveCount = 0
    /// While set, every save throws it and changes nothing (a refusing data folder, for tests).
    public var refusal: Error?

    public init(_ data: LoadedData = LoadedData()) { self.data = data }

    public func load() throws -> LoadedData { data }

    public func reload(_ file: StoredFile) throws -> ReloadedFile {
        switch file {
        case .group(let id): return .group(id, data.groups.first { $0.id == id }, readOnly: nil)
        case .profile: return .profile(data.supervisor)
        case .settings: return .settings(data.settings ?? Settings())
        }
    }

    public func checkSavable(_ group: Group) throws {
        if let refusal { throw refusal }
    }

    public func save(_ group: Group) throws {
        if let refusal { throw refusal }
        saveCount += 1
        if let index = data.groups.firstIndex(where: { $0.id == group.id }) { data.groups[index] = group } else { data.groups.append(group) }
    }

    public func save(_ settings: Settings) throws {
        if let refusal { throw refusal }
        saveCount += 1
        data.settings = settings
    }

    public func save(_ supervisor: Supervisor) throws {
        if let refusal { throw refusal }
        saveCount += 1
        data.supervisor = supervisor
    }
}
