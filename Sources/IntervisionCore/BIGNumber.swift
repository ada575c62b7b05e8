/// A BIG-register number: 11 digits, kept as text because of its leading zeros.
///
/// 9- and 10-digit numbers (as printed on older cards) are padded with leading zeros. There is no
/// official checksum, so no number is ever refused on one.
public struct BIGNumber: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    public enum InputError: Error, Equatable, Sendable {
        case notDigits(String)
        case wrongLength(String, count: Int)

        public var message: LocalizedText {
            switch self {
            case .notDigits(let text):
                return LocalizedText(nl: "BIG-nummer '\(text)' mag alleen cijfers bevatten",
                                     en: "BIG number '\(text)' may contain digits only")
            case .wrongLength(let text, let count):
                return LocalizedText(nl: "BIG-nummer '\(text)' heeft \(count) cijfers; 9 tot 11 nodig",
                                     en: "BIG number '\(text)' has \(count) digits; 9 to 11 needed")
            }
        }
    }

    /// Spaces, dots and dashes are ignored (people copy numbers as `1234 5678 901`).
    public static func parse(_ raw: String) -> Result<BIGNumber, InputError> {
        let kept = raw.filter { $0 != " " && $0 != "." && $0 != "-" }
        guard !kept.isEmpty, kept.allSatisfy(\.isASCIIDigitChar) else { return .failure(.notDigits(raw)) }
        guard (9...11).contains(kept.count) else { return .failure(.wrongLength(raw, count: kept.count)) }
        return .success(BIGNumber(validDigits: String(repeating: "0", count: 11 - kept.count) + kept))
    }

    public init?(_ raw: String) {
        guard case .success(let number) = BIGNumber.parse(raw) else { return nil }
        self = number
    }

    private init(validDigits: String) { digits = validDigits }

    /// Exactly 11 ASCII digits, as the data files store them; nil otherwise. Checks bytes instead
    /// of characters, so loading thousands of members does not pay for `parse`'s clean-up.
    public init?(storedDigits text: String) {
        guard text.utf8.count == 11, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        self.init(validDigits: text)
    }

    public var description: String { digits }
}
