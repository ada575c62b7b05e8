import Foundation
import IntervisionCore
import IntervisionStore

/// The data folder as one command sees it: everything loaded once, changed in memory, and written
/// back only when the whole command has succeeded (so a failing command writes nothing).
final class Workspace {
    let store: Store
    let today: CivilDate
    let language: Language
    private(set) var groups: [Group]
    private(set) var supervisor: Supervisor?
    private(set) var settings: Settings
    /// Files that did not load or load read-only (corrupt, newer version): reported, never overwritten.
    private(set) var problems: [StoreError]
    /// The files among those whose group is missing altogether (corrupt, unreadable).
    private(set) var failedFiles: [StoreError] = []

    init(_ options: GlobalOptions) throws {
        let folder = DataFolder.current(explicit: options.dataDir)
        store = Store(folder: folder)
        today = try options.resolvedToday()
        do throws(StoreError) {
            let loaded = store.loadAll()
            groups = loaded.groups
            problems = loaded.problems
            let readOnlyReasons = Set(loaded.readOnly.values.map(\.path))
            failedFiles = loaded.problems.filter { !readOnlyReasons.contains($0.path) }
            let profile = try store.loadProfile()
            supervisor = profile.value
            let savedSettings = try store.loadSettings()
            settings = savedSettings.value
            problems += [profile.readOnly, savedSettings.readOnly].compactMap { $0 }
        } catch {
            throw CLIError(error.message)
        }
        language = options.requestedLanguage ?? settings.language ?? Language.fromEnvironment(options.environment)
    }

    func text(_ localized: LocalizedText) -> String { localized.text(language) }

    /// The index of a group named by id or name.
    func groupIndex(_ nameOrID: String) throws -> Int {
        switch GroupLookup.find(nameOrID, in: groups) {
        case .success(let index): return index
        case .failure(let failure): throw failure.cli
        }
    }

    /// The group named (by name or id), or every group when none is named.
    func groups(named nameOrID: String?) throws -> [Group] {
        try nameOrID.map { [groups[try groupIndex($0)]] } ?? groups
    }

    /// Whether a group file failed to load while every group was asked for: the answer is incomplete.
    func someGroupsMissing(whenAsked nameOrID: String?) -> Bool {
        nameOrID == nil && !failedFiles.isEmpty
    }

    /// Applies an edit to one group and saves it; an edit that throws changes nothing.
    func editGroup<T>(_ nameOrID: String, _ edit: (inout Group) throws -> T) throws -> T {
        let index = try groupIndex(nameOrID)
        var group = groups[index]
        let result: T
        do {
            result = try edit(&group)
        } catch let error as EditError {
            throw error.cli
        }
        try save(group)
        groups[index] = group
        return result
    }

    func addGroup(_ group: Group) throws {
        try save(group)
        groups.append(group)
    }

    /// Many new groups in one batch: the store checks them all first and syncs once.
    func addGroups(_ new: [Group]) throws {
        do throws(StoreError) { try store.save(new) } catch { throw CLIError(error.message) }
        groups += new
    }

    func save(_ group: Group) throws {
        do throws(StoreError) { try store.save(group) } catch { throw CLIError(error.message) }
    }

    func saveProfile(_ profile: Supervisor) throws {
        do throws(StoreError) { try store.saveProfile(profile) } catch { throw CLIError(error.message) }
        supervisor = profile
    }

    func report(for group: Group) -> GroupReport {
        RulesEngine.report(for: group, supervisor: supervisor, today: today)
    }

    /// Load problems go to stderr so scripts reading stdout are not confused, and so nobody
    /// mistakes a group that did not load for a group that does not exist.
    func warnAboutProblems() {
        for problem in problems {
            FileHandle.standardError.write(Data((text(problem.message) + "\n").utf8))
        }
    }
}
