import IntervisionCore

extension Format {
    private static let weekdays: [Language: [String]] = [
        .nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ]
    private static let months: [Language: [String]] = [
        .nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        .en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ]

    /// "zondag 22 november 2026": a typed date read back in words, so 03-04 and 04-03 cannot be confused.
    public static func longDate(_ date: CivilDate, _ language: Language) -> String {
        let weekday = weekdays[language]![date.isoWeekday - 1]
        return "\(weekday) \(date.day) \(months[language]![date.month - 1]) \(date.year)"
    }

    /// "22-11" (Dutch) or "11-22" (English, month first as in ISO): a column head in the attendance grid.
    public static func dayMonth(_ date: CivilDate, _ language: Language) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return language == .nl ? "\(day)-\(month)" : "\(month)-\(day)"
    }
}
