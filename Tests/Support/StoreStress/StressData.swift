import IntervisionCore

/// The content of stress group `id` at `generation`: a demo group (its size varies from one
/// generation to the next, so a torn file could not pass for a whole one) whose remarks name the
/// generation. The crash test derives the same group to check what it finds on disk.
enum StressData {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    static func group(id: String, generation: Int) -> Group {
        var group = DemoData.generate(groups: 1, seed: UInt64(generation), today: today).groups[0]
        group.id = id
        group.remarks = "stress generation \(generation)"
        return group
    }

    /// The generation a stress group's remarks name, or nil.
    static func generation(of group: Group) -> Int? {
        guard group.remarks.hasPrefix("stress generation ") else { return nil }
        return Int(group.remarks.dropFirst("stress generation ".count))
    }
}
