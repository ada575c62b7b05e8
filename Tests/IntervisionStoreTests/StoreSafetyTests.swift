import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// A class, so that each test's folder lives exactly as long as the test (its deinit removes it).
@Suite("The store never overwrites what it should not")
final class StoreSafetyTests {
    let folder = TemporaryFolder()

    /// A store on a data folder with two good groups saved by another store.
    private func folderWithGroups() throws -> (TemporaryFolder, Store) {
        try Store(folder: folder.dataFolder).save([Fixtures.fullGroup(id: "good1"), Fixtures.fullGroup(id: "good2")])
        return (folder, Store(folder: folder.dataFolder))
    }

    @Test("a file from a newer version loads read-only; saving it is refused naming the file and the version")
    func newerVersion() throws {
        let (_, store) = try folderWithGroups()
        let path = store.path(for: "future")
        let text = #"{"format": "intervisie-group", "version": 3, "id": "future", "name": "Van later", "colour": "blue"}"# + "\n"
        try overwrite(path, with: text)
        let load = store.loadAll()
        #expect(load.groups.map(\.id) == ["future", "good1", "good2"])
        let expected = StoreError.newerVersion(path: path, version: 3, supported: 1)
        #expect(load.problems == [expected])
        #expect(load.readOnly == ["future": expected])

        var group = try #require(load.groups.first)
        group.name = "Gewijzigd"
        #expect(throws: StoreError.readOnly(path: path, because: expected)) { try store.save(group) }
        let message = StoreError.readOnly(path: path, because: expected).message
        #expect(message.en.contains(path) && message.en.contains("schema version 3"))
        #expect(message.nl.contains(path) && message.nl.contains("schemaversie 3"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        // The other groups are still writable.
        try store.save(load.groups[1])
    }

    @Test("a file with fields this version does not know loads read-only, so they are not lost")
    func unknownFields() throws {
        let (_, store) = try folderWithGroups()
        let path = store.path(for: "extra")
        let text = "{\"format\": \"intervisie-group\", \"version\": 1, \"id\": \"extra\", \"name\": \"x\",\n \"colour\": \"blue\"}\n"
        try overwrite(path, with: text)
        let load = store.loadAll()
        let expected = StoreError.unknownFields(path: path, fields: ["colour (line 2, column 2)"])
        #expect(load.problems == [expected])
        #expect(load.groups.count == 3)
        let group = try #require(load.groups.first { $0.id == "extra" })
        #expect(throws: StoreError.readOnly(path: path, because: expected)) { try store.save(group) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("a corrupt file is reported with path and position, the others load, and it is never overwritten")
    func corruptFile() throws {
        let (folder, store) = try folderWithGroups()
        let path = store.path(for: "broken")
        let text = "{\n  \"format\": \"intervisie-group\",\n  \"version\": 1,\n  \"id\": \"broken\",\n  \"name\": \"x\",,\n}\n"
        try overwrite(path, with: text)
        let load = store.loadAll()
        #expect(load.groups.map(\.id) == ["good1", "good2"])
        let expected = StoreError.corrupt(path: path, line: 5, column: 15, reason: "expected a field name")
        #expect(load.problems == [expected])
        #expect(expected.message.en.contains("\(path): unreadable at line 5, column 15"))

        #expect(throws: StoreError.readOnly(path: path, because: expected)) {
            try store.save(Fixtures.minimalGroup(id: "broken"))
        }
        // Not in a batch either, and then nothing of the batch is written.
        var good = load.groups[0]
        good.name = "changed"
        #expect(throws: StoreError.readOnly(path: path, because: expected)) {
            try store.save([good, Fixtures.minimalGroup(id: "broken")])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(Store(folder: folder.dataFolder).loadAll().groups[0].name != "changed")
        // Moving it aside is allowed: nothing is lost.
        try store.delete("broken")
        #expect(names(in: folder.dataFolder.path + "/deleted").count == 1)
        #expect(store.loadAll().problems.isEmpty)
    }

    @Test("a file whose id differs from its name is reported and not loaded, and not overwritten")
    func idMismatch() throws {
        let (_, store) = try folderWithGroups()
        let path = store.path(for: "copy")
        let text = String(decoding: GroupCodec.encode(Fixtures.fullGroup(id: "good1")), as: UTF8.self)
        try overwrite(path, with: text)
        let load = store.loadAll()
        #expect(load.groups.map(\.id) == ["good1", "good2"])
        #expect(load.problems == [.idMismatch(path: path, id: "good1")])
        #expect(throws: StoreError.self) { try store.save(Fixtures.minimalGroup(id: "copy")) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("a file changed on disk since it was read is not overwritten")
    func changedOnDisk() throws {
        let (_, store) = try folderWithGroups()
        var group = try #require(store.loadAll().groups.first)
        let path = store.path(for: group.id)
        // Same length, rewritten in place right away: only the content differs.
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let edited = original.replacingOccurrences(of: "Chirurgen", with: "Chirurgin")
        #expect(edited.utf8.count == original.utf8.count)
        try overwrite(path, with: edited)
        group.remarks = "mine"
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.save(group) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
        #expect(StoreError.changedOnDisk(path: path).message.en.contains(path))
        // After reading it again, the save goes through.
        var reloaded = try #require(store.loadAll().groups.first)
        reloaded.remarks = "mine"
        try store.save(reloaded)
    }

    @Test("a file removed on disk, or created by someone else for a new group, is not silently written")
    func removedOrCreated() throws {
        let (_, store) = try folderWithGroups()
        let groups = store.loadAll().groups
        try FileManager.default.removeItem(atPath: store.path(for: "good2"))
        #expect(throws: StoreError.changedOnDisk(path: store.path(for: "good2"))) { try store.save(groups[1]) }

        let newPath = store.path(for: "new")
        try overwrite(newPath, with: "someone else's\n")
        #expect(throws: StoreError.changedOnDisk(path: newPath)) { try store.save(Fixtures.minimalGroup(id: "new")) }
        #expect(try String(contentsOfFile: newPath, encoding: .utf8) == "someone else's\n")
    }

    @Test("a file replaced by another program (new inode) is noticed before deleting it too")
    func replacedBeforeDelete() throws {
        let (_, store) = try folderWithGroups()
        _ = store.loadAll()
        let path = store.path(for: "good1")
        try Data(GroupCodec.encode(Fixtures.minimalGroup(id: "good1"))).write(to: URL(fileURLWithPath: path), options: .atomic)
        #expect(throws: StoreError.changedOnDisk(path: path)) { try store.delete("good1") }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a newer or corrupt profile or settings file is never overwritten")
    func profileAndSettingsSafety() throws {
        let store = Store(folder: folder.dataFolder)
        try store.saveSettings(Settings())
        let newer = #"{"format": "intervisie-profile", "version": 2, "name": "X", "photo": "..."}"#
        try overwrite(store.profilePath, with: newer)
        let profile = store.loadProfile()
        #expect(profile.value?.name == "X")
        let reason = StoreError.newerVersion(path: store.profilePath, version: 2, supported: 1)
        #expect(profile.readOnly == reason)
        #expect(throws: StoreError.readOnly(path: store.profilePath, because: reason)) { try store.saveProfile(Supervisor()) }
        #expect(try String(contentsOfFile: store.profilePath, encoding: .utf8) == newer)

        let corrupt = #"{"format": "intervisie-settings", "version": 1, "language": "de"}"#
        try overwrite(store.settingsPath, with: corrupt)
        let fault = StoreError.corrupt(path: store.settingsPath, line: 1, column: 61, reason: "unknown value \"de\"")
        #expect(store.loadSettings().readOnly == fault)
        #expect(store.loadSettings().value == Settings())
        #expect(throws: StoreError.readOnly(path: store.settingsPath, because: fault)) { try store.saveSettings(Settings()) }
        #expect(try String(contentsOfFile: store.settingsPath, encoding: .utf8) == corrupt)
    }

    @Test("a group file that cannot be read at all (here a folder) is reported as what it is; the others load")
    func unreadableEntry() throws {
        let (_, store) = try folderWithGroups()
        let path = store.path(for: "odd")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        let load = store.loadAll()
        #expect(load.groups.map(\.id) == ["good1", "good2"])
        #expect(load.problems == [.notARegularFile(path: path, kind: .directory)])
        #expect(throws: StoreError.self) { try store.save(Fixtures.minimalGroup(id: "odd")) }
    }

    @Test("a temporary file left by a killed save is never loaded as a group, and is gone after the next load and save")
    func staleTemporaryFile() throws {
        let (folder, store) = try folderWithGroups()
        let stale = folder.dataFolder.path + "/groups/.good1.json.x7k2.tmp"
        try overwrite(stale, with: "{\"format\": \"intervisie-gr")
        let load = store.loadAll()
        #expect(load.problems.isEmpty)
        #expect(load.groups.count == 2)
        try store.save(load.groups[0])
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test("a data folder path that cannot be a folder gives a typed error naming it")
    func unwritablePath() throws {
        let blocker = folder.path + "/data"
        try overwrite(blocker, with: "a file, not a folder")
        let store = Store(folder: URL(fileURLWithPath: blocker))
        #expect(throws: StoreError.ioFailure(path: blocker, operation: "create folder", code: ENOTDIR)) {
            try store.save(Fixtures.minimalGroup())
        }
        #expect(StoreError.ioFailure(path: blocker, operation: "create folder", code: ENOTDIR).message.en.contains("Not a directory"))
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "a file, not a folder")
    }

    @Test("errno values map to the typed errors a user can act on")
    func errnoMapping() {
        #expect(StoreError.fromErrno(ENOSPC, path: "/p", operation: "write") == .noSpace(path: "/p"))
        #expect(StoreError.fromErrno(EDQUOT, path: "/p", operation: "write") == .noSpace(path: "/p"))
        #expect(StoreError.fromErrno(EACCES, path: "/p", operation: "open") == .permissionDenied(path: "/p"))
        #expect(StoreError.fromErrno(EROFS, path: "/p", operation: "open") == .readOnlyFileSystem(path: "/p"))
        #expect(StoreError.fromErrno(ENOENT, path: "/p", operation: "open") == .notFound(path: "/p"))
        #expect(StoreError.fromErrno(EIO, path: "/p", operation: "fsync") == .ioFailure(path: "/p", operation: "fsync", code: EIO))
    }
}
