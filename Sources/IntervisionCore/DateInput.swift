import Foundation

/// Reading dates as people type them: ISO (`2026-03-31`) or Dutch (`31-03-2026`, `31-3-26`,
/// `31/03/2026`, `31.03.2026`). A refusal says what was wrong, so the user can fix it.
public enum DateInputError: Error, Equatable, Sendable {
    case empty
    case notADate(String)
    case doesNotExist(String, daysInMonth: Int?)
    /// Before 1900 or after 2199 (`ValueLimits.dates`): a typing error, not a record.
    case outOfRange(String)

    public var message: LocalizedText {
        switch self {
        case .empty:
            return LocalizedText(nl: "geen datum opgegeven", en: "no date given")
        case .notADate(let text):
            return LocalizedText(
                nl: "'\(text)' is geen datum; gebruik jjjj-mm-dd of dd-mm-jjjj",
                en: "'\(text)' is not a date; use YYYY-MM-DD or dd-mm-yyyy")
        case .doesNotExist(let text, let days):
            if let days {
                return LocalizedText(
                    nl: "'\(text)' bestaat niet: die maand heeft \(days) dagen",
                    en: "'\(text)' does not exist: that month has \(days) days")
            }
            return LocalizedText(nl: "'\(text)' bestaat niet", en: "'\(text)' does not exist")
        case .outOfRange(let text):
            return LocalizedText(nl: "'\(text)' ligt niet tussen 1900 en 2199", en: "'\(text)' is not between 1900 and 2199")
        }
    }
}

extension CivilDate {
    public static func parse(_ raw: String) -> Result<CivilDate, DateInputError> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(.empty) }
        let separators: Set<Character> = ["-", "/", "."]
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitChar) }) else {
            return .failure(.notADate(text))
        }
        let numbers = parts.map { Int($0)! }
        let year: Int, month: Int, day: Int
        if parts[0].count == 4 {
            guard parts[1].count <= 2, parts[2].count <= 2 else { return .failure(.notADate(text)) }
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        } else if parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 {
            // dd-mm-jj as on the official form: a two-digit year is taken as 20jj.
            (day, month) = (numbers[0], numbers[1])
            year = parts[2].count == 2 ? 2000 + numbers[2] : numbers[2]
        } else {
            return .failure(.notADate(text))
        }
        guard (1...12).contains(month), year >= 1 else { return .failure(.doesNotExist(text, daysInMonth: nil)) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.doesNotExist(text, daysInMonth: CivilDate.daysIn(month: month, year: year)))
        }
        guard ValueLimits.isValidDate(date) else { return .failure(.outOfRange(text)) }
        return .success(date)
    }

    /// Parses `YYYY-MM-DD` (or a Dutch date), nil on any fault.
    public init?(_ text: String) {
        guard case .success(let date) = CivilDate.parse(text) else { return nil }
        self = date
    }
}

extension Character {
    var isASCIIDigitChar: Bool { asciiValue.map { $0 >= 48 && $0 <= 57 } ?? false }
}
