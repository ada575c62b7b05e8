import IntervisionCore

/// Which plan year an export is about: `--from` names it (its first day, or any day in it);
/// without it each export takes the year that makes sense for it.
extension Workspace {
    func planIndex(in group: Group, from: String?, default choose: (Group) -> Int?) throws -> Int {
        if let from {
            let day = try Input.date(from, option: "--from")
            if let index = group.plans.firstIndex(where: { $0.from == day }) ?? group.plans.firstIndex(where: { $0.contains(day) }) {
                return index
            }
            throw EditError.noPlanFor(day).cli
        }
        guard let index = choose(group) else {
            throw CLIError(CommandText.noPlanYet(group.name))
        }
        return index
    }

    /// The year the rules judge (today's, else the latest ended): the meetings held, for attendance lists.
    func judgedPlanIndex(_ group: Group) -> Int? {
        guard let year = report(for: group).year else { return group.workingPlanIndex(today: today) }
        return group.plans.firstIndex(of: year)
    }
}

/// A `--format` value, refused with the list of what is possible.
enum FormatOption {
    static func parse<Format: RawRepresentable & CaseIterable>(_ text: String, as _: Format.Type) throws -> Format where Format.RawValue == String {
        if let format = Format(rawValue: text.lowercased()) { return format }
        let list = Format.allCases.map(\.rawValue).joined(separator: ", ")
        throw CLIError(CommandText.formatNotPossible(text, choices: list))
    }
}
