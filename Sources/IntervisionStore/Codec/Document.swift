/// What every data file shares: a format name and a schema version at the top, and the rules for
/// fields this version does not know.

/// The result of reading one file: the value plus what the store needs to decide whether it may
/// ever write the file back.
struct DecodedDocument<Value> {
    var value: Value
    var version: Int
    /// Fields this version does not know, with where they start.
    var unknownFields: [UnknownField]
}

/// A field name this version does not know, and the byte offset of its key.
struct UnknownField: Equatable {
    var name: String
    var offset: Int
}

/// Why a document could not be turned into a value at all.
enum DocumentFault: Error {
    /// Broken JSON, another format, or a value the model cannot hold.
    case invalid(JSONFault)
    /// A newer schema version whose content this version cannot make sense of.
    case newerVersion(found: Int, supported: Int, JSONFault)
}

/// Reads the `format` and `version` fields, which may appear anywhere in the top-level object
/// (the writer puts them first).
struct DocumentHeader {
    let expectedFormat: String
    let supportedVersion: Int
    private(set) var version: Int?
    private var formatSeen = false

    init(format: String, supportedVersion: Int) {
        expectedFormat = format
        self.supportedVersion = supportedVersion
    }

    /// True when `key` was a header field (and its value was consumed).
    mutating func read(_ key: FieldKey, _ reader: inout JSONReader) throws(JSONFault) -> Bool {
        switch key {
        case DocumentHeader.formatKey:
            let valueOffset = reader.valueStart()
            guard !formatSeen else { throw JSONFault(offset: reader.keyOffset, reason: "field \"format\" appears twice") }
            let format = try reader.readString()
            guard format == expectedFormat else {
                throw JSONFault(offset: valueOffset, reason: "this is a \"\(format)\" file, not \"\(expectedFormat)\"")
            }
            formatSeen = true
            return true
        case DocumentHeader.versionKey:
            guard version == nil else { throw JSONFault(offset: reader.keyOffset, reason: "field \"version\" appears twice") }
            let valueOffset = reader.valueStart()
            let value = try reader.readInt()
            guard value >= 1 else { throw JSONFault(offset: valueOffset, reason: "schema version must be 1 or more") }
            version = value
            return true
        default:
            return false
        }
    }

    private static var formatKey: FieldKey { FieldKey("format") }
    private static var versionKey: FieldKey { FieldKey("version") }

    /// True when the document says it is newer than this version reads.
    var isNewer: Bool { (version ?? 0) > supportedVersion }

    /// Both header fields must be present; returns the version.
    func finish() throws(JSONFault) -> Int {
        guard formatSeen else {
            throw JSONFault(offset: 0, reason: "not an \(expectedFormat) file (no \"format\": \"\(expectedFormat)\")")
        }
        guard let version else { throw JSONFault(offset: 0, reason: "no schema \"version\"") }
        return version
    }
}

/// Collects the fields a decoder does not know and skips their values.
struct UnknownFieldLog {
    private(set) var fields: [UnknownField] = []

    mutating func skip(_ reader: inout JSONReader) throws(JSONFault) {
        fields.append(UnknownField(name: reader.keyName(), offset: reader.keyOffset))
        try reader.skipValue()
    }
}

/// A line and column (both 1-based, the column counted in characters) for a byte offset.
struct TextPosition: Equatable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == Byte.newline {
            line += 1
            lineStart = index + 1
        }
        // Count UTF-8 lead bytes, not continuation bytes, so "Müller" is six columns wide.
        var column = 1
        for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        self.line = line
        self.column = column
    }
}

extension DocumentFault {
    /// The store's error for this fault in the file at `path`.
    func storeError(path: String, bytes: UnsafeBufferPointer<UInt8>) -> StoreError {
        switch self {
        case .invalid(let fault):
            let position = TextPosition(offset: fault.offset, in: bytes)
            return .corrupt(path: path, line: position.line, column: position.column, reason: fault.reason)
        case .newerVersion(let version, let supported, _):
            return .newerVersion(path: path, version: version, supported: supported)
        }
    }
}

extension UnknownField {
    /// "name (line L, column C)" for messages.
    func describe(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let position = TextPosition(offset: offset, in: bytes)
        return "\(name) (line \(position.line), column \(position.column))"
    }
}

/// Runs `decode` over a top-level object and applies the header rules. `decode` handles every
/// key that is not `format` or `version` and returns the value once the object is closed.
func decodeDocument<Value>(
    _ bytes: UnsafeBufferPointer<UInt8>, format: String, supportedVersion: Int, strings: StringTable? = nil,
    body: (inout JSONReader, inout DocumentHeader, inout UnknownFieldLog) throws(JSONFault) -> Value
) throws(DocumentFault) -> DecodedDocument<Value> {
    var reader = JSONReader(bytes, strings: strings)
    var header = DocumentHeader(format: format, supportedVersion: supportedVersion)
    var unknown = UnknownFieldLog()
    do {
        let value = try body(&reader, &header, &unknown)
        try reader.expectEnd()
        let version = try header.finish()
        return DecodedDocument(value: value, version: version, unknownFields: unknown.fields)
    } catch {
        if header.isNewer, let version = header.version {
            throw .newerVersion(found: version, supported: supportedVersion, error)
        }
        throw .invalid(error)
    }
}
