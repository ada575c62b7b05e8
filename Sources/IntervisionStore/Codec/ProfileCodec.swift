import IntervisionCore

/// `profile.json`: the supervisor's own details (docs/data-format.md). Small, so every field is
/// written except those that are not set.
enum ProfileCodec {
    static let formatName = "intervisie-profile"
    static let version = 1

    static func encode(_ profile: Supervisor) -> [UInt8] {
        var out = JSONWriter(capacity: 512)
        out.raw("{\n  \"format\": ")
        out.string(formatName)
        out.raw(",\n  \"version\": ")
        out.int(version)
        var first = false
        out.key("name", &first, newlineIndent: 2)
        out.string(profile.name)
        out.key("phone", &first, newlineIndent: 2)
        out.string(profile.phone)
        if let registration = profile.registration {
            out.key("registration", &first, newlineIndent: 2)
            out.string(registration.rawValue)
        }
        out.key("registrationNumber", &first, newlineIndent: 2)
        out.string(profile.registrationNumber)
        if let hours = profile.lvscHours, hours.isFinite {
            out.key("lvscHours", &first, newlineIndent: 2)
            out.double(hours)
        }
        if let expires = profile.registrationExpires {
            out.key("registrationExpires", &first, newlineIndent: 2)
            out.date(expires)
        }
        out.raw("\n}\n")
        return out.finish()
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DocumentFault) -> DecodedDocument<Supervisor> {
        try decodeDocument(bytes, format: formatName, supportedVersion: version) {
            (reader: inout JSONReader, header: inout DocumentHeader, unknown: inout UnknownFieldLog) throws(JSONFault) in
            try reader.beginObject()
            var seen = SeenFields()
            var profile = Supervisor()
            var first = true
            while let key = try reader.nextKey(&first) {
                if try header.read(key, &reader) { continue }
                switch key {
                case ProfileField.name: try seen.mark(0, reader); profile.name = try reader.readOptionalString()
                case ProfileField.phone: try seen.mark(1, reader); profile.phone = try reader.readOptionalString()
                case ProfileField.registration:
                    try seen.mark(2, reader)
                    profile.registration = try reader.skipNull() ? nil : reader.readEnum(Registration.self)
                case ProfileField.registrationNumber:
                    try seen.mark(3, reader)
                    profile.registrationNumber = try reader.readOptionalString()
                case ProfileField.lvscHours: try seen.mark(4, reader); profile.lvscHours = try reader.readOptionalDouble()
                case ProfileField.registrationExpires:
                    try seen.mark(5, reader)
                    profile.registrationExpires = try reader.readOptionalDate()
                default: try unknown.skip(&reader)
                }
            }
            return profile
        }
    }
}

/// The field names of the profile format (computed, so each use folds to constants
/// instead of going through a lazily initialised global).
private enum ProfileField {
    static var lvscHours: FieldKey { FieldKey("lvscHours") }
    static var name: FieldKey { FieldKey("name") }
    static var phone: FieldKey { FieldKey("phone") }
    static var registration: FieldKey { FieldKey("registration") }
    static var registrationNumber: FieldKey { FieldKey("registrationNumber") }
    static var registrationExpires: FieldKey { FieldKey("registrationExpires") }
}
