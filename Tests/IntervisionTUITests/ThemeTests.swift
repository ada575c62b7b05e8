import Foundation
import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import IntervisionThemes
import Testing

@Suite("Themes")
struct ThemeTests {
    @Test("every shipped theme parses and names every role", arguments: BundledThemes.names)
    func shippedThemes(_ name: String) throws {
        let data = try #require(BundledThemes.data(named: name))
        let spec = try ThemeFile.parse(data, file: name).get()
        #expect(Set(spec.roles.keys) == Set(StyleRole.allCases), "\(name) misses roles")
        let theme = try ThemeLoader(dataFolder: nil).load(name).get()
        #expect(theme.name == name)
    }

    @Test func monochromeUsesAttributesOnly() throws {
        let theme = try ThemeLoader(dataFolder: nil).load("monochrome").get()
        #expect(!theme.usesColor)
        #expect(theme.style(.selection).attributes.contains(.reverse))
    }

    @Test func colours() {
        #expect(Color.parse("default") == .default)
        #expect(Color.parse("red") == .ansi(1))
        #expect(Color.parse("brightRed") == .ansi(9))
        #expect(Color.parse("color208") == .indexed(208))
        #expect(Color.parse("#ff8000") == .rgb(255, 128, 0))
        #expect(Color.parse("color256") == nil)
        #expect(Color.parse("blu") == nil)
        #expect(Color.parse("#12345") == nil)
    }

    @Test func downgradeFollowsTheTerminal() {
        let orange = Color.rgb(255, 135, 0)
        #expect(orange.downgraded(to: .trueColor) == orange)
        #expect(orange.downgraded(to: .colors256) == .indexed(208))
        #expect(Color.rgb(250, 0, 0).downgraded(to: .colors16) == .ansi(9))
        #expect(Color.rgb(250, 0, 0).downgraded(to: .colors8) == .ansi(1))
        #expect(Color.indexed(196).downgraded(to: .colors16) == .ansi(9))
        #expect(Color.indexed(244).downgraded(to: .colors16) == .ansi(8))
        #expect(Color.ansi(12).downgraded(to: .colors8) == .ansi(4))
        #expect(Color.rgb(128, 128, 128).downgraded(to: .colors256) == .indexed(244))
        #expect(Color.default.downgraded(to: .colors8) == .default)
        #expect(ColorDepth(colorCount: 256) == .colors256)
        #expect(ColorDepth(colorCount: 0) == .none)
    }

    @Test func noColorOrNoColoursMeansMonochrome() throws {
        let chosen = try ThemeLoader(dataFolder: nil).load("default").get()
        #expect(Theme.effective(chosen: chosen, depth: .colors256, environment: ["NO_COLOR": "1"]).name == "monochrome")
        #expect(Theme.effective(chosen: chosen, depth: .none, environment: [:]).name == "monochrome")
        #expect(Theme.effective(chosen: chosen, depth: .colors256, environment: ["NO_COLOR": ""]).name == "default")
        let eight = Theme.effective(chosen: chosen, depth: .colors8, environment: [:])
        for role in StyleRole.allCases {
            for color in [eight.style(role).foreground, eight.style(role).background] {
                if case .ansi(let n) = color { #expect(n < 8) } else { #expect(color == .default) }
            }
        }
    }

    @Test("a broken theme file is named with its fault", arguments: [
        ("{ \"roles\": { \"title\": { \"fg\": \"blu\" } } }", "'blu' is not a colour"),
        ("{ \"roles\": { \"titel\": { } } }", "unknown role 'titel'"),
        ("{ \"roles\": { \"title\": { \"attributes\": [\"blink\"] } } }", "unknown attribute 'blink'"),
        ("{ \"roles\": [ ] }", "missing 'roles' object"),
        ("{ \"roles\": { \"title\": { \"fg\": \"red\", } }", "not valid JSON"),
        ("{ \"colours\": {} }", "unknown key 'colours'"),
    ])
    func brokenFile(_ json: String, _ reason: String) {
        switch ThemeFile.parse(Data(json.utf8), file: "themes/mine.json") {
        case .success: Issue.record("should fail")
        case .failure(let fault):
            #expect(fault.description.hasPrefix("themes/mine.json: "))
            #expect(fault.description.contains(reason), "\(fault)")
        }
    }

    @Test func userThemeFromTheDataFolderAndFallback() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-themes-\(UUID().uuidString)")
        let themes = folder.appendingPathComponent("themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(##"{ "base": "light", "roles": { "title": { "fg": "#ff0000" } } }"##.utf8).write(to: themes.appendingPathComponent("mine.json"))
        try Data("{ not json".utf8).write(to: themes.appendingPathComponent("kapot.json"))

        let loader = ThemeLoader(dataFolder: folder)
        #expect(loader.availableNames() == BundledThemes.names + ["kapot", "mine"])
        let mine = try loader.load("mine").get()
        let light = try loader.load("light").get()
        #expect(mine.style(.title).foreground == .rgb(255, 0, 0))
        #expect(mine.style(.selection) == light.style(.selection))  // the rest from its base

        let runner = StoreEffectRunner(store: InMemoryDataStore(), themes: loader, today: Fixture.today)
        guard case .themeFailed(let name, let message, let fallback) = runner.loadTheme("kapot") else {
            Issue.record("a broken file must fail"); return
        }
        #expect(name == "kapot")
        #expect(message.en.contains("themes/kapot.json: not valid JSON"))
        #expect(message.nl.contains("themes/kapot.json: geen geldige JSON"))
        #expect(fallback.name == "default")
        guard case .themeFailed(_, let missing, _) = runner.loadTheme("../../etc/passwd") else { Issue.record("no paths"); return }
        #expect(missing.en.contains("no such theme"))
    }
}

@Suite("Key table and texts")
struct KeyTableTests {
    @Test func noKeyHasTwoActionsOnOneScreen() {
        for scope in KeyScope.allCases {
            var seen: [Key: Action] = [:]
            for binding in KeyTable.bindings(in: scope) {
                for key in binding.keys {
                    if let other = seen[key], other != binding.action {
                        Issue.record("\(key) is both \(other) and \(binding.action) in \(scope)")
                    }
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func everyActionIsBoundAndInTheHelp() {
        let bound = Set(KeyTable.bindings.map(\.action))
        #expect(bound == Set(Action.allCases))
        let helpTexts = Set(HelpContent.lines.compactMap { line -> LocalizedText? in
            if case .binding(_, let help) = line { return help }
            return nil
        })
        for binding in KeyTable.bindings { #expect(helpTexts.contains(binding.help), "\(binding.action) missing from help") }
    }

    @Test func dispatchUsesTheTable() {
        #expect(KeyTable.action(for: .character("j"), in: .overview) == .moveDown)
        #expect(KeyTable.action(for: .character("q"), in: .filter) == nil)  // typing, not quitting
        #expect(KeyTable.action(for: .control("c"), in: .filter) == .forceQuit)
        #expect(KeyTable.action(for: .enter, in: .group) == .open)
        #expect(KeyTable.action(for: .tab, in: .group) == .nextTab)
    }

    /// Every text has both languages by construction (`LocalizedText(nl:en:)`); none may be empty.
    @Test func noTextIsEmpty() throws {
        let found = try PurityTests.violations([(#"\b(nl|en): ""(?!")"#, "an empty text")], in: PurityTests.sources())
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
