import IntervisionCore

/// The content of stress group `id` at `generation`: one of eight demo groups (their sizes differ,
/// so a torn file could not pass for a whole one) whose remarks name the generation. Made ahead,
/// so the helper spends its time saving, where the kill must land. The crash test derives the
/// same group (`DemoData` with seed `generation % 8`) to check what it finds on disk.
enum StressData {
    static let today = CivilDate(year: 2026, month: 11, day: 22)!
    private static let variants = (0..<8).map { DemoData.generate(groups: 1, seed: UInt64($0), today: today).groups[0] }

    static func group(id: GroupID, generation: Int) -> Group {
        var group = variants[generation % variants.count]
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
