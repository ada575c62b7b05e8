/// The text rules of iCalendar (RFC 5545): content lines end in CRLF and are folded so that no
/// line is longer than 75 octets (3.1); TEXT values escape backslash, semicolon, comma and line
/// breaks (3.3.11).
struct ICalendarWriter {
    private(set) var text = ""

    /// A property whose value is already in its final form (DATE, DATE-TIME, fixed words).
    mutating func property(_ name: String, raw value: String) {
        text += Self.fold("\(name):\(value)")
    }

    /// A TEXT property: the value is cleaned of control characters and escaped.
    mutating func property(_ name: String, text value: String) {
        property(name, raw: Self.escapeText(value))
    }

    static func escapeText(_ value: String) -> String {
        var result = ""
        for character in TextCleaning.clean(value, keepLineBreaks: true) {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\t": result += " "  // HTAB is allowed but folds badly and shows unevenly; a space reads the same
            default: result.append(character)
            }
        }
        return result
    }

    /// Splits a content line into CRLF-terminated lines of at most 75 octets; continuation lines
    /// start with a space, which counts toward their 75. Splits fall between Unicode scalars, so a
    /// multi-byte UTF-8 character is never cut; between grapheme clusters where one fits, so an
    /// accent stays with its letter when it can.
    static func fold(_ line: String) -> String {
        var result = ""
        var current = ""
        var currentOctets = 0
        var limit = 75
        func flush() {
            result += current + "\r\n"
            current = " "
            currentOctets = 1
            limit = 75
        }
        for character in line {
            let octets = character.utf8.count
            if currentOctets + octets <= limit {
                current.append(character)
                currentOctets += octets
            } else if octets <= 74 {
                flush()
                current.append(character)
                currentOctets += octets
            } else {
                // A grapheme cluster longer than a whole line (long emoji sequences): split by scalar.
                for scalar in character.unicodeScalars {
                    let scalarOctets = String(scalar).utf8.count
                    if currentOctets + scalarOctets > limit { flush() }
                    current.unicodeScalars.append(scalar)
                    currentOctets += scalarOctets
                }
            }
        }
        return result + current + "\r\n"
    }
}
