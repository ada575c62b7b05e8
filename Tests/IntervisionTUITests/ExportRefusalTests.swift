import Foundation
import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import IntervisionStore
import Testing

/// The export dialog refuses, before writing anything, what would fail afterwards: a final plan of
/// a group the data folder would not save (its export date is recorded on the group), and a folder
/// that is not a text a folder can be.
@Suite("Export dialog: refused before anything is written")
struct ExportRefusalTests {
    /// The app on a data folder under `base`, and an empty folder there to export to.
    static func app(in base: URL) throws -> (AppState, FolderDataStore, URL) {
        let exports = base.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: exports, withIntermediateDirectories: true)
        let (state, data) = try SaveRefusalTests.app(base.appendingPathComponent("data"))
        return (state, data, exports)
    }

    @Test func aFinalPlanOfAGroupThatCannotBeSavedIsNotWritten() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-export-refusal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        var (state, data, exports) = try Self.app(in: base)
        // A group whose plan exports final (complete), opened in the app.
        let id = try #require(state.catalog.groups.first { group in
            ExportScreen.make(for: group.id, planFrom: nil, state).map { !$0.draft } ?? false
        }?.id)
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter], &state)
        state.exportFolder = exports.path
        // Another program changes the group's file: saving it now would be refused.
        let other = Store(folder: base.appendingPathComponent("data"))
        var elsewhere = try #require(other.loadAll().groups.first { $0.id == id })
        elsewhere.remarks = "Elders gewijzigd"
        try other.save(elsewhere)

        Fixture.press([.character("E")], &state)
        #expect((state.top as? ExportScreen)?.draft == false)
        let effects = Fixture.press([.enter], &state)
        guard case .export = try #require(effects.first) else { Issue.record("Enter writes"); return }
        var runner = StoreEffectRunner(store: data, themes: ThemeLoader(dataFolder: nil), today: Fixture.today)
        for effect in effects { for event in runner.run(effect) { Fixture.answer(App.update(&state, event), &state, store: .runOn(data)) } }

        // Nothing written, the export date not recorded, and the dialog says why, naming the file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: exports.path).isEmpty)
        let dialog = try #require(state.top as? ExportScreen)
        #expect(dialog.failure?.nl.contains("Niet geschreven: de exportdatum kan niet bij de groep worden bewaard") == true)
        #expect(dialog.failure?.nl.contains(data.store.path(for: id)) == true)
        #expect(state.group(id)?.plans.allSatisfy { $0.exported == nil || $0.exported != Fixture.today } == true)
        #expect(!(state.stack.contains { $0 is SaveRefusedDialog }))
    }

    @Test func aDraftRecordsNothingAndIsWrittenWhateverTheGroupsFile() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-export-refusal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        var (state, data, exports) = try Self.app(in: base)
        let id = state.catalog.groups[0].id
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: id)!) + [.enter], &state)
        state.exportFolder = exports.path
        try Data("{".utf8).write(to: URL(fileURLWithPath: data.store.path(for: id)))
        Fixture.press([.character("E"), .down, .down], &state)
        if (state.top as? ExportScreen)?.draft == false { Fixture.press([.right], &state) }
        let effects = Fixture.press([.enter], &state)
        var runner = StoreEffectRunner(store: data, themes: ThemeLoader(dataFolder: nil), today: Fixture.today)
        for effect in effects { for event in runner.run(effect) { Fixture.answer(App.update(&state, event), &state, store: .runOn(data)) } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: exports.path).count == 1)
        #expect(!(state.top is ExportScreen))
    }

    @Test func aFolderWithAControlCharacterOrTooLongIsRefusedNamingTheField() throws {
        var state = Fixture.groupScreen()
        state.exportFolder = "/tmp/a\u{1B}]52;c;b"
        Fixture.press([.character("E")], &state)
        let text = Fixture.text(state)
        #expect(text.contains("Map: bevat een stuurteken (␛)"))
        #expect(!text.contains("\u{1B}"))
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect((state.top as? ExportScreen)?.failure == ExportTexts.folderRefused(TextProblem.controlCharacter("␛").message))

        state = Fixture.groupScreen()
        state.exportFolder = "/" + String(repeating: "a", count: 4_096)
        Fixture.press([.character("E")], &state)
        #expect(Fixture.text(state).contains("Map: te lang: 4097 tekens, hoogstens 4096"))
        #expect(Fixture.press([.enter], &state).isEmpty)
    }
}
