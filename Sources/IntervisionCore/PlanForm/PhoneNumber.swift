/// A phone number as people type it on the plan form ("06-12345678", "+31 6 1234 5678",
/// "(030) 123 45 67"). Kept as typed (only trimmed), because people recognise their own notation;
/// checked so a number with a letter or a digit too few is caught while the form is filled in.
public enum PhoneNumber {
    /// Dutch numbers have 10 digits (06-12345678, 030-1234567); international ones up to 15 (E.164).
    public static let digitRange = 10...15

    public enum InputError: Error, Equatable, Sendable {
        case invalidCharacter(String, Character)
        case wrongLength(String, digits: Int)

        public var message: LocalizedText {
            switch self {
            case .invalidCharacter(let text, let character):
                return LocalizedText(
                    nl: "telefoonnummer '\(text)': '\(character)' hoort er niet in; alleen cijfers, spaties, - ( ) en een + vooraan",
                    en: "phone number '\(text)': '\(character)' does not belong; digits, spaces, - ( ) and a leading + only")
            case .wrongLength(let text, let digits):
                return LocalizedText(
                    nl: "telefoonnummer '\(text)' heeft \(digits) cijfers; 10 nodig (06-12345678), of + en landnummer",
                    en: "phone number '\(text)' has \(digits) digits; 10 needed (06-12345678), or + and the country code")
            }
        }
    }

    /// The number trimmed of surrounding spaces; an empty text is no number ("").
    public static func parse(_ raw: String) -> Result<String, InputError> {
        let text = raw.trimmed
        guard !text.isEmpty else { return .success("") }
        var digits = 0
        for (offset, character) in text.enumerated() {
            if character.isASCIIDigitChar {
                digits += 1
            } else if character == "+" {
                guard offset == 0 else { return .failure(.invalidCharacter(text, character)) }
            } else if !" -().".contains(character) {
                return .failure(.invalidCharacter(text, character))
            }
        }
        guard digitRange.contains(digits) else { return .failure(.wrongLength(text, digits: digits)) }
        return .success(text)
    }

    /// The check every edit makes (members, the plan's supervisor and contact person, the profile):
    /// the number as kept, or the refusal as an edit error.
    public static func checked(_ raw: String) throws(EditError) -> String {
        switch parse(raw) {
        case .success(let phone): return phone
        case .failure(let error): throw .invalidPhone(error)
        }
    }
}
