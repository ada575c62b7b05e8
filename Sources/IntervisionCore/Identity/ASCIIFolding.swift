import Foundation

/// A name brought down to ASCII letters and digits, the way file names and group ids are made:
/// diacritics folded (ï → i), letters that do not decompose spelled out (ĳ → ij, ß → ss), any other
/// run of characters one "-", none at either end. "Ĳsselland Ærø" → "IJsselland-AEro".
enum ASCIIFolding {
    static func words(_ text: String) -> String {
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
