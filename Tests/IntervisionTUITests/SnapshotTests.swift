import IntervisionCore
@testable import IntervisionApp
import Testing

/// Every screen as text plus its role layer, at 80×24, 120×40 and a too-small size, in Dutch and
/// English, on the seeded demo data with today fixed at 2026-11-22. Files live in Snapshots/;
/// re-record with `RECORD_SNAPSHOTS=1 swift test --filter IntervisionTUITests`.
@Suite("Screen snapshots")
struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// A screen reached by keys from the overview (or the first start).
    struct Scene: Sendable, CustomStringConvertible {
        var name: String
        var firstStart = false
        var keys: [Key]
        var description: String { name }
    }

    static let scenes: [Scene] = [
        Scene(name: "first-start", firstStart: true, keys: []),
        Scene(name: "overview", keys: [.down]),
        Scene(name: "overview-filter", keys: [.character("/"), .character("e"), .character("n")]),
        Scene(name: "agenda", keys: [.character("a")]),
        Scene(name: "agenda-later", keys: [.character("a"), .pageDown, .pageDown]),
        Scene(name: "group-members", keys: [.enter]),
        Scene(name: "group-meetings", keys: [.enter, .tab]),
        Scene(name: "group-findings", keys: [.enter, .character("3")]),
        Scene(name: "group-finding-dialog", keys: [.enter, .character("3"), .enter]),
        Scene(name: "help", keys: [.character("?")]),
        Scene(name: "settings", keys: [.character("s"), .down]),
    ]

    @Test("screens", arguments: scenes, [Language.nl, .en])
    func screen(_ scene: Scene, _ language: Language) {
        for size in Self.sizes {
            var state = Fixture.state(size, language: language, groups: scene.firstStart ? [] : nil, firstStart: scene.firstStart)
            Fixture.press(scene.keys, &state)
            Snapshot.check(App.view(state), named: "\(scene.name)-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }

    @Test("too small", arguments: [Language.nl, .en])
    func tooSmall(_ language: Language) {
        let state = Fixture.state(Size(width: 50, height: 12), language: language)
        Snapshot.check(App.view(state), named: "too-small-50x12-\(language.rawValue)")
    }

    /// Names from the world line up, and hostile names are drawn harmlessly.
    @Test func awkwardNames() {
        var groups = Array(Fixture.demo.groups.prefix(3))
        groups[0].name = "日本 Kyoto \u{1B}[31mrood\u{07}"
        groups[0].members[0].name = "Zoë Çelik-Müller 👍"
        groups[0].members[1].name = "e\u{301}e\u{301} Ge\u{308}intensiveerd"
        var state = Fixture.state(language: .nl, groups: groups)
        let rowIndex = state.catalog.rowIndex(of: groups[0].id)!
        Fixture.press(Array(repeating: .down, count: rowIndex), &state)
        Snapshot.check(App.view(state), named: "awkward-names-overview")
        Fixture.press([.enter], &state)
        Snapshot.check(App.view(state), named: "awkward-names-group")
    }
}
