import Foundation

/// age's base64: the standard alphabet without padding, and only the canonical encoding of a
/// value (no set bits after the last byte), so that every header has exactly one spelling.
enum AgeBase64 {
    static func encode(_ data: Data) -> String {
        var text = data.base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return text
    }

    /// A stanza body as header lines: 64 columns each, closed by a shorter line (empty when the
    /// body fills its last line exactly), each ending in LF.
    static func wrappedBody(_ data: Data) -> String {
        var text = encode(data)
        var lines = ""
        while text.count >= 64 {
            lines += text.prefix(64) + "\n"
            text.removeFirst(64)
        }
        return lines + text + "\n"
    }

    /// `text` decoded; `what` names the field in the refusal.
    static func decode(_ text: String, what: String) throws(AgeError) -> Data {
        let alphabet = text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/")
        }
        guard alphabet, text.utf8.count % 4 != 1 else { throw .malformedHeader("\(what) is not base64 without padding") }
        let padded = text + String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: padded), encode(data) == text else {
            throw .malformedHeader("\(what) is not canonical base64")
        }
        return data
    }
}
