import IntervisionCore
@testable import IntervisionApp
import Testing

/// The plan form and its dialogs as text plus role layer, at 80×24 and 120×40, Dutch and English.
/// Re-record with `RECORD_SNAPSHOTS=1 swift test --filter IntervisionTUITests`.
@Suite("Plan form snapshots")
struct PlanFormSnapshotTests {
    struct Scene: Sendable, CustomStringConvertible {
        var name: String
        /// Start with no groups (a new group is made with the keys).
        var empty = false
        var keys: [Key]
        var description: String { name }
    }

    static func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    static let scenes: [Scene] = [
        // A demo group's current plan, scrolled to the meetings, with a date being typed.
        Scene(name: "plan-form", keys: [.character("p")]),
        Scene(name: "plan-form-meetings", keys: [.character("p"), .pageDown, .pageDown, .pageDown] + typing("01-08-2027")),
        // A planned meeting's place typed, then its time with the end before the start: said under the row as typed.
        Scene(name: "plan-form-time", keys: [.character("p"), .pageDown, .pageDown, .pageDown, .tab, .tab, .tab]
              + typing("Praktijk Oudegracht 12, Utrecht") + [.backTab] + typing("21:00-19:00")),
        Scene(name: "plan-choice", keys: [.character("p"), .tab, .enter, .down, .character(" ")]),
        Scene(name: "plan-export", keys: [.character("p"), .control("x")]),
        Scene(name: "new-group", empty: true, keys: [.character("n")] + typing("Geïntensiveerde zorg")),
        // A new group being filled in: a refused BIG number by its field, the missing list.
        Scene(name: "plan-form-new", empty: true, keys: [.character("n")] + typing("IC Leiden") + [.enter]
              + Array(repeating: .tab, count: 6) + typing("Zoë Çelik") + [.tab] + typing("Chirurgie") + [.tab] + typing("1234") + [.tab]),
    ]

    @Test("plan form screens", arguments: scenes, [Language.nl, .en])
    func screen(_ scene: Scene, _ language: Language) {
        for size in SnapshotTests.sizes {
            var state = AppState(size: size, today: Fixture.today, settings: Settings(language: language), environmentLanguage: .en,
                                 groups: scene.empty ? [] : Fixture.demo.groups, supervisor: Fixture.demo.supervisor, firstStart: false)
            state.exportFolder = "/home/anna/Documents"
            Fixture.press(scene.keys, &state)
            Snapshot.check(App.view(state), named: "\(scene.name)-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }
}
