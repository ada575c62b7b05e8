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
        out.key(ProfileField.name, &first, newlineIndent: 2)
        out.string(profile.name)
        out.key(ProfileField.phone, &first, newlineIndent: 2)
        out.string(profile.phone)
        if let registration = profile.registration {
            out.key(ProfileField.registration, &first, newlineIndent: 2)
            out.string(registration.rawValue)
        }
        out.key(ProfileField.registrationNumber, &first, newlineIndent: 2)
        out.string(profile.registrationNumber)
        if let hours = profile.lvscHours, hours.isFinite {
            out.key(ProfileField.lvscHours, &first, newlineIndent: 2)
            out.double(hours)
        }
        if let expires = profile.registrationExpires {
            out.key(ProfileField.registrationExpires, &first, newlineIndent: 2)
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
                guard let field = try ProfileField.table.match(key, &seen, reader) else {
                    try unknown.skip(&reader)
                    continue
                }
                switch field {
                case .name: profile.name = try reader.readOptionalText(.name)
                case .phone: profile.phone = try reader.readOptionalText(.name)
                case .registration: profile.registration = try reader.skipNull() ? nil : reader.readEnum(Registration.self)
                case .registrationNumber: profile.registrationNumber = try reader.readOptionalText(.name)
                case .lvscHours:
                    let start = reader.valueStart()
                    profile.lvscHours = try reader.readOptionalDouble()
                    if let hours = profile.lvscHours, !ValueLimits.isValidTotalHours(hours) {
                        throw reader.outOfBounds(at: start, ValueLimits.totalHoursReason)
                    }
                case .registrationExpires: profile.registrationExpires = try reader.readOptionalDate()
                }
            }
            return profile
        }
    }
}

/// The fields of `profile.json`, named once for the encoder and the decoder.
enum ProfileField: String, JSONFields {
    case name, phone, registration, registrationNumber, lvscHours, registrationExpires
    static let table = FieldTable<ProfileField>()
}
