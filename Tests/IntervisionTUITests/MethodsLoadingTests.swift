import Foundation
import IntervisionCore
import IntervisionStore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

@Suite("Methods from the data folder")
struct MethodsLoadingTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-methods-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theUsersMethodIsOfferedAndItsStepsShown() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        try """
        {"format": "intervisie-methods", "version": 1, "methods": [
          {"name": "Reflectiecirkel", "title": {"nl": "Reflectiecirkel", "en": "Reflection circle"},
           "steps": [{"title": {"nl": "Inbreng", "en": "Presenting"}, "description": {"nl": "Kort vertellen.", "en": "Tell briefly."}}]}]}
        """.write(to: url.appendingPathComponent("methods.json"), atomically: true, encoding: .utf8)
        let loaded = try FolderDataStore(folder: url).load()
        #expect(loaded.problems.isEmpty)
        #expect(loaded.methods.methods.map(\.name).last == "Reflectiecirkel")

        var state = Fixture.groupScreen(language: .en)
        state.methods = loaded.methods
        Fixture.press([.character("n"), .tab, .tab, .tab], &state)
        for _ in 0..<10 where state.meetingForm?.method.text != "Reflectiecirkel" { Fixture.press([.pageDown], &state) }
        #expect(state.meetingForm?.method.text == "Reflectiecirkel")
        Fixture.press([.function(3)], &state)
        let screen = Fixture.text(state)
        #expect(screen.contains("Reflection circle · 1 step ("))
        #expect(screen.contains("1. Presenting"))
        #expect(screen.contains("Tell briefly."))
    }

    @Test func aBrokenFileIsNamedAtStartAndTheShippedMethodsStillWork() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        try "{\"format\": \"intervisie-methods\", \"version\": 1, \"methods\": [{\"name\": \"X\"}]}"
            .write(to: url.appendingPathComponent("methods.json"), atomically: true, encoding: .utf8)
        let loaded = try FolderDataStore(folder: url).load()
        #expect(loaded.methods == MethodLibrary(Store.shippedMethods))
        #expect(loaded.problems.count == 1)
        #expect(loaded.problems.first?.en.contains("methods.json: unreadable at line 1") == true)
        #expect(loaded.problems.first?.nl.contains("methods.json: onleesbaar op regel 1") == true)
    }

    @Test func aMethodTheLibraryDoesNotKnowSaysWhereToAddIt() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("n"), .tab, .tab, .tab, .control("u")], &state)
        Fixture.type("Eigen werkvorm", &state)
        Fixture.press([.function(3)], &state)
        #expect(Fixture.text(state).contains("Eigen werkvorm (1/5)"))
        #expect(Fixture.text(state).contains("methods.json"))
    }
}
