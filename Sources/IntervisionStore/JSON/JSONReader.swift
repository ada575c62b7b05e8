#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore

/// A fault in a document: where (byte offset) and what. Turned into a line and column only when
/// it is reported, so the fast path never counts lines.
struct JSONFault: Error, Equatable {
    var offset: Int
    var reason: String
}

/// A pull reader over the bytes of one JSON document.
///
/// The codecs walk the document with it and build the model directly, with no tree in between:
/// that is what makes loading a thousand group files fast (Foundation's JSONDecoder reads about
/// 25 MB/s here). It accepts exactly RFC 8259 JSON in UTF-8 and reports the first fault with its
/// byte offset.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The next byte to read.
    private(set) var offset: Int = 0
    /// Where the key most recently returned by `nextKey` starts (its opening quote).
    private(set) var keyOffset: Int = 0

    /// Deeper nesting than this is refused instead of risking the stack on a hostile file.
    private static let maximumDepth = 256

    /// Where recurring long strings are shared; nil: every string is made afresh.
    private let strings: StringTable?

    init(_ bytes: UnsafeBufferPointer<UInt8>, strings: StringTable? = nil) {
        self.bytes = bytes
        self.strings = strings
    }

    // MARK: - Structure

    /// The kind of the next value, after skipping white space; nil at the end of the input.
    enum Kind { case object, array, string, number, bool, null }

    mutating func peekKind() -> Kind? {
        skipWhitespace()
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case Byte.openBrace: return .object
        case Byte.openBracket: return .array
        case Byte.quote: return .string
        case Byte.t, Byte.f: return .bool
        case Byte.n: return .null
        default: return .number
        }
    }

    /// Consumes `{`.
    mutating func beginObject() throws(JSONFault) {
        try expect(Byte.openBrace, "expected an object ('{')")
    }

    /// The next key of the current object, with its `:` consumed; nil (and `}` consumed) at its end.
    /// `first` is the caller's per-object state: true before the first key.
    mutating func nextKey(_ first: inout Bool) throws(JSONFault) -> FieldKey? {
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == Byte.closeBrace {
            offset += 1
            return nil
        }
        if first {
            first = false
        } else {
            try expect(Byte.comma, "expected ',' or '}'")
            skipWhitespace()
        }
        guard offset < bytes.count, bytes[offset] == Byte.quote else { throw fault("expected a field name") }
        keyOffset = offset
        let (start, end, escaped) = try scanString()
        let key: FieldKey
        if escaped {
            var name = try readEscapedString(from: start)
            key = name.withUTF8 { FieldKey($0) }
        } else {
            let length = end - start
            if length <= FieldKey.maximumLength && start + FieldKey.maximumLength <= bytes.count {
                key = FieldKey(wordsAt: UnsafeRawPointer(bytes.baseAddress! + start), length: length)
            } else {
                key = FieldKey(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
            offset = end + 1
        }
        try expect(Byte.colon, "expected ':' after a field name")
        return key
    }

    /// The name of the key `nextKey` returned last, for messages about it.
    func keyName() -> String {
        var copy = self
        copy.offset = keyOffset
        return (try? copy.readString()) ?? "?"
    }

    /// A value at `offset` outside its bounds (`ValueLimits`, `TextKind`): the fault names the field
    /// it stands in (the key `nextKey` returned last), since a line of a group file holds many.
    func outOfBounds(at offset: Int, _ reason: String) -> JSONFault {
        JSONFault(offset: offset, reason: "field \"\(keyName())\": \(reason)")
    }

    /// Consumes `[`.
    mutating func beginArray() throws(JSONFault) {
        try expect(Byte.openBracket, "expected a list ('[')")
    }

    /// True when another element follows (its separator consumed); false (and `]` consumed) at the end.
    mutating func nextElement(_ first: inout Bool) throws(JSONFault) -> Bool {
        skipWhitespace()
        if offset < bytes.count, bytes[offset] == Byte.closeBracket {
            offset += 1
            return false
        }
        if first {
            first = false
        } else {
            try expect(Byte.comma, "expected ',' or ']'")
        }
        skipWhitespace()
        return true
    }

    /// Only white space may follow the document.
    mutating func expectEnd() throws(JSONFault) {
        skipWhitespace()
        if offset < bytes.count { throw fault("unexpected text after the end of the document") }
    }

    // MARK: - Values

    /// Consumes `null` if it is next; false (nothing consumed) otherwise.
    mutating func skipNull() throws(JSONFault) -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == Byte.n else { return false }
        try literal("null")
        return true
    }

    mutating func readBool() throws(JSONFault) -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw fault("expected true or false") }
        switch bytes[offset] {
        case Byte.t: try literal("true"); return true
        case Byte.f: try literal("false"); return false
        default: throw fault("expected true or false")
        }
    }

    /// A whole number (no fraction or exponent) that fits an Int.
    mutating func readInt() throws(JSONFault) -> Int {
        skipWhitespace()
        let start = offset
        let (end, isWhole) = try scanNumber()
        guard isWhole else { throw JSONFault(offset: start, reason: "expected a whole number") }
        var index = start
        let negative = bytes[index] == Byte.minus
        if negative { index += 1 }
        var value = 0
        while index < end {
            let digit = Int(bytes[index] &- Byte.zero)
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digit)
                                             : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { throw JSONFault(offset: start, reason: "number too large") }
            value = next
            index += 1
        }
        offset = end
        return value
    }

    /// Any JSON number, as the nearest Double.
    mutating func readDouble() throws(JSONFault) -> Double {
        skipWhitespace()
        let start = offset
        let (end, _) = try scanNumber()
        if let value = fastDouble(start, end) {
            offset = end
            return value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONFault(offset: start, reason: "number out of range")
        }
        offset = end
        return value
    }

    /// Numbers like `2.5` or `-12.25` without an exponent and with at most 15 digits: the digits
    /// as an integer (exact in a Double) divided by a power of ten (exact too), which IEEE division
    /// rounds correctly (Clinger's fast path). nil for anything else, which goes to strtod.
    private func fastDouble(_ start: Int, _ end: Int) -> Double? {
        var index = start
        let negative = bytes[index] == Byte.minus
        if negative { index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        while index < end {
            let byte = bytes[index]
            if byte == Byte.dot {
                inFraction = true
            } else if isDigit(byte) {
                // Counted before multiplying: 20 digits would overflow the mantissa.
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + UInt64(byte &- Byte.zero)
                if inFraction { fractionDigits += 1 }
            } else {
                return nil  // an exponent
            }
            index += 1
        }
        let value = Double(mantissa) / JSONReader.powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// A string; escapes decoded, UTF-8 validated.
    mutating func readString() throws(JSONFault) -> String {
        skipWhitespace()
        let (start, end, escaped) = try scanString()
        if escaped { return try readEscapedString(from: start) }
        offset = end + 1
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A string that is likely to recur in many files (a topic, a method): its storage is shared
    /// through the string table when there is one.
    mutating func readSharedString() throws(JSONFault) -> String {
        skipWhitespace()
        let (start, end, escaped) = try scanString()
        if escaped { return try readEscapedString(from: start) }
        offset = end + 1
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // 15 bytes and less fit in a String without any allocation: nothing to share.
        if let strings, slice.count > 15 { return strings.string(for: slice) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Checks the string at `offset` (which must be its opening quote) without decoding it:
    /// the range between the quotes, and whether it has escapes (then only `start` is meaningful).
    private func scanString() throws(JSONFault) -> (start: Int, end: Int, escaped: Bool) {
        guard offset < bytes.count, bytes[offset] == Byte.quote else { throw fault("expected a string (text in quotes)") }
        let start = offset + 1
        var index = start
        while true {
            guard index < bytes.count else { throw JSONFault(offset: start - 1, reason: "string not closed") }
            let byte = bytes[index]
            if byte == Byte.quote { return (start, index, false) }
            if byte == Byte.backslash { return (start, index, true) }
            if byte < 0x20 { throw JSONFault(offset: index, reason: "control character in a string (must be escaped)") }
            index = byte < 0x80 ? index + 1 : try validateUTF8Sequence(at: index)
        }
    }

    /// A date written as "YYYY-MM-DD", read without making a String; within `ValueLimits.dates`.
    mutating func readDate() throws(JSONFault) -> CivilDate {
        skipWhitespace()
        let start = offset
        guard start + 12 <= bytes.count, bytes[start] == Byte.quote, bytes[start + 11] == Byte.quote,
              bytes[start + 5] == Byte.minus, bytes[start + 8] == Byte.minus,
              let year = digits(start + 1, 4), let month = digits(start + 6, 2), let day = digits(start + 9, 2)
        else { throw JSONFault(offset: start, reason: "expected a date as \"YYYY-MM-DD\"") }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw JSONFault(offset: start, reason: "date does not exist")
        }
        guard ValueLimits.isValidDate(date) else { throw outOfBounds(at: start, ValueLimits.dateReason) }
        offset = start + 12
        return date
    }

    /// A time of day written as "HH:MM", read without making a String.
    mutating func readClockTime() throws(JSONFault) -> ClockTime {
        skipWhitespace()
        let start = offset
        guard start + 7 <= bytes.count, bytes[start] == Byte.quote, bytes[start + 6] == Byte.quote,
              bytes[start + 3] == UInt8(ascii: ":"), let hour = digits(start + 1, 2), let minute = digits(start + 4, 2)
        else { throw JSONFault(offset: start, reason: "expected a time as \"HH:MM\"") }
        guard let time = ClockTime(hour: hour, minute: minute) else {
            throw JSONFault(offset: start, reason: "time does not exist")
        }
        offset = start + 7
        return time
    }

    /// Skips one value of any kind (a field this version does not know).
    mutating func skipValue() throws(JSONFault) {
        try skipValue(depth: 0)
    }

    /// Where the next value starts (white space skipped): the position to blame for a bad value.
    mutating func valueStart() -> Int {
        skipWhitespace()
        return offset
    }

    /// A fault at the current position.
    func fault(_ reason: String) -> JSONFault {
        JSONFault(offset: offset, reason: reason)
    }

    // MARK: - Internals

    private mutating func skipValue(depth: Int) throws(JSONFault) {
        guard depth < JSONReader.maximumDepth else { throw fault("nested too deeply") }
        switch peekKind() {
        case .object:
            try beginObject()
            var first = true
            while try nextKey(&first) != nil { try skipValue(depth: depth + 1) }
        case .array:
            try beginArray()
            var first = true
            while try nextElement(&first) { try skipValue(depth: depth + 1) }
        case .string: _ = try readString()
        case .bool: _ = try readBool()
        case .null: try literal("null")
        case .number: offset = try scanNumber().end
        case nil: throw fault("unexpected end of the document")
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case Byte.space, Byte.newline, Byte.tab, Byte.carriageReturn: offset += 1
            default: return
            }
        }
    }

    /// `reason` is a StaticString so the hot path never touches a String.
    @inline(__always)
    private mutating func expect(_ byte: UInt8, _ reason: StaticString) throws(JSONFault) {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == byte else { throw fault("\(reason)") }
        offset += 1
    }

    private mutating func literal(_ word: StaticString) throws(JSONFault) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw fault("unexpected end of the document") }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for index in 0..<count where bytes[offset + index] != expected[index] {
            throw fault("expected '\(word)'")
        }
        offset += count
    }

    /// Checks the number grammar from `offset`; returns where it ends and whether it is whole.
    private func scanNumber() throws(JSONFault) -> (end: Int, isWhole: Bool) {
        var index = offset
        var isWhole = true
        if index < bytes.count, bytes[index] == Byte.minus { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw JSONFault(offset: offset, reason: "expected a value") }
        if bytes[index] == Byte.zero {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == Byte.dot {
            isWhole = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONFault(offset: index, reason: "expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == Byte.e || bytes[index] == Byte.capitalE {
            isWhole = false
            index += 1
            if index < bytes.count, bytes[index] == Byte.plus || bytes[index] == Byte.minus { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONFault(offset: index, reason: "expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return (index, isWhole)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- Byte.zero < 10 }

    private func digits(_ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte &- Byte.zero)
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence starting at `index` (RFC 3629: no overlong forms, no
    /// surrogates, nothing above U+10FFFF); returns the index after it.
    private func validateUTF8Sequence(at index: Int) throws(JSONFault) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw JSONFault(offset: index, reason: "invalid UTF-8")
        }
        guard index + length <= bytes.count else { throw JSONFault(offset: index, reason: "invalid UTF-8") }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { throw JSONFault(offset: index, reason: "invalid UTF-8") }
        for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 {
            throw JSONFault(offset: index, reason: "invalid UTF-8")
        }
        return index + length
    }

    /// The slow path of `readString`: a string with at least one escape. `start` is after the quote.
    private mutating func readEscapedString(from start: Int) throws(JSONFault) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(32)
        var index = start
        while true {
            guard index < bytes.count else { throw JSONFault(offset: start - 1, reason: "string not closed") }
            let byte = bytes[index]
            switch byte {
            case Byte.quote:
                offset = index + 1
                return String(decoding: decoded, as: UTF8.self)
            case Byte.backslash:
                guard index + 1 < bytes.count else { throw JSONFault(offset: index, reason: "string not closed") }
                let escaped = bytes[index + 1]
                index += 2
                switch escaped {
                case Byte.quote, Byte.backslash, Byte.slash: decoded.append(escaped)
                case Byte.b: decoded.append(0x08)
                case Byte.f: decoded.append(0x0C)
                case Byte.n: decoded.append(0x0A)
                case Byte.r: decoded.append(0x0D)
                case Byte.t: decoded.append(0x09)
                case Byte.u:
                    let scalar = try readUnicodeEscape(at: &index)
                    decoded.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw JSONFault(offset: index - 2, reason: "unknown escape '\\\(Character(Unicode.Scalar(escaped)))'")
                }
            case 0..<0x20:
                throw JSONFault(offset: index, reason: "control character in a string (must be escaped)")
            case 0..<0x80:
                decoded.append(byte)
                index += 1
            default:
                let end = try validateUTF8Sequence(at: index)
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
        }
    }

    /// `index` points after `\u`; reads four hex digits (and a low surrogate after a high one).
    private func readUnicodeEscape(at index: inout Int) throws(JSONFault) -> Unicode.Scalar {
        let escapeStart = index - 2
        let first = try hex4(at: &index)
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == Byte.backslash, bytes[index + 1] == Byte.u else {
                throw JSONFault(offset: escapeStart, reason: "lone surrogate in \\u escape")
            }
            index += 2
            let second = try hex4(at: &index)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw JSONFault(offset: escapeStart, reason: "lone surrogate in \\u escape")
            }
            value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
            throw JSONFault(offset: escapeStart, reason: "lone surrogate in \\u escape")
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw JSONFault(offset: escapeStart, reason: "invalid \\u escape")
        }
        return scalar
    }

    private func hex4(at index: inout Int) throws(JSONFault) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONFault(offset: index, reason: "expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case Byte.zero...Byte.nine: digit = byte - Byte.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONFault(offset: index, reason: "expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }
}

/// The bytes JSON is made of, by name.
enum Byte {
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let tab = UInt8(ascii: "\t")
    static let b = UInt8(ascii: "b")
    static let e = UInt8(ascii: "e")
    static let capitalE = UInt8(ascii: "E")
    static let f = UInt8(ascii: "f")
    static let n = UInt8(ascii: "n")
    static let r = UInt8(ascii: "r")
    static let t = UInt8(ascii: "t")
    static let u = UInt8(ascii: "u")
}
