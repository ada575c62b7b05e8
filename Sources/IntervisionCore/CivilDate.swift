/// A calendar date without time or time zone: the unit every rule of the regulation speaks in.
///
/// Foundation's `Date` is an instant, so "31 January + 3 months" would depend on the machine's
/// time zone; the rules are about days on a calendar, so they get a type of their own.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for a date that does not exist (31-02, 29-02 outside leap years, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Calendar months later; a day that does not exist in the target month becomes that month's
    /// last day (31 Jan + 3 months = 30 Apr; 30 Nov + 3 months = 28 or 29 Feb).
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
        return CivilDate(unchecked: newYear, newMonth, newDay)
    }

    public func adding(years: Int) -> CivilDate { adding(months: years * 12) }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The inverse of `dayNumber` (civil_from_days).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// 1 = Monday ... 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// `YYYY-MM-DD`: the form used in files and on the command line.
    public var iso: String { digits((year, 4), (month, 2), (day, 2), separator: UInt8(ascii: "-")) }
    /// `dd-mm-jjjj`: how dates are shown to a Dutch reader.
    public var dutch: String { digits((day, 2), (month, 2), (year, 4), separator: UInt8(ascii: "-")) }
    /// `dd-mm-jj`: how the official yearly plan form asks for dates.
    public var dutchShort: String { digits((day, 2), (month, 2), (year % 100, 2), separator: UInt8(ascii: "-")) }
    /// `YYYYMMDD`: iCalendar's DATE value.
    public var compact: String { digits((year, 4), (month, 2), (day, 2), separator: nil) }

    public var description: String { iso }

    /// Three zero-padded numbers written straight into the string's ASCII bytes: every report and
    /// every line of `check` writes dates, so no string is built per part. The year is 1...9999, so
    /// the widths always hold the values.
    private func digits(_ a: (Int, Int), _ b: (Int, Int), _ c: (Int, Int), separator: UInt8?) -> String {
        let count = a.1 + b.1 + c.1 + (separator == nil ? 0 : 2)
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for (index, part) in [a, b, c].enumerated() {
                if index > 0, let separator {
                    buffer[end] = separator
                    end += 1
                }
                var value = part.0
                var position = end + part.1 - 1
                while position >= end {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                    position -= 1
                }
                end += part.1
            }
            return end
        }
    }
}
