import Foundation

/// File names for exports, made from a group's name: the same names from the command line and the
/// screens, safe on every file system.
public enum ExportFileName {
    /// The longest name we make, in bytes: well inside every file system's 255 and short enough for
    /// e-mail attachments and upload forms.
    static let maximumLength = 100

    private static let windowsReservedNames = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// A file name like `jaarplan-Geintensiveerde-zorg-Leiden.docx` for any group name.
    ///
    /// Diacritics are folded to ASCII (ï → i) and anything else that is not an ASCII letter or
    /// digit becomes a single `-`: such names survive every file system, ZIP tool, mail program
    /// and upload form (GAIA included), where non-ASCII names still get mangled. No path
    /// separators, no `: * ? " < > |`, no control characters, no leading dot, at most 100 bytes.
    public static func safe(for groupName: String, kind: String, ext: String) -> String {
        let ext = String(ascii(ext).filter { $0 != "-" }.prefix(10)).lowercased()
        let kind = String(ascii(kind).prefix(30))
        var group = ascii(groupName)
        if group.isEmpty { group = "groep" }
        let stem = kind.isEmpty ? group : "\(kind)-\(group)"
        let room = maximumLength - (ext.isEmpty ? 0 : ext.count + 1)
        var cut = String(stem.prefix(room))
        while cut.hasSuffix("-") { cut.removeLast() }
        if windowsReservedNames.contains(cut.uppercased()) { cut += "-bestand" }
        return ext.isEmpty ? cut : "\(cut).\(ext)"
    }

    /// ASCII letters and digits, other runs as one "-", no "-" at either end.
    private static func ascii(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            let replacement = foldings[scalar] ?? (scalar.isASCII ? String(scalar) : nil)
            guard let replacement, replacement.unicodeScalars.allSatisfy(isNameCharacter) else {
                pendingDash = true
                continue
            }
            if pendingDash && !result.isEmpty { result += "-" }
            pendingDash = false
            result += replacement
        }
        return result
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Letters that do not decompose into a base letter and a diacritic.
    private static let foldings: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ĳ": "ij", "Ĳ": "IJ",
    ]
}
