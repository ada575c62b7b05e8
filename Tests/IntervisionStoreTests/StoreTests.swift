import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// A class, so that each test's folder lives exactly as long as the test (its deinit removes it).
@Suite("The store: saving and loading the data folder")
final class StoreTests {
    let folder = TemporaryFolder()

    @Test("groups saved by one store load in another, field for field")
    func roundTrip() throws {
        let groups = [Fixtures.fullGroup(), Fixtures.minimalGroup()] + Fixtures.demoGroups(40)
        try Store(folder: folder.dataFolder).save(groups)
        let load = Store(folder: folder.dataFolder).loadAll()
        #expect(load.problems.isEmpty)
        #expect(load.readOnly.isEmpty)
        #expect(load.groups == groups.sorted { $0.id.rawValue + ".json" < $1.id.rawValue + ".json" })
    }

    @Test("an empty or missing data folder loads as no groups, and creates nothing")
    func emptyFolder() throws {
        let store = Store(folder: folder.dataFolder)
        let load = store.loadAll()
        #expect(load.groups.isEmpty)
        #expect(load.problems.isEmpty)
        #expect(store.loadProfile().value == nil)
        #expect(store.loadSettings().value == Settings())
        #expect(!FileManager.default.fileExists(atPath: folder.dataFolder.path))
    }

    @Test("the folders are created 0700 and every file is 0600")
    func permissions() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save(Fixtures.fullGroup())
        try store.saveProfile(Supervisor(name: "M"))
        try store.saveSettings(Settings(theme: "light"))
        #expect(mode(folder.dataFolder.path) == 0o700)
        #expect(mode(folder.dataFolder.path + "/groups") == 0o700)
        #expect(mode(store.path(for: "g-full_1.x")) == 0o600)
        #expect(mode(store.profilePath) == 0o600)
        #expect(mode(store.settingsPath) == 0o600)
        #expect(mode(folder.dataFolder.path + "/.lock") == 0o600)
    }

    @Test("the settings keep the last export folder; without one the file has no such field")
    func settingsExportFolder() throws {
        let store = Store(folder: folder.dataFolder)
        let settings = Settings(theme: "light", language: .nl, role: .contactPerson, exportFolder: "~/Documenten/intervisie \"2026\"")
        try store.saveSettings(settings)
        #expect(store.loadSettings().value == settings)
        try store.saveSettings(Settings())
        #expect(store.loadSettings().value == Settings())
        #expect(try !String(contentsOfFile: store.settingsPath, encoding: .utf8).contains("exportFolder"))
    }

    @Test("a data folder deep below a missing parent is created, parents 0700 too")
    func nestedFolder() throws {
        let data = folder.url.appendingPathComponent("a/b/intervisie")
        try Store(folder: data).save(Fixtures.minimalGroup())
        #expect(mode(folder.path + "/a") == 0o700)
        #expect(mode(data.path) == 0o700)
    }

    @Test("saves leave no temporary files behind, only the lock, the groups and the two small files")
    func noTemporaryFiles() throws {
        let store = Store(folder: folder.dataFolder)
        var group = Fixtures.fullGroup()
        for round in 0..<5 {
            group.remarks = "round \(round)"
            try store.save(group)
        }
        try store.save(Fixtures.demoGroups(20))
        try store.saveProfile(Supervisor(name: "M"))
        try store.saveSettings(Settings())
        #expect(names(in: folder.dataFolder.path) == [".lock", "groups", "profile.json", "settings.json"])
        #expect(names(in: folder.dataFolder.path + "/groups").allSatisfy { $0.hasSuffix(".json") && !$0.hasPrefix(".") })
        #expect(names(in: folder.dataFolder.path + "/groups").count == 21)
    }

    @Test("saving again replaces the file; the new content loads")
    func saveReplaces() throws {
        let store = Store(folder: folder.dataFolder)
        var group = Fixtures.fullGroup()
        try store.save(group)
        group.name = "Nieuwe naam"
        group.meetings.removeAll()
        try store.save(group)
        #expect(Store(folder: folder.dataFolder).loadAll().groups == [group])
    }

    @Test("ids that are not safe file names are refused before anything is written")
    func invalidIDs() throws {
        let store = Store(folder: folder.dataFolder)
        for id: GroupID in ["../escape", "a/b", "", ".hidden"] {
            #expect(throws: StoreError.invalidGroupID(id)) { try store.save(Fixtures.minimalGroup(id: id)) }
            #expect(throws: StoreError.invalidGroupID(id)) { try store.delete(id) }
        }
        // One bad id in a batch stops the whole batch.
        #expect(throws: StoreError.invalidGroupID("a b")) {
            try store.save([Fixtures.minimalGroup(id: "fine"), Fixtures.minimalGroup(id: "a b")])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.dataFolder.path))
    }

    @Test("profile and settings round-trip, and start out absent or default")
    func profileAndSettings() throws {
        let store = Store(folder: folder.dataFolder)
        let profiles = [
            Supervisor(name: "Marieke \"van den\" Berg", phone: "06-12345678", registration: .lvsc,
                       registrationNumber: "LVSC-7", lvscHours: 62.5),
            Supervisor(),
            Supervisor(name: "Ç", registration: .balint, registrationExpires: CivilDate(year: 2027, month: 3, day: 31)),
            Supervisor(registration: .coachesVoorMedici, lvscHours: 0),
        ]
        for profile in profiles {
            try store.saveProfile(profile)
            let loaded = Store(folder: folder.dataFolder).loadProfile()
            #expect(loaded.value == profile)
            #expect(loaded.readOnly == nil)
        }
        for settings in [Settings(theme: "high-contrast", language: .nl, role: .contactPerson), Settings(),
                         Settings(theme: "mijn thema.json", language: .en)] {
            try store.saveSettings(settings)
            #expect(Store(folder: folder.dataFolder).loadSettings().value == settings)
        }
        let text = try String(contentsOfFile: store.profilePath, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"format\": \"intervisie-profile\",\n  \"version\": 1,"))
    }

    @Test("deleting moves the file aside to deleted/, out of the groups")
    func delete() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save([Fixtures.fullGroup(), Fixtures.minimalGroup()])
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path(for: "g-min")))
        try store.delete("g-min")
        #expect(store.loadAll().groups.map(\.id) == ["g-full_1.x"])
        let deleted = names(in: folder.dataFolder.path + "/deleted")
        #expect(deleted.count == 1)
        #expect(deleted.first?.hasPrefix("g-min.") == true)
        #expect(deleted.first?.hasSuffix(".json") == true)
        #expect(try Data(contentsOf: folder.dataFolder.appendingPathComponent("deleted/" + deleted[0])) == before)
        #expect(mode(folder.dataFolder.path + "/deleted") == 0o700)
        // Deleted twice within a second: both kept.
        try store.save(Fixtures.minimalGroup())
        try store.delete("g-min")
        #expect(names(in: folder.dataFolder.path + "/deleted").count == 2)
        #expect(throws: StoreError.notFound(path: store.path(for: "g-min"))) { try store.delete("g-min") }
    }

    @Test("a save waits for the folder lock another instance holds")
    func lockExcludes() throws {
        let store = Store(folder: folder.dataFolder)
        try store.save(Fixtures.minimalGroup(id: "first"))
        let lock = open(folder.dataFolder.path + "/.lock", O_RDWR)
        #expect(flock(lock, LOCK_EX) == 0)
        let done = DispatchSemaphore(value: 0)
        let other = Store(folder: folder.dataFolder)
        DispatchQueue.global().async {
            try? other.save(Fixtures.minimalGroup(id: "second"))
            done.signal()
        }
        // While the lock is held the save cannot have happened, however long we wait.
        #expect(done.wait(timeout: .now() + .milliseconds(300)) == .timedOut)
        #expect(!FileManager.default.fileExists(atPath: store.path(for: "second")))
        close(lock)
        done.wait()
        #expect(FileManager.default.fileExists(atPath: store.path(for: "second")))
    }
}
