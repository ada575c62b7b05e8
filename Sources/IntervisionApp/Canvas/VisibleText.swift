/// Data shown is data, not commands: a group or member name may contain ESC, BEL or other control
/// characters (pasted text, a file edited by hand). Sent raw they would move the cursor, change
/// colours or ring bells; so every control character is replaced by a visible stand-in before it
/// reaches a cell.
public enum VisibleText {
    /// The text with every control character made visible; clusters are split where a control
    /// scalar hides inside one (CR LF is a single Character in Swift).
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for character in text {
            result += sanitize(character)
        }
        return result
    }

    /// One grapheme cluster made safe; usually returned unchanged.
    public static func sanitize(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: isControl) else { return String(character) }
        var result = ""
        for scalar in character.unicodeScalars {
            result += isControl(scalar) ? replacement(for: scalar) : String(scalar)
        }
        return result
    }

    /// C0 controls, DEL, C1 controls, and the bidi and line/paragraph separators that would let
    /// text reorder or break the row it is drawn in.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x2029).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// C0 and DEL become the Unicode control pictures (␛ for ESC, ␇ for BEL, ␀ for NUL, ␡ for DEL);
    /// C1 and the rest, which have no picture, are written as their code in angle brackets.
    public static func replacement(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "\u{2421}" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<" + (hex.count % 2 == 1 ? "0" + hex : hex) + ">"
    }

    static func replacementWidth(for scalar: Unicode.Scalar) -> Int {
        DisplayWidth.of(replacement(for: scalar))
    }
}
