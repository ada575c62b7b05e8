import IntervisionCore

/// Appends JSON values to a byte buffer. The codecs decide the layout (which object goes on one
/// line); this type gets every value exactly right: string escapes, dates, numbers.
///
/// It owns its memory directly instead of appending to an Array, which would check capacity and
/// uniqueness for every byte: writing a thousand groups is a hot path of the demo data set.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written, handed over as an Array.
    consuming func finish() -> [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Text the codec spells out itself: punctuation, indentation, field names.
    @inline(__always)
    mutating func raw(_ text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Text known to need no escaping (ASCII names from the model's own enums).
    mutating func rawText(_ text: String) {
        var text = text
        text.withUTF8 { append($0.baseAddress!, $0.count) }
    }

    /// `"name": ` with the separator before it: `, ` inside a one-line object, or a new line and
    /// `indent` spaces in a multi-line one.
    mutating func key(_ name: StaticString, _ first: inout Bool, newlineIndent indent: Int? = nil) {
        separator(&first, newlineIndent: indent)
        byte(Byte.quote)
        raw(name)
        raw("\": ")
    }

    /// A field's name from its `JSONFields` table, as `key(_:_:newlineIndent:)` writes it.
    @inline(__always)
    mutating func key<Field: JSONFields>(_ field: Field, _ first: inout Bool, newlineIndent indent: Int? = nil) {
        separator(&first, newlineIndent: indent)
        Field.table.withQuotedName(field) { append($0.baseAddress!, $0.count) }
    }

    @inline(__always)
    private mutating func separator(_ first: inout Bool, newlineIndent indent: Int?) {
        if let indent {
            if !first { byte(Byte.comma) }
            byte(Byte.newline)
            reserve(indent)
            (base + count).initialize(repeating: Byte.space, count: indent)
            count += indent
        } else if !first {
            raw(", ")
        }
        first = false
    }

    /// A string with `"`, `\`, control characters and DEL escaped; everything else (é, 日本, emoji)
    /// is written as UTF-8 so a human can read the file.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            byte(Byte.quote)
            var runStart = 0
            for index in 0..<utf8.count where JSONWriter.needsEscape[Int(utf8[index])] {
                append(utf8.baseAddress! + runStart, index - runStart)
                appendEscape(utf8[index])
                runStart = index + 1
            }
            append(utf8.baseAddress! + runStart, utf8.count - runStart)
            byte(Byte.quote)
        }
    }

    /// `"YYYY-MM-DD"`.
    mutating func date(_ value: CivilDate) {
        reserve(12)
        let out = base + count
        out[0] = Byte.quote
        writeDigits(value.year, 4, to: out + 1)
        out[5] = Byte.minus
        writeDigits(value.month, 2, to: out + 6)
        out[8] = Byte.minus
        writeDigits(value.day, 2, to: out + 9)
        out[11] = Byte.quote
        count += 12
    }

    mutating func int(_ value: Int) {
        rawText(String(value))
    }

    /// The shortest text that reads back as the same Double. Callers leave out non-finite values:
    /// JSON has no spelling for them.
    mutating func double(_ value: Double) {
        precondition(value.isFinite, "JSON has no spelling for \(value)")
        rawText(value.description)
    }

    mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// `["a", "b"]` on one line.
    mutating func stringList(_ values: [String]) {
        byte(Byte.openBracket)
        for (index, value) in values.enumerated() {
            if index > 0 { raw(", ") }
            string(value)
        }
        byte(Byte.closeBracket)
    }

    // MARK: - Internals

    /// Bytes that cannot stand in a JSON string as they are (`"`, `\`, controls) or that would be
    /// invisible or harmful in a terminal or diff (DEL).
    private static let needsEscape: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }

    @inline(__always)
    private mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    @inline(__always)
    private mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        (base + count).update(from: source, count: length)
        count += length
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = newCapacity
    }

    private mutating func appendEscape(_ value: UInt8) {
        switch value {
        case Byte.quote: raw("\\\"")
        case Byte.backslash: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
            raw("\\u00")
            let hex: StaticString = "0123456789abcdef"
            byte(hex.utf8Start[Int(value >> 4)])
            byte(hex.utf8Start[Int(value & 0x0F)])
        }
    }

    private func writeDigits(_ value: Int, _ width: Int, to out: UnsafeMutablePointer<UInt8>) {
        var rest = value
        for position in stride(from: width - 1, through: 0, by: -1) {
            out[position] = Byte.zero + UInt8(rest % 10)
            rest /= 10
        }
    }
}
