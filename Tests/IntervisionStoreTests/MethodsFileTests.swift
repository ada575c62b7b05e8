import Foundation
import IntervisionCore
@testable import IntervisionStore
import Testing

@Suite("Intervision methods file")
struct MethodsFileTests {
    @Test func theFourNamedMethodsShipWithStepsInBothLanguages() {
        let shipped = Store.shippedMethods
        #expect(shipped.map(\.name) == ["Incidentmethode", "Balintmethode", "Vijfstappenmethode", "Roddelmethode"])
        for method in shipped {
            #expect(method.steps.count >= 5, "\(method.name) has \(method.steps.count) steps")
            #expect(!method.title.en.isEmpty && method.title.en != method.title.nl, "\(method.name) has an English name")
            #expect(!method.purpose.nl.isEmpty && !method.purpose.en.isEmpty)
            for step in method.steps {
                #expect(!step.title.nl.isEmpty && !step.title.en.isEmpty && step.description.nl != step.description.en)
            }
        }
        // The names the source and the demo data use are found.
        let library = MethodLibrary(shipped)
        #expect(library.method(named: "5-stappenmethode")?.name == "Vijfstappenmethode")
        #expect(library.method(named: "Gossip method")?.name == "Roddelmethode")
    }

    @Test func withoutAUserFileTheShippedMethodsAreUsed() {
        let folder = TemporaryFolder()
        let load = Store(folder: folder.dataFolder).loadMethods()
        #expect(load.problem == nil)
        #expect(load.library.methods == Store.shippedMethods)
    }

    @Test func theUsersFileAddsAndReplaces() throws {
        let folder = TemporaryFolder()
        let store = Store(folder: folder.url)
        let text = """
        {"format": "intervisie-methods", "version": 1, "methods": [
          {"name": "Balintmethode", "steps": [{"title": "Vertellen", "description": {"nl": "Vrij vertellen", "en": "Tell freely"}}]},
          {"name": "Reflectiecirkel", "title": {"nl": "Reflectiecirkel"}, "aliases": ["cirkel"],
           "steps": [{"title": {"nl": "Stap", "en": "Step"}}, {"title": "Twee"}]}
        ]}
        """
        try text.write(toFile: store.methodsPath, atomically: true, encoding: .utf8)
        let load = store.loadMethods()
        #expect(load.problem == nil)
        #expect(load.library.methods.map(\.name) == ["Incidentmethode", "Balintmethode", "Vijfstappenmethode", "Roddelmethode", "Reflectiecirkel"])
        let balint = try #require(load.library.method(named: "balintmethode"))
        #expect(balint.steps.count == 1)
        #expect(balint.steps[0].title == LocalizedText(nl: "Vertellen", en: "Vertellen"))
        #expect(balint.steps[0].description.en == "Tell freely")
        let mine = try #require(load.library.method(named: "cirkel"))
        #expect(mine.title.en == "Reflectiecirkel")  // a missing language takes the other
        #expect(mine.steps.map(\.title.en) == ["Step", "Twee"])
    }

    @Test("a broken file is named with line and column; the shipped methods still work",
          arguments: [
            ("{\"format\": \"intervisie-methods\", \"version\": 1, \"methods\": [\n  {\"name\": \"X\", \"stpes\": []}]}",
             "line 2, column 17", "unknown field \"stpes\""),
            ("{\"format\": \"intervisie-methods\", \"version\": 1, \"methods\": [{\"name\": \"X\", \"steps\": []}]}",
             "line 1", "has no \"steps\""),
            ("{\"format\": \"intervisie-methods\", \"version\": 1, \"methods\": [{\"steps\": [{\"title\": \"a\"}]}]}",
             "line 1", "needs a \"name\""),
            ("{\"format\": \"intervisie-methods\", \"version\": 1,", "line 1", "expected a field name"),
            ("{\"methods\": []}", "line 1", "intervisie-methods"),
          ])
    func brokenFile(_ text: String, _ position: String, _ reason: String) throws {
        let folder = TemporaryFolder()
        let store = Store(folder: folder.url)
        try text.write(toFile: store.methodsPath, atomically: true, encoding: .utf8)
        let load = store.loadMethods()
        let problem = try #require(load.problem)
        let message = problem.message.en
        #expect(message.contains("methods.json"))
        #expect(message.contains(position), "\(message)")
        #expect(message.contains(reason), "\(message)")
        #expect(load.library.methods == Store.shippedMethods)
    }
}
