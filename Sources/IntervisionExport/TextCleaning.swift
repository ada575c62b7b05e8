/// Users type names and topics; some paste them from other programs, with stray control characters
/// (an ESC from a terminal, a form feed from a PDF). Those are invalid in XML 1.0, break CSV and
/// iCalendar lines, and can drive a terminal. Every exporter passes user text through here first,
/// so a control character is never written raw: it is shown as its Unicode "control picture"
/// (ESC becomes ␛), which keeps the fact visible to the reader instead of silently losing it.
enum TextCleaning {
    /// Line breaks (CR LF, CR, LF, U+2028/U+2029) become "\n" and tabs are kept when
    /// `keepLineBreaks`; otherwise both become a single space.
    static func clean(_ text: String, keepLineBreaks: Bool) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasCR:
                continue  // the LF of a CR LF pair: the CR already made the line break
            case 0x0A, 0x0D, 0x2028, 0x2029:
                result.append(keepLineBreaks ? "\n" : " ")
            case 0x09:
                result.append(keepLineBreaks ? "\t" : " ")
            case 0x00...0x1F:
                result.append(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀ … ␟
            case 0x7F:
                result.append("\u{2421}")  // ␡
            case 0x80...0x9F, 0xFFFE, 0xFFFF:
                result.append("\u{FFFD}")  // C1 controls and non-characters have no picture
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// One line: for names, topics and other single-line fields.
    static func line(_ text: String) -> String { clean(text, keepLineBreaks: false) }

    /// The lines of a multi-line field, with empty lines at the start and end dropped.
    static func lines(_ text: String) -> [String] {
        var lines = clean(text, keepLineBreaks: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines
    }
}
