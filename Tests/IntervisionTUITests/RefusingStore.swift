import IntervisionCore
@testable import IntervisionApp
import Testing

/// A data folder for the random-event test: it answers every piece of store work the screens ask
/// for, confirming some and refusing others with each kind of refusal the real store reports, and
/// keeps what it holds, so the test can check that the screens show exactly that.
struct RefusingStore {
    /// The kinds of refusal fed to the saves.
    enum Kind: String, CaseIterable {
        case changedOnDisk, readOnly, diskFull, lockTimeout, damaged

        var refusal: StoreRefusal {
            switch self {
            case .changedOnDisk: return .changedOnDisk(file: "/data/groups/x.json")
            case .readOnly: return .notPermitted(file: "/data/groups/x.json")
            case .diskFull: return .diskFull(file: "/data/groups/x.json")
            case .lockTimeout: return .lockTimeout(lock: "/data/.lock", seconds: 5)
            case .damaged: return .damaged(file: "/data/groups/x.json", detail: LocalizedText(nl: "onleesbaar op regel 3", en: "unreadable at line 3"))
            }
        }
    }

    /// What the store holds (what a confirmed save or someone else wrote).
    var groups: [GroupID: Group]
    /// Each group as this session last read or wrote it: what the screens must show (a change
    /// made elsewhere is seen only once the group is read again).
    var known: [GroupID: Group]
    var profile: Supervisor?
    var settings: Settings
    /// Groups changed on disk by someone else: every save is refused until they are read again.
    var stale: Set<GroupID> = []
    /// Refusals fed, by what the save was for and the kind of refusal.
    var fed: [String: [Kind: Int]] = [:]
    /// Saves confirmed, by what they were for.
    var confirmed: [String: Int] = [:]
    var random: SeededRandom

    init(_ state: AppState, seed: UInt64) {
        groups = Dictionary(uniqueKeysWithValues: state.catalog.groups.map { ($0.id, $0) })
        known = groups
        profile = state.catalog.supervisor
        settings = state.settings
        random = SeededRandom(seed: seed)
    }

    /// How often the kind of refusal met least by this kind of save was fed to it.
    func fewestRefusals(_ purpose: String) -> Int {
        Kind.allCases.map { fed[purpose]?[$0] ?? 0 }.min() ?? 0
    }

    /// What came of one step's answers.
    struct Answers {
        var confirmedGroupSave = false
        var refused = false
    }

    /// Answers the store work (and the exports) among `effects`, and what the answers ask for in
    /// turn, feeding each answer to the app.
    mutating func answer(_ effects: [Effect], _ state: inout AppState) -> Answers {
        var answers = Answers()
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            guard let result = answer(effect, state, &answers) else { continue }
            pending += App.update(&state, .effectResult(result))
        }
        return answers
    }

    private mutating func answer(_ effect: Effect, _ state: AppState, _ answers: inout Answers) -> EffectResult? {
        switch effect {
        case .saveGroup(let group):
            let purpose = state.pendingSaves.first { $0.group.id == group.id }?.kind.rawValue ?? "?"
            if let kind = refusal(for: group.id, purpose) {
                note(purpose, kind, &answers)
                if kind == .changedOnDisk { changeElsewhere(group) }
                return .groupSaveFailed(group.id, kind.refusal)
            }
            confirmed[purpose, default: 0] += 1
            groups[group.id] = group
            known[group.id] = group
            answers.confirmedGroupSave = true
            return .groupSaved(group.id)
        case .saveSupervisor(let saved):
            if let kind = refusal(for: nil, "profile") {
                note("profile", kind, &answers)
                return .supervisorSaveFailed(kind.refusal)
            }
            profile = saved
            return .supervisorSaved(saved)
        case .saveSettings(let saved):
            if let kind = refusal(for: nil, "settings") {
                note("settings", kind, &answers)
                return .settingsSaveFailed(kind.refusal)
            }
            settings = saved
            return .settingsSaved
        case .reload(.group(let id)):
            stale.remove(id)
            known[id] = groups[id]
            return .reloaded(.group(id, groups[id], readOnly: nil))
        case .reload(.profile):
            return .reloaded(.profile(profile))
        case .reload(.settings):
            return .reloaded(.settings(settings))
        case .installDemoData:
            return .demoInstallFailed(.diskFull(file: "/data/profile.json"))
        case .export(let order):
            return .exported(order, path: "/tmp/" + order.fileName)
        case .loadTheme, .quit, .suspend:
            return nil
        case .share:
            // The sharing screens' answers come as random events of their own.
            return nil
        case .copyToClipboard:
            return .clipboardCopy(sent: true)
        }
    }

    /// A save of a kind that has not met every refusal yet is refused with one it has not met;
    /// after that, two saves in five are refused, with a kind picked at random. A group someone
    /// else changed is refused until it is read again.
    private mutating func refusal(for id: GroupID?, _ purpose: String) -> Kind? {
        if let id, stale.contains(id) { return .changedOnDisk }
        if let unmet = Kind.allCases.first(where: { (fed[purpose]?[$0] ?? 0) == 0 }) { return unmet }
        guard random.next(below: 5) < 2 else { return nil }
        return Kind.allCases[random.next(below: Kind.allCases.count)]
    }

    private mutating func note(_ purpose: String, _ kind: Kind, _ answers: inout Answers) {
        fed[purpose, default: [:]][kind, default: 0] += 1
        answers.refused = true
    }

    /// Someone else writes the group (the command line, a sync): a remark changes, or for a new
    /// group, a file of that name appears.
    private mutating func changeElsewhere(_ group: Group) {
        var elsewhere = groups[group.id] ?? group
        elsewhere.remarks += "·"
        groups[group.id] = elsewhere
        stale.insert(group.id)
    }
}
