/// The bounds every number and date in the model stays within: typed, loaded or imported. A value
/// outside them is not a record of something that happened (a meeting of 10^18 hours, the year
/// 0001) but a typing error or a damaged file, and it would break the arithmetic further on.
public enum ValueLimits {
    /// A meeting's (or a plan's) net duration: more than 0, at most 24 hours.
    @inlinable
    public static func isValidDuration(_ hours: Double) -> Bool { hours > 0 && hours <= 24 }

    /// A plan's number of meetings, as a file may hold it (an edit asks 1…52).
    public static let meetingCount = 0...100

    /// How often a planned meeting was changed (its calendar event's SEQUENCE): each edit adds one,
    /// so a real one stays small; the bound keeps `+ 1` far from overflowing.
    public static let revisions = 0...1_000_000

    /// The LVSC route's hours in five years: 0 to 10,000.
    public static func isValidTotalHours(_ hours: Double) -> Bool { hours >= 0 && hours <= 10_000 }

    /// Dates from 01-01-1900 to 31-12-2199: every real record, and far from where date arithmetic
    /// (a year plus months, five years back) could leave the calendar.
    public static let dates = CivilDate(year: 1900, month: 1, day: 1)!...CivilDate(year: 2199, month: 12, day: 31)!

    /// `dates.contains(date)`, as the loader asks it for every date it reads: the bounds are whole years.
    @inlinable
    public static func isValidDate(_ date: CivilDate) -> Bool { date.year >= 1900 && date.year <= 2199 }

    /// Reasons in English, for the messages about a damaged file (which name a line and column).
    public static let durationReason = "hours must be more than 0 and at most 24"
    public static let countReason = "a number of meetings must be 0 to 100"
    public static let revisionReason = "a revision must be 0 to 1000000"
    public static let totalHoursReason = "hours must be 0 to 10000"
    public static let dateReason = "a date must lie between 1900-01-01 and 2199-12-31"
}
