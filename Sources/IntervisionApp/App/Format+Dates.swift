import IntervisionCore

extension Format {
    private static let weekdays = [
        LocalizedText(nl: "maandag", en: "Monday"), LocalizedText(nl: "dinsdag", en: "Tuesday"),
        LocalizedText(nl: "woensdag", en: "Wednesday"), LocalizedText(nl: "donderdag", en: "Thursday"),
        LocalizedText(nl: "vrijdag", en: "Friday"), LocalizedText(nl: "zaterdag", en: "Saturday"),
        LocalizedText(nl: "zondag", en: "Sunday"),
    ]
    private static let months = [
        LocalizedText(nl: "januari", en: "January"), LocalizedText(nl: "februari", en: "February"),
        LocalizedText(nl: "maart", en: "March"), LocalizedText(nl: "april", en: "April"), LocalizedText(nl: "mei", en: "May"),
        LocalizedText(nl: "juni", en: "June"), LocalizedText(nl: "juli", en: "July"), LocalizedText(nl: "augustus", en: "August"),
        LocalizedText(nl: "september", en: "September"), LocalizedText(nl: "oktober", en: "October"),
        LocalizedText(nl: "november", en: "November"), LocalizedText(nl: "december", en: "December"),
    ]

    /// "zondag 22 november 2026": a typed date read back in words, so 03-04 and 04-03 cannot be confused.
    public static func longDate(_ date: CivilDate, _ language: Language) -> String {
        "\(weekdays[date.isoWeekday - 1].text(language)) \(date.day) \(months[date.month - 1].text(language)) \(date.year)"
    }

    /// "22-11" (Dutch) or "11-22" (English, month first as in ISO): a column head in the attendance grid.
    public static func dayMonth(_ date: CivilDate, _ language: Language) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return language == .nl ? "\(day)-\(month)" : "\(month)-\(day)"
    }
}
