/// What changed in a group between two versions, in one line for a commit message of a synced
/// folder ("Balint West: bijeenkomst 10-02-2027 vastgelegd"): `git log` then reads as a record of
/// who recorded what, and when.
public enum GroupChangeSummary {
    /// One line: the group's name and its changes; nil when nothing that matters changed.
    public static func line(before: Group?, after: Group?) -> LocalizedText? {
        guard let group = after ?? before else { return nil }
        guard let before else { return LocalizedText(nl: "\(group.name): groep toegevoegd", en: "\(group.name): group added") }
        guard let after else { return LocalizedText(nl: "\(group.name): groep verwijderd", en: "\(group.name): group removed") }
        var parts: [LocalizedText] = []
        records(before.meetings, after.meetings, id: \.id, into: &parts) { meeting, change in
            LocalizedText(nl: "bijeenkomst \(meeting.date.dutch) \(change.nl)", en: "meeting \(meeting.date.iso) \(change.en)")
        }
        records(before.evaluations, after.evaluations, id: \.id, into: &parts) { evaluation, change in
            LocalizedText(nl: "evaluatie \(evaluation.date.dutch) \(change.nl)", en: "evaluation \(evaluation.date.iso) \(change.en)")
        }
        records(before.members, after.members, id: \.id, added: addedText, into: &parts) { member, change in
            LocalizedText(nl: "lid \(member.name) \(change.nl)", en: "member \(member.name) \(change.en)")
        }
        records(before.plans, after.plans, id: \.from, added: addedText, into: &parts) { plan, change in
            LocalizedText(nl: "jaarplan \(plan.from.dutch) – \(plan.to.dutch) \(change.nl)", en: "plan \(plan.from.iso) – \(plan.to.iso) \(change.en)")
        }
        let resolved = before.conflicts.filter { !after.conflicts.contains($0) }.count
        if resolved > 0 { parts.append(LocalizedText(nl: "versie gekozen (\(resolved))", en: "version chosen (\(resolved))")) }
        var basics = before
        basics.members = after.members
        basics.plans = after.plans
        basics.meetings = after.meetings
        basics.evaluations = after.evaluations
        basics.conflicts = after.conflicts
        if basics != after { parts.append(LocalizedText(nl: "groepsgegevens gewijzigd", en: "group details changed")) }
        guard !parts.isEmpty else { return nil }
        return LocalizedText(nl: "\(after.name): " + parts.map(\.nl).joined(separator: "; "),
                             en: "\(after.name): " + parts.map(\.en).joined(separator: "; "))
    }

    private static let recorded = LocalizedText(nl: "vastgelegd", en: "recorded")
    private static let addedText = LocalizedText(nl: "toegevoegd", en: "added")
    private static let changed = LocalizedText(nl: "gewijzigd", en: "changed")
    private static let removed = LocalizedText(nl: "verwijderd", en: "removed")

    private static func records<R: Equatable, K: Hashable>(_ before: [R], _ after: [R], id: KeyPath<R, K>,
                                                           added: LocalizedText = recorded, into parts: inout [LocalizedText],
                                                           describe: (R, LocalizedText) -> LocalizedText) {
        let old = Dictionary(before.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
        let new = Set(after.map { $0[keyPath: id] })
        for record in after {
            if let previous = old[record[keyPath: id]] {
                if previous != record { parts.append(describe(record, changed)) }
            } else {
                parts.append(describe(record, added))
            }
        }
        for record in before where !new.contains(record[keyPath: id]) { parts.append(describe(record, removed)) }
    }
}
