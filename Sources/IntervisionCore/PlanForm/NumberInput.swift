/// The numbers of the forms as people type them: the total number of meetings and the net duration
/// in hours ("2", "2,5" or "2.5") of the plan form, and the supervisor's LVSC hours of the profile.
/// The command line reads `--duration` and `supervisor set --hours` with the same rules.
public enum NumberInput {
    /// Net hours per meeting: more than 0, at most 24.
    public static let hoursRange = 0.0...24.0
    /// Meetings in one year: at least 1, at most one a week.
    public static let countRange = 1...52

    public enum InputError: Error, Equatable, Sendable {
        case notHours(String)
        case notACount(String)
        case notTotalHours(String)

        public var message: LocalizedText {
            switch self {
            case .notHours(let text):
                return LocalizedText(nl: "'\(text)' is geen duur in uren (bijv. 2 of 2,5; meer dan 0, hoogstens 24)",
                                     en: "'\(text)' is not a duration in hours (e.g. 2 or 2.5; more than 0, at most 24)")
            case .notACount(let text):
                return LocalizedText(nl: "'\(text)' is geen aantal bijeenkomsten (1 tot 52)",
                                     en: "'\(text)' is not a number of meetings (1 to 52)")
            case .notTotalHours(let text):
                return LocalizedText(nl: "'\(text)' is geen aantal uren (bijv. 60 of 62,5)",
                                     en: "'\(text)' is not a number of hours (e.g. 60 or 62.5)")
            }
        }
    }

    /// Hours with a decimal comma or point.
    public static func hours(_ raw: String) -> Result<Double, InputError> {
        let text = raw.trimmed
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigitChar || $0 == "," || $0 == "." }),
              let value = Double(text.replacingOccurrences(of: ",", with: ".")),
              value > hoursRange.lowerBound, value <= hoursRange.upperBound else {
            return .failure(.notHours(text))
        }
        return .success(value)
    }

    /// A total of hours over years (the LVSC route's hours in 5 years): 0 or more, comma or point.
    public static func totalHours(_ raw: String) -> Result<Double, InputError> {
        let text = raw.trimmed
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCIIDigitChar || $0 == "," || $0 == "." }),
              let value = Double(text.replacingOccurrences(of: ",", with: ".")), ValueLimits.isValidTotalHours(value) else {
            return .failure(.notTotalHours(text))
        }
        return .success(value)
    }

    public static func count(_ raw: String) -> Result<Int, InputError> {
        let text = raw.trimmed
        guard !text.isEmpty, text.count <= 3, text.allSatisfy(\.isASCIIDigitChar), let value = Int(text),
              countRange.contains(value) else {
            return .failure(.notACount(text))
        }
        return .success(value)
    }

    /// Hours as the form shows them: "2", "2,5" (Dutch) or "2.5".
    public static func hoursText(_ hours: Double, language: Language) -> String {
        formatHours(hours, decimalSeparator: language == .nl ? "," : ".")
    }
}
