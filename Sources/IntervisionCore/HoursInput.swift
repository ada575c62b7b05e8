/// Durations in clock hours as people type and read them: "2", "2,5" (Dutch) or "2.5".
public enum Hours {
    public enum InputError: Error, Equatable, Sendable {
        case notHours(String)

        public var message: LocalizedText {
            switch self {
            case .notHours(let text):
                return LocalizedText(nl: "'\(text)' is geen duur in uren (bijv. 2 of 2,5; hoogstens 24)",
                                     en: "'\(text)' is not a duration in hours (e.g. 2 or 2.5; at most 24)")
            }
        }
    }

    /// A duration of more than 0 and at most 24 hours.
    public static func parse(_ raw: String) -> Result<Double, InputError> {
        let text = raw.trimmed
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, value > 0, value <= 24 else {
            return .failure(.notHours(text))
        }
        return .success(value)
    }

    /// "2", "2,5" in Dutch, "2.5" in English.
    public static func format(_ hours: Double, _ language: Language) -> String {
        formatHours(hours, decimalSeparator: language == .nl ? "," : ".")
    }
}
