/// Text from data is data, not commands: a name may hold ESC, BEL, an OSC 52 clipboard sequence
/// (pasted text, a file edited by hand or sent by someone else). Sent raw to a terminal it would
/// move the cursor, write the clipboard or clear the screen; so every text from data that is
/// shown on a terminal passes through `visible` first, which shows each control character as a
/// visible stand-in instead.
public enum ControlPictures {
    /// The text with every control character made visible; unchanged (and not copied) when it has none.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: picture(for: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// C0 controls, DEL, C1 controls, and the bidi and line/paragraph separators that would let
    /// text reorder or break the line it is shown in.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x2029).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// C0 and DEL become the Unicode control pictures (␛ for ESC, ␇ for BEL, ␀ for NUL, ␡ for DEL);
    /// C1 and the rest, which have no picture, are written as their code in angle brackets.
    public static func picture(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "\u{2421}" }
        let hex = String(v, radix: 16, uppercase: true)
        return "<" + (hex.count % 2 == 1 ? "0" + hex : hex) + ">"
    }
}
