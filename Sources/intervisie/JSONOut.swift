/// Builds the command line's JSON output with keys in a fixed order (scripts and diffs rely on it),
/// straight into UTF-8 bytes: `check --json` on a thousand groups writes megabytes.
enum JSONOut {
    struct Object {
        fileprivate var bytes: [UInt8] = [0x7B]

        consuming func string(_ key: StaticString, _ value: String) -> Object {
            var copy = self
            copy.key(key)
            JSONOut.appendQuoted(value, to: &copy.bytes)
            return copy
        }

        consuming func optionalString(_ key: StaticString, _ value: String?) -> Object {
            guard let value else { return raw(key, "null") }
            return string(key, value)
        }

        consuming func int(_ key: StaticString, _ value: Int) -> Object { raw(key, String(value)) }
        consuming func number(_ key: StaticString, _ value: Double) -> Object { raw(key, JSONOut.number(value)) }
        consuming func optionalNumber(_ key: StaticString, _ value: Double?) -> Object { raw(key, value.map(JSONOut.number) ?? "null") }
        consuming func bool(_ key: StaticString, _ value: Bool) -> Object { raw(key, value ? "true" : "false") }

        /// A value that is already JSON (a number, null, a nested array's text).
        consuming func raw(_ key: StaticString, _ json: String) -> Object {
            var copy = self
            copy.key(key)
            copy.bytes.append(contentsOf: json.utf8)
            return copy
        }

        /// A nested object, or null.
        consuming func optionalObject(_ key: StaticString, _ object: Object?) -> Object {
            guard let object else { return raw(key, "null") }
            var copy = self
            copy.key(key)
            copy.bytes.append(contentsOf: object.closedBytes)
            return copy
        }

        consuming func array(_ key: StaticString, _ array: Array) -> Object {
            var copy = self
            copy.key(key)
            copy.bytes.append(contentsOf: array.closedBytes)
            return copy
        }

        private mutating func key(_ name: StaticString) {
            if bytes.count > 1 { bytes.append(contentsOf: [0x2C, 0x20]) }
            bytes.append(0x22)
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            bytes.append(contentsOf: [0x22, 0x3A, 0x20])
        }

        var closedBytes: [UInt8] { bytes + [0x7D] }
        var text: String { String(decoding: closedBytes, as: UTF8.self) }
    }

    /// One item a line: readable, and still one JSON value.
    struct Array {
        private var bytes: [UInt8] = [0x5B]
        private var count = 0

        mutating func append(_ object: Object) {
            bytes.append(contentsOf: count == 0 ? [0x0A, 0x20, 0x20] : [0x2C, 0x0A, 0x20, 0x20])
            bytes.append(contentsOf: object.bytes)
            bytes.append(0x7D)
            count += 1
        }

        var closedBytes: [UInt8] { count == 0 ? [0x5B, 0x5D] : bytes + [0x0A, 0x5D] }
        var text: String { String(decoding: closedBytes, as: UTF8.self) }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static let hex: [UInt8] = [UInt8]("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped; the rest as UTF-8.
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        for byte in value.utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x00..<0x20, 0x7F: bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
