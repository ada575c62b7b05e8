/// Builds the command line's JSON output with keys in a fixed order (scripts and diffs rely on it).
enum JSONOut {
    struct Object {
        private var fields: [String] = []

        func string(_ key: String, _ value: String) -> Object { adding(key, JSONOut.quote(value)) }
        func optionalString(_ key: String, _ value: String?) -> Object { adding(key, value.map(JSONOut.quote) ?? "null") }
        func int(_ key: String, _ value: Int) -> Object { adding(key, String(value)) }
        func number(_ key: String, _ value: Double) -> Object { adding(key, JSONOut.number(value)) }
        func optionalNumber(_ key: String, _ value: Double?) -> Object { adding(key, value.map(JSONOut.number) ?? "null") }
        func bool(_ key: String, _ value: Bool) -> Object { adding(key, value ? "true" : "false") }
        func raw(_ key: String, _ json: String) -> Object { adding(key, json) }

        private func adding(_ key: String, _ json: String) -> Object {
            var copy = self
            copy.fields.append(JSONOut.quote(key) + ": " + json)
            return copy
        }

        var text: String { "{" + fields.joined(separator: ", ") + "}" }
    }

    struct Array {
        private var items: [String] = []
        mutating func append(_ object: Object) { items.append(object.text) }
        mutating func append(raw json: String) { items.append(json) }
        /// One item a line: readable, and still one JSON value.
        var text: String { items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n]" }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A JSON string: quotes, backslashes and control characters escaped; the rest as UTF-8.
    static func quote(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
