/// A year (jaargang) as the yearly plan states it, "van dd-mm-jj tot dd-mm-jj": both days included.
/// Every finding of a year carries it, so the screens, `check --json` and the exports say which year
/// a finding is about when more than one is judged.
public struct YearPeriod: Hashable, Sendable, Comparable {
    public var from: CivilDate
    public var to: CivilDate

    public init(from: CivilDate, to: CivilDate) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }

    public static func < (lhs: YearPeriod, rhs: YearPeriod) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }

    /// "01-01-2026 – 31-12-2026" in Dutch, ISO dates in English.
    public var label: LocalizedText {
        LocalizedText(nl: "\(from.dutch) – \(to.dutch)", en: "\(from.iso) – \(to.iso)")
    }

    /// The year in a word, for short texts such as the agenda's: "2027" for a year within one
    /// calendar year, "2026/2027" for one that runs across New Year.
    public var name: String { from.year == to.year ? "\(from.year)" : "\(from.year)/\(to.year)" }

    /// The one year that starts on `from`: up to the day before the same date a year later
    /// (01-09-2026 → 31-08-2027). A year from 29 February ends on 28 February, the day before
    /// 1 March, since the next year has no 29 February.
    public static func oneYear(from: CivilDate) -> YearPeriod {
        var next = from.adding(years: 1)
        if from.month == 2 && from.day == 29 { next = next.adding(days: 1) }
        return YearPeriod(from: from, to: next.adding(days: -1))
    }

    /// How far the period is from one year: positive days longer, negative days shorter, 0 exact.
    public var daysBeyondOneYear: Int { YearPeriod.oneYear(from: from).to.days(until: to) }
}
