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
        let loaded = store.loadAll()
        groups = loaded.groups
        problems = loaded.problems
        let readOnlyReasons = Set(loaded.readOnly.values.map(\.path))
        failedFiles = loaded.problems.filter { !readOnlyReasons.contains($0.path) }
        // A damaged profile or settings file is reported and left alone (never saved over):
        // the command goes on without a profile, with the default settings.
        let profile = store.loadProfile()
        supervisor = profile.value
        let savedSettings = store.loadSettings()
        settings = savedSettings.value
        problems += [profile.readOnly, savedSettings.readOnly].compactMap { $0 }
        language = options.requestedLanguage ?? settings.language ?? Language.fromEnvironment(options.environment)
    }

    func text(_ localized: LocalizedText) -> String { localized.text(language) }

    /// One line on standard output in the user's language, shown safely (`Output`).
    func say(_ localized: LocalizedText) { Output.line(text(localized)) }

    /// The index of a group named by id or name.
    func groupIndex(_ nameOrID: String) throws -> Int {
        switch GroupLookup.find(nameOrID, in: groups) {
        case .success(let index): return index
        case .failure(let failure):
            if let damaged = damagedFile(for: nameOrID) { throw CLIError(CommandText.damagedGroup(nameOrID, damaged.message)) }
            throw failure.cli
        }
    }

    /// The problem of the group file that would hold the group named `nameOrID` (by id, or by the
    /// id its name makes), when that file did not load: "unknown group" would send the user looking
    /// in the wrong place.
    private func damagedFile(for nameOrID: String) -> StoreError? {
        let candidates = [GroupID(nameOrID), Group.makeID(from: nameOrID, taken: [])]
            .filter(GroupFileName.isValid).map(store.path(for:))
        return failedFiles.first { candidates.contains($0.path) }
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

    /// Many new groups in one batch, with the profile when given: the store checks them all first
    /// and syncs once, and a failure leaves none of them written.
    func addGroups(_ new: [Group], profile: Supervisor? = nil) throws {
        do throws(StoreError) { try store.save(new, profile: profile) } catch { throw CLIError(error.message) }
        groups += new
        if let profile { supervisor = profile }
    }

    /// Fails, writing nothing, when saving `group` would be refused (see `Store.checkSavable`).
    func checkSavable(_ group: Group) throws {
        do throws(StoreError) { try store.checkSavable(group) } catch { throw CLIError(error.message) }
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
        for problem in problems { Output.error(text(problem.message)) }
    }
}
