import Foundation
import IntervisionCore
import IntervisionStore
@testable import IntervisionApp
import IntervisionRuntime
import Testing

/// The fixed world every screen test runs in: today 2026-11-22 and the seeded demo data.
enum Fixture {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!
    static let demo = DemoData.generate(groups: 8, seed: 1, today: today)
    /// The methods the app ships (the runtime reads them; the screens are handed them).
    static let methods = MethodLibrary(Store.shippedMethods)

    static func state(_ size: Size = Size(width: 80, height: 24), language: Language = .nl, groups: [Group]? = nil,
                      firstStart: Bool = false) -> AppState {
        AppState(size: size, today: today, settings: Settings(language: language), environmentLanguage: .en,
                 groups: groups ?? demo.groups, supervisor: demo.supervisor, firstStart: firstStart, methods: methods)
    }

    /// How the data folder answers the store work that keys ask for.
    enum StoreAnswers {
        /// Every save confirmed, every reload the catalog's own version (a data folder that takes everything).
        case confirm
        /// No answer yet: the state is as it is while the store works (keys wait).
        case hold
        /// Refused, with this reason.
        case refuse(StoreRefusal)
        /// Through the app's effect runner on this data store.
        case runOn(DataStore)
    }

    /// Feeds keys, answering store work as `store` says; returns all effects asked for (the keys'
    /// and the answers').
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState, store: StoreAnswers = .confirm) -> [Effect] {
        keys.flatMap { answer(App.update(&state, .key($0)), &state, store: store) }
    }

    /// Answers the store work among `effects` (and among what the answers ask for in turn); returns
    /// `effects` with everything asked for after them.
    @discardableResult
    static func answer(_ effects: [Effect], _ state: inout AppState, store: StoreAnswers = .confirm) -> [Effect] {
        var all = effects
        var pending = effects.filter(\.isStoreWork)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            let events: [Event]
            switch store {
            case .hold: return all
            case .confirm: events = [.effectResult(confirmation(of: effect, state))]
            case .refuse(let reason): events = [.effectResult(refusal(of: effect, reason))]
            case .runOn(let data):
                var runner = StoreEffectRunner(store: data, themes: ThemeLoader(dataFolder: nil), today: today)
                events = runner.run(effect)
            }
            for event in events {
                let more = App.update(&state, event)
                all += more
                pending += more.filter(\.isStoreWork)
            }
        }
        return all
    }

    /// What a data folder that takes everything answers.
    static func confirmation(of effect: Effect, _ state: AppState) -> EffectResult {
        switch effect {
        case .saveGroup(let group): return .groupSaved(group.id)
        case .saveSettings: return .settingsSaved
        case .saveSupervisor(let profile): return .supervisorSaved(profile)
        case .installDemoData:
            let demo = DemoData.generate(groups: 8, seed: 1, today: today)
            return .demoInstalled(supervisor: demo.supervisor, groups: demo.groups)
        case .reload(.group(let id)): return .reloaded(.group(id, state.group(id), readOnly: nil))
        case .reload(.profile): return .reloaded(.profile(state.catalog.supervisor))
        case .reload(.settings): return .reloaded(.settings(state.settings))
        default: preconditionFailure("not store work: \(effect)")
        }
    }

    /// What a refusing data folder answers.
    static func refusal(of effect: Effect, _ refusal: StoreRefusal) -> EffectResult {
        switch effect {
        case .saveGroup(let group): return .groupSaveFailed(group.id, refusal)
        case .saveSettings: return .settingsSaveFailed(refusal)
        case .saveSupervisor: return .supervisorSaveFailed(refusal)
        case .installDemoData: return .demoInstallFailed(refusal)
        case .reload(let file): return .reloadFailed(file, refusal)
        default: preconditionFailure("not store work: \(effect)")
        }
    }

    static func type(_ text: String, _ state: inout AppState) {
        for character in text { press([.character(character)], &state) }
    }
}

/// Text snapshots of a canvas (text and role layer) under Snapshots/. Re-record with
/// `RECORD_SNAPSHOTS=1 swift test --filter IntervisionTUITests`.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = canvas.snapshot()
        let file = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !record {
                Issue.record("No snapshot \(name).txt yet: recorded it; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        let report = "Snapshot \(name) differs (re-record with RECORD_SNAPSHOTS=1 if the change is intended):\n"
            + diff(expected: expected, actual: actual)
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }

    /// The differing lines, numbered, expected above actual.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "<none>"
            let b = index < new.count ? new[index] : "<none>"
            if a != b {
                report.append(String(format: "%3d expected: |%@|", index + 1, a))
                report.append(String(format: "%3d actual:   |%@|", index + 1, b))
            }
            if report.count >= 24 { report.append("…"); break }
        }
        return report.joined(separator: "\n")
    }
}
