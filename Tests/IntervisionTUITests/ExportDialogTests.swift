import Foundation
import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import IntervisionStore
import Testing

/// The export dialog writes through the command line's `ExportJob`, offers to make a folder that is
/// not there, and remembers the folder it wrote to.
@Suite("Export dialog: the one job, the folder")
struct ExportDialogTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-dialog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the effects as the terminal does, feeding the results back; returns the effects that followed.
    @discardableResult
    static func run(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
        var runner = StoreEffectRunner(store: InMemoryDataStore(), themes: ThemeLoader(dataFolder: nil), today: Fixture.today)
        var after: [Effect] = []
        for effect in effects { for event in runner.run(effect) { after += Fixture.answer(App.update(&state, event), &state) } }
        return after
    }

    @Test func theGroupFileIsTheJobsTheCommandLinesFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var state = Fixture.groupScreen()
        state.exportFolder = folder.path
        Fixture.press([.character("E")], &state)
        while (state.top as? ExportScreen)?.choice != .groupFile { Fixture.press([.right], &state) }
        // Encrypted is the default (ExportEncryptionTests); here the plain JSON.
        Fixture.press([.down, .right], &state)
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = try #require(effects.first) else { Issue.record("Enter writes"); return }
        #expect(order.request.kind == .groupFile(encrypted: false))
        Self.run(effects, &state)
        let file = folder.appendingPathComponent("groep-Chirurgen-Utrecht.json")
        #expect(try Data(contentsOf: file) == GroupCodec.encode(Fixture.chirurgen))
    }

    @Test func aFolderThatIsNotThereIsOfferedAndMadeReadableByTheOwnerOnly() throws {
        let base = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let wanted = base.appendingPathComponent("intervisie/exports")
        var state = Fixture.groupScreen()
        state.exportFolder = wanted.path
        Fixture.press([.character("E")], &state)
        while (state.top as? ExportScreen)?.choice != .calendar { Fixture.press([.right], &state) }
        Self.run(Fixture.press([.enter], &state), &state)
        // Not written, not made: the dialog asks, in the user's language.
        #expect(!FileManager.default.fileExists(atPath: wanted.path))
        let dialog = try #require(state.top as? ExportScreen)
        #expect(dialog.missingFolder == wanted.path)
        let text = Fixture.text(state)
        #expect(text.contains("bestaat niet. Enter maakt haar"))
        #expect(!text.contains("No such file"))
        // Enter again: made (and the folder between), 0700, and written.
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = try #require(effects.first) else { return }
        #expect(order.createFolder)
        let after = Self.run(effects, &state)
        for folder in [wanted, wanted.deletingLastPathComponent()] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
            #expect(mode == 0o700, "\(folder.path)")
        }
        #expect(FileManager.default.fileExists(atPath: wanted.appendingPathComponent("agenda-Chirurgen-Utrecht.ics").path))
        #expect(state.message?.text.hasPrefix("Geschreven: \(wanted.path)/agenda-") == true)
        // Remembered in the settings, which are saved: the next start opens the dialog there.
        #expect(state.settings.exportFolder == wanted.path)
        #expect(after == [.saveSettings(state.settings)])
        let restarted = AppState(size: state.size, today: Fixture.today, settings: state.settings, groups: Fixture.demo.groups,
                                 supervisor: Fixture.demo.supervisor, firstStart: false)
        #expect(restarted.exportFolder == wanted.path)
    }

    @Test func typingAnotherFolderDropsTheOffer() throws {
        var state = Fixture.groupScreen()
        state.exportFolder = "/nonexistent-\(UUID().uuidString)"
        Fixture.press([.character("E")], &state)
        while (state.top as? ExportScreen)?.choice != .calendar { Fixture.press([.right], &state) }
        Self.run(Fixture.press([.enter], &state), &state)
        #expect((state.top as? ExportScreen)?.missingFolder != nil)
        Fixture.press([.down, .backspace], &state)
        let dialog = try #require(state.top as? ExportScreen)
        #expect(dialog.missingFolder == nil)
        guard case .success(let order) = dialog.order(state) else { Issue.record("an order"); return }
        #expect(!order.createFolder)
    }
}
