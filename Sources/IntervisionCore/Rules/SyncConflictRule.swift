/// SYNC_CONFLICT: not a rule of the regulation, but of the records: two synced machines recorded
/// the same meeting (or evaluation) differently, both versions are kept, and until one is chosen
/// the attendance the rules count may be the wrong one.
enum SyncConflictRule {
    static func findings(_ facts: GroupFacts) -> [Finding] {
        let group = facts.group
        // Each finding belongs to the year of its record, so `check --from` of that year shows it too.
        func year(_ date: CivilDate) -> YearPeriod? { group.plan(containing: date)?.period }
        return group.conflicts.compactMap { conflict in
            switch conflict {
            case .meeting(let other):
                guard let current = group.meetings.first(where: { $0.id == other.id }) else { return nil }
                let what = current.differences(from: other)
                return facts.finding(.syncConflict, .error, year: year(current.date),
                    nl: "Bijeenkomst van \(current.date.dutch) is op twee machines verschillend vastgelegd (\(what.nl)); beide versies zijn bewaard: kies er één (intervisie sync resolve \(group.id) --date \(current.date.dutch) --keep current|other)",
                    en: "Meeting of \(current.date.iso) was recorded differently on two machines (\(what.en)); both versions are kept: pick one (intervisie sync resolve \(group.id) --date \(current.date.iso) --keep current|other)")
            case .evaluation(let other):
                guard let current = group.evaluations.first(where: { $0.id == other.id }) else { return nil }
                return facts.finding(.syncConflict, .error, year: year(current.date),
                    nl: "Evaluatie van \(current.date.dutch) is op twee machines verschillend vastgelegd; beide versies zijn bewaard: kies er één (intervisie sync resolve \(group.id) --date \(current.date.dutch) --keep current|other)",
                    en: "Evaluation of \(current.date.iso) was recorded differently on two machines; both versions are kept: pick one (intervisie sync resolve \(group.id) --date \(current.date.iso) --keep current|other)")
            }
        }
    }
}
