import IntervisionCore

/// `settings.json`: the user's choices (docs/data-format.md). A missing field keeps the default of
/// `Settings`, so an older or hand-trimmed file still loads.
enum SettingsCodec {
    static let formatName = "intervisie-settings"
    static let version = 1

    static func encode(_ settings: Settings) -> [UInt8] {
        var out = JSONWriter(capacity: 256)
        out.raw("{\n  \"format\": ")
        out.string(formatName)
        out.raw(",\n  \"version\": ")
        out.int(version)
        var first = false
        out.key("theme", &first, newlineIndent: 2)
        out.string(settings.theme)
        if let language = settings.language {
            out.key("language", &first, newlineIndent: 2)
            out.string(language.rawValue)
        }
        out.key("role", &first, newlineIndent: 2)
        out.string(settings.role.rawValue)
        if let folder = settings.exportFolder {
            out.key("exportFolder", &first, newlineIndent: 2)
            out.string(folder)
        }
        out.raw("\n}\n")
        return out.finish()
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DocumentFault) -> DecodedDocument<Settings> {
        try decodeDocument(bytes, format: formatName, supportedVersion: version) {
            (reader: inout JSONReader, header: inout DocumentHeader, unknown: inout UnknownFieldLog) throws(JSONFault) in
            try reader.beginObject()
            var seen = SeenFields()
            var settings = Settings()
            var first = true
            while let key = try reader.nextKey(&first) {
                if try header.read(key, &reader) { continue }
                switch key {
                case SettingsField.theme: try seen.mark(0, reader); settings.theme = try reader.skipNull() ? Settings().theme : reader.readString()
                case SettingsField.language:
                    try seen.mark(1, reader)
                    settings.language = try reader.skipNull() ? nil : reader.readEnum(Language.self)
                case SettingsField.role:
                    try seen.mark(2, reader)
                    settings.role = try reader.skipNull() ? Settings().role : reader.readEnum(Role.self)
                case SettingsField.exportFolder:
                    try seen.mark(3, reader)
                    settings.exportFolder = try reader.skipNull() ? nil : reader.readString()
                default: try unknown.skip(&reader)
                }
            }
            return settings
        }
    }
}

/// The field names of the settings format (computed, so each use folds to constants
/// instead of going through a lazily initialised global).
private enum SettingsField {
    static var exportFolder: FieldKey { FieldKey("exportFolder") }
    static var language: FieldKey { FieldKey("language") }
    static var role: FieldKey { FieldKey("role") }
    static var theme: FieldKey { FieldKey("theme") }
}
