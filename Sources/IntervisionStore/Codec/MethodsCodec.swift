import Foundation
import IntervisionCore

/// `methods.json`: intervision methods as name and ordered steps (docs/data-format.md). The same
/// format serves the methods shipped with the app and the user's own file in the data folder.
///
/// A text is either one string (the same in both languages) or `{"nl": "…", "en": "…"}` (a missing
/// language takes the other's text). Unknown fields are refused with their position: this file is
/// written by hand, and a misspelt "stesp" silently ignored would be worse than a clear message.
enum MethodsCodec {
    static let formatName = "intervisie-methods"
    static let version = 1

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DocumentFault) -> DecodedDocument<[IntervisionMethod]> {
        try decodeDocument(bytes, format: formatName, supportedVersion: version) {
            (reader: inout JSONReader, header: inout DocumentHeader, _: inout UnknownFieldLog) throws(JSONFault) in
            try reader.beginObject()
            var methods: [IntervisionMethod] = []
            var first = true
            while let key = try reader.nextKey(&first) {
                if try header.read(key, &reader) { continue }
                guard key == Field.methods else { throw unknownField(reader, expected: "format, version, methods") }
                methods = try reader.readList { (reader: inout JSONReader) throws(JSONFault) in try method(&reader) }
            }
            return methods
        }
    }

    private static func method(_ reader: inout JSONReader) throws(JSONFault) -> IntervisionMethod {
        let start = reader.valueStart()
        try reader.beginObject()
        var name = ""
        var title: LocalizedText?
        var aliases: [String] = []
        var purpose = LocalizedText(nl: "", en: "")
        var steps: [IntervisionMethod.Step] = []
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case Field.name: name = try reader.readString().trimmingCharacters(in: .whitespacesAndNewlines)
            case Field.title: title = try text(&reader)
            case Field.aliases: aliases = try reader.readStringList()
            case Field.purpose: purpose = try text(&reader)
            case Field.steps: steps = try reader.readList { (reader: inout JSONReader) throws(JSONFault) in try step(&reader) }
            default: throw unknownField(reader, expected: "name, title, aliases, purpose, steps")
            }
        }
        guard !name.isEmpty else { throw JSONFault(offset: start, reason: "a method needs a \"name\"") }
        guard !steps.isEmpty else { throw JSONFault(offset: start, reason: "method \"\(name)\" has no \"steps\"") }
        return IntervisionMethod(name: name, title: title, aliases: aliases, purpose: purpose, steps: steps)
    }

    private static func step(_ reader: inout JSONReader) throws(JSONFault) -> IntervisionMethod.Step {
        let start = reader.valueStart()
        try reader.beginObject()
        var title: LocalizedText?
        var description = LocalizedText(nl: "", en: "")
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case Field.title: title = try text(&reader)
            case Field.description: description = try text(&reader)
            default: throw unknownField(reader, expected: "title, description")
            }
        }
        guard let title, !title.nl.isEmpty || !title.en.isEmpty else { throw JSONFault(offset: start, reason: "a step needs a \"title\"") }
        return IntervisionMethod.Step(title: title, description: description)
    }

    /// `"text"` or `{"nl": "…", "en": "…"}`.
    private static func text(_ reader: inout JSONReader) throws(JSONFault) -> LocalizedText {
        if reader.peekKind() == .string {
            let value = try reader.readString()
            return LocalizedText(nl: value, en: value)
        }
        let start = reader.valueStart()
        guard reader.peekKind() == .object else { throw JSONFault(offset: start, reason: "expected a text or {\"nl\": …, \"en\": …}") }
        try reader.beginObject()
        var nl = "", en = ""
        var first = true
        while let key = try reader.nextKey(&first) {
            switch key {
            case Field.nl: nl = try reader.readString()
            case Field.en: en = try reader.readString()
            default: throw unknownField(reader, expected: "nl, en")
            }
        }
        guard !nl.isEmpty || !en.isEmpty else { throw JSONFault(offset: start, reason: "a text needs \"nl\" or \"en\"") }
        return LocalizedText(nl: nl.isEmpty ? en : nl, en: en.isEmpty ? nl : en)
    }

    private static func unknownField(_ reader: JSONReader, expected: String) -> JSONFault {
        JSONFault(offset: reader.keyOffset, reason: "unknown field \"\(reader.keyName())\" (expected \(expected))")
    }

    private enum Field {
        static var methods: FieldKey { FieldKey("methods") }
        static var name: FieldKey { FieldKey("name") }
        static var title: FieldKey { FieldKey("title") }
        static var aliases: FieldKey { FieldKey("aliases") }
        static var purpose: FieldKey { FieldKey("purpose") }
        static var steps: FieldKey { FieldKey("steps") }
        static var description: FieldKey { FieldKey("description") }
        static var nl: FieldKey { FieldKey("nl") }
        static var en: FieldKey { FieldKey("en") }
    }
}
