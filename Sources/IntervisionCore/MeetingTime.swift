/// A time of day on the wall clock where the group meets (Dutch time), to the minute.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0...1439.
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }

    /// `19:00`: files, documents and messages alike.
    public var text: String { two(hour) + ":" + two(minute) }
    /// `190000`: iCalendar's local TIME value.
    public var compact: String { two(hour) + two(minute) + "00" }
    public var description: String { text }

    private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `19:00`, `19.00`, `9:30`, `1930`: hours and minutes as people type them (spaces around
    /// them ignored); nil otherwise.
    public static func parse(_ raw: String) -> ClockTime? {
        var bytes = Array(raw.utf8)
        while bytes.last == 0x20 { bytes.removeLast() }
        let text = bytes.drop { $0 == 0x20 }
        func number(_ digits: ArraySlice<UInt8>) -> Int? {
            guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let separator = text.firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }
        let hour: ArraySlice<UInt8>, minute: ArraySlice<UInt8>
        if let separator {
            (hour, minute) = (text[..<separator], text[(separator + 1)...])
        } else if text.count == 4 {
            (hour, minute) = (text.prefix(2), text.suffix(2))
        } else {
            return nil
        }
        guard (1...2).contains(hour.count), minute.count == 2, let h = number(hour), let m = number(minute) else { return nil }
        return ClockTime(hour: h, minute: m)
    }
}

/// When a meeting starts and ends, on its own day (`19:00-21:30`). The end is after the start: an
/// intervision meeting does not run past midnight.
public struct MeetingTime: Hashable, Sendable, CustomStringConvertible {
    public let start: ClockTime
    public let end: ClockTime

    public init?(start: ClockTime, end: ClockTime) {
        guard start < end else { return nil }
        self.start = start
        self.end = end
    }

    /// `19:00-21:30` (files and the command line); `19:00–21:30` in documents and on screens.
    public var text: String { "\(start.text)-\(end.text)" }
    public var display: String { "\(start.text)–\(end.text)" }
    public var description: String { text }

    /// Gross length in hours (the net duration of the programme is recorded apart).
    public var hours: Double { Double(end.minutes - start.minutes) / 60 }

    public enum InputError: Error, Equatable, Sendable {
        case notATime(String)
        case endNotAfterStart(String)

        public var message: LocalizedText {
            switch self {
            case .notATime(let text):
                return LocalizedText(nl: "'\(text)' is geen tijd van begin tot eind; schrijf bijvoorbeeld 19:00-21:30",
                                     en: "'\(text)' is not a start and end time; write for example 19:00-21:30")
            case .endNotAfterStart(let text):
                return LocalizedText(nl: "'\(text)': de eindtijd moet na de begintijd liggen",
                                     en: "'\(text)': the end must be after the start")
            }
        }
    }

    /// `19:00-21:30`, `19.00 - 21.30`, `19:00–21:30` (en dash), `1900-2130`.
    public static func parse(_ raw: String) -> Result<MeetingTime, InputError> {
        let text = raw.trimmed
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
        guard parts.count == 2, let start = ClockTime.parse(String(parts[0])), let end = ClockTime.parse(String(parts[1])) else {
            return .failure(.notATime(text))
        }
        guard let time = MeetingTime(start: start, end: end) else { return .failure(.endNotAfterStart(text)) }
        return .success(time)
    }
}
