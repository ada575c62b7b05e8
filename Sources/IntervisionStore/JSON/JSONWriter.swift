import IntervisionCore

/// Appends JSON values to a byte buffer. The codecs decide the layout (which object goes on one
/// line); this type gets every value exactly right: string escapes, dates, numbers.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Text the codec spells out itself: punctuation, indentation, field names.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Text known to need no escaping (ASCII names from the model's own enums).
    mutating func rawText(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `"name": ` with the separator before it: `, ` inside a one-line object, or a new line and
    /// `indent` spaces in a multi-line one.
    mutating func key(_ name: StaticString, _ first: inout Bool, newlineIndent indent: Int? = nil) {
        if let indent {
            if !first { bytes.append(Byte.comma) }
            bytes.append(Byte.newline)
            bytes.append(contentsOf: repeatElement(Byte.space, count: indent))
        } else if !first {
            raw(", ")
        }
        first = false
        bytes.append(Byte.quote)
        raw(name)
        raw("\": ")
    }

    /// A string with `"`, `\`, control characters and DEL escaped; everything else (é, 日本, emoji)
    /// is written as UTF-8 so a human can read the file.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(Byte.quote)
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == Byte.quote || byte == Byte.backslash || byte == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            bytes.append(Byte.quote)
        }
    }

    /// `"YYYY-MM-DD"`.
    mutating func date(_ value: CivilDate) {
        bytes.append(Byte.quote)
        appendDigits(value.year, width: 4)
        bytes.append(Byte.minus)
        appendDigits(value.month, width: 2)
        bytes.append(Byte.minus)
        appendDigits(value.day, width: 2)
        bytes.append(Byte.quote)
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// The shortest text that reads back as the same Double. Callers leave out non-finite values:
    /// JSON has no spelling for them.
    mutating func double(_ value: Double) {
        precondition(value.isFinite, "JSON has no spelling for \(value)")
        bytes.append(contentsOf: value.description.utf8)
    }

    mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// `["a", "b"]` on one line.
    mutating func stringList(_ values: [String]) {
        bytes.append(Byte.openBracket)
        for (index, value) in values.enumerated() {
            if index > 0 { raw(", ") }
            string(value)
        }
        bytes.append(Byte.closeBracket)
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case Byte.quote: raw("\\\"")
        case Byte.backslash: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
            raw("\\u00")
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        }
    }

    private mutating func appendDigits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(Byte.zero + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
