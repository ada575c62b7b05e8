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
        out.key(SettingsField.theme, &first, newlineIndent: 2)
        out.string(settings.theme)
        if let language = settings.language {
            out.key(SettingsField.language, &first, newlineIndent: 2)
            out.string(language.rawValue)
        }
        out.key(SettingsField.role, &first, newlineIndent: 2)
        out.string(settings.role.rawValue)
        if let folder = settings.exportFolder {
            out.key(SettingsField.exportFolder, &first, newlineIndent: 2)
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
                guard let field = try SettingsField.table.match(key, &seen, reader) else {
                    try unknown.skip(&reader)
                    continue
                }
                switch field {
                case .theme: settings.theme = try reader.skipNull() ? Settings().theme : reader.readText(.name)
                case .language: settings.language = try reader.skipNull() ? nil : reader.readEnum(Language.self)
                case .role: settings.role = try reader.skipNull() ? Settings().role : reader.readEnum(Role.self)
                case .exportFolder: settings.exportFolder = try reader.skipNull() ? nil : reader.readText(.path)
                }
            }
            return settings
        }
    }
}

/// The fields of `settings.json`, named once for the encoder and the decoder.
enum SettingsField: String, JSONFields {
    case theme, language, role
    /// `Settings.exportFolder`: where the export dialog wrote last.
    case exportFolder
    static let table = FieldTable<SettingsField>()
}
