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
            var seen = SeenFields()
            var first = true
            while let key = try reader.nextKey(&first) {
                if try header.read(key, &reader) { continue }
                guard try FileField.table.match(key, &seen, reader) != nil else {
                    throw unknownField(reader, expected: "format, version, methods")
                }
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
        var seen = SeenFields()
        var first = true
        while let key = try reader.nextKey(&first) {
            switch try field(key, &seen, reader, of: MethodField.self) {
            case .name: name = try reader.readText(.name).trimmingCharacters(in: .whitespacesAndNewlines)
            case .title: title = try text(&reader)
            case .aliases: aliases = try reader.readTextList(.name)
            case .purpose: purpose = try text(&reader)
            case .steps: steps = try reader.readList { (reader: inout JSONReader) throws(JSONFault) in try step(&reader) }
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
        var seen = SeenFields()
        var first = true
        while let key = try reader.nextKey(&first) {
            switch try field(key, &seen, reader, of: StepField.self) {
            case .title: title = try text(&reader)
            case .description: description = try text(&reader)
            }
        }
        guard let title, !title.nl.isEmpty || !title.en.isEmpty else { throw JSONFault(offset: start, reason: "a step needs a \"title\"") }
        return IntervisionMethod.Step(title: title, description: description)
    }

    /// `"text"` or `{"nl": "…", "en": "…"}`.
    private static func text(_ reader: inout JSONReader) throws(JSONFault) -> LocalizedText {
        if reader.peekKind() == .string {
            let value = try reader.readText(.longText)
            return LocalizedText(nl: value, en: value)
        }
        let start = reader.valueStart()
        guard reader.peekKind() == .object else { throw JSONFault(offset: start, reason: "expected a text or {\"nl\": …, \"en\": …}") }
        try reader.beginObject()
        var nl = "", en = ""
        var seen = SeenFields()
        var first = true
        while let key = try reader.nextKey(&first) {
            switch try field(key, &seen, reader, of: Language.self) {
            case .nl: nl = try reader.readText(.longText)
            case .en: en = try reader.readText(.longText)
            }
        }
        guard !nl.isEmpty || !en.isEmpty else { throw JSONFault(offset: start, reason: "a text needs \"nl\" or \"en\"") }
        return LocalizedText(nl: nl.isEmpty ? en : nl, en: en.isEmpty ? nl : en)
    }

    /// The field `key` names; an unknown one is refused with the names that are possible.
    private static func field<Field: JSONFields>(_ key: FieldKey, _ seen: inout SeenFields, _ reader: JSONReader,
                                                 of _: Field.Type) throws(JSONFault) -> Field {
        guard let field = try Field.table.match(key, &seen, reader) else {
            throw unknownField(reader, expected: Field.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return field
    }

    private static func unknownField(_ reader: JSONReader, expected: String) -> JSONFault {
        JSONFault(offset: reader.keyOffset, reason: "unknown field \"\(reader.keyName())\" (expected \(expected))")
    }
}

/// The fields of `methods.json`, each named once.
private enum FileField: String, JSONFields {
    case methods
    static let table = FieldTable<FileField>()
}

private enum MethodField: String, JSONFields {
    case name, title, aliases, purpose, steps
    static let table = FieldTable<MethodField>()
}

private enum StepField: String, JSONFields {
    case title, description
    static let table = FieldTable<StepField>()
}

/// A text in both languages: `{"nl": …, "en": …}`.
extension Language: JSONFields {
    static let table = FieldTable<Language>()
}
