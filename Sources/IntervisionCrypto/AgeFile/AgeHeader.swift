import Foundation

/// The text header of an age file, parsed as strictly as the specification asks: lines end in LF
/// alone, arguments are non-empty runs of printable ASCII, bodies are canonical base64 without
/// padding in lines of 64 columns (the last one shorter), and a passphrase stanza stands alone.
struct AgeHeader {
    var salt: Data
    var workFactor: Int
    /// The file key, wrapped: 16 bytes of ciphertext and a 16-byte tag.
    var wrappedKey: Data
    var mac: Data
    /// The bytes the MAC covers: the header up to and including "---".
    var macInputLength: Int
    /// The whole header, up to and including the LF after the MAC; the payload starts here.
    var length: Int

    /// A header should be a few hundred bytes; this bounds the work a hostile file can cause.
    static let maximumLength = 64 * 1024

    static func parse(_ file: Data) throws(AgeError) -> AgeHeader {
        guard AgeFile.looksEncrypted(file) else { throw .notAgeFile }
        var lines = LineReader(file)
        guard let first = try lines.next() else { throw .malformedHeader("the header ends early") }
        if first != AgeFile.versionLine {
            if first == AgeArmor.beginLine { throw .armored }
            if first.hasPrefix("age-encryption.org/") { throw .unsupportedVersion(String(first.dropFirst("age-encryption.org/".count))) }
            throw .notAgeFile
        }
        var stanzas: [(arguments: [String], body: Data)] = []
        var macLine: String?
        while macLine == nil {
            guard let line = try lines.next() else { throw .malformedHeader("the header ends before the '---' line") }
            if line.hasPrefix("---") {
                macLine = line
                break
            }
            guard line.hasPrefix("-> ") else { throw .malformedHeader("a line of the header starts with neither '->' nor '---'") }
            let arguments = line.dropFirst(3).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard !arguments.isEmpty, arguments.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isArgumentByte) }) else {
                throw .malformedHeader("a recipient line has an empty argument or a character that is not printable ASCII")
            }
            stanzas.append((arguments, try body(&lines)))
        }
        guard let macLine, macLine.hasPrefix("--- ") else { throw .malformedHeader("the '---' line has no MAC") }
        let mac = try AgeBase64.decode(String(macLine.dropFirst(4)), what: "the header MAC")
        guard mac.count == 32 else { throw .malformedHeader("the header MAC is not 32 bytes") }

        guard let scryptIndex = stanzas.firstIndex(where: { $0.arguments[0] == "scrypt" }) else {
            throw .notPassphraseEncrypted
        }
        guard stanzas.count == 1 else { throw .malformedHeader("a passphrase (scrypt) stanza must be the only one in the header") }
        let stanza = stanzas[scryptIndex]
        guard stanza.arguments.count == 3 else { throw .malformedHeader("the scrypt stanza needs exactly a salt and a work factor") }
        let salt = try AgeBase64.decode(stanza.arguments[1], what: "the scrypt salt")
        guard salt.count == 16 else { throw .malformedHeader("the scrypt salt is not 16 bytes") }
        let workFactor = try parseWorkFactor(stanza.arguments[2])
        guard stanza.body.count == 32 else { throw .malformedHeader("the wrapped file key is not 32 bytes") }

        let macInputLength = lines.offsetOfLastLine + 3
        return AgeHeader(salt: salt, workFactor: workFactor, wrappedKey: stanza.body, mac: mac,
                         macInputLength: macInputLength, length: lines.offset)
    }

    /// A stanza's body: lines of exactly 64 base64 characters, closed by a shorter (maybe empty) one.
    private static func body(_ lines: inout LineReader) throws(AgeError) -> Data {
        var text = ""
        while true {
            guard let line = try lines.next() else { throw .malformedHeader("a recipient stanza has no body") }
            guard line.count <= 64 else { throw .malformedHeader("a body line is longer than 64 columns") }
            text += line
            if line.count < 64 { break }
        }
        return try AgeBase64.decode(text, what: "a recipient stanza's body")
    }

    /// A decimal integer without sign or leading zeros, at least 1.
    private static func parseWorkFactor(_ text: String) throws(AgeError) -> Int {
        let digits = text.utf8
        guard let first = digits.first, first != UInt8(ascii: "0"),
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .malformedHeader("the scrypt work factor '\(text)' is not a positive decimal number without leading zeros")
        }
        // Three digits or more is far past any limit (and could overflow): named as too high.
        guard digits.count <= 2, let value = Int(text) else { throw .workFactorTooHigh(Int.max, maximum: AgeFile.maximumWorkFactor) }
        return value
    }

    /// Printable ASCII, no space: what the specification allows in a stanza's arguments.
    private static func isArgumentByte(_ byte: UInt8) -> Bool { byte >= 0x21 && byte <= 0x7E }
}

/// Reads the header's lines: each must end in LF, be printable ASCII, and the header stays
/// within `AgeHeader.maximumLength`.
private struct LineReader {
    let data: Data
    /// Where the next line starts (relative to `data.startIndex`).
    private(set) var offset = 0
    /// Where the line last returned started.
    private(set) var offsetOfLastLine = 0

    init(_ data: Data) { self.data = data }

    /// The next line without its LF; nil when no complete line is left within the header's size
    /// limit. A line with a character outside printable ASCII (a CR, a control character) is refused.
    mutating func next() throws(AgeError) -> String? {
        let start = data.startIndex + offset
        let limit = min(data.endIndex, data.startIndex + AgeHeader.maximumLength)
        guard start < limit, let newline = data[start..<limit].firstIndex(of: 0x0A) else { return nil }
        let bytes = data[start..<newline]
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) else {
            throw .malformedHeader("a line of the header holds a character that is not printable ASCII")
        }
        offsetOfLastLine = offset
        offset = newline + 1 - data.startIndex
        return String(decoding: bytes, as: UTF8.self)
    }
}
