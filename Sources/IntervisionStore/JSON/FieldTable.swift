/// The fields of one kind of JSON object, each named once: a case of a `JSONFields` enum is the
/// field, its raw value the name in the file. The encoder writes the name (`JSONWriter.key`), the
/// decoder matches a key against it (`FieldTable.match`), and the field's position in the enum is
/// its bit in `SeenFields`; so adding a field is adding a case, and nothing is numbered by hand.
protocol JSONFields: CaseIterable, Hashable, RawRepresentable where RawValue == String {
    /// The table the decoder matches keys with, built once: `static let table = FieldTable<Self>()`.
    static var table: FieldTable<Self> { get }
}

/// The names of a `JSONFields` enum as packed keys (for the decoder) and as the bytes `"name": `
/// (for the encoder), in declaration order.
struct FieldTable<Field: JSONFields>: @unchecked Sendable {
    private let keys: [FieldKey]
    private let fields: [Field]
    /// `"name": ` of each field, one after the other; field `i` is `quoted[starts[i]..<starts[i + 1]]`.
    private let quoted: [UInt8]
    private let starts: [Int]

    init() {
        let fields = Array(Field.allCases)
        precondition(fields.count <= 64, "SeenFields holds at most 64 fields")
        // An enum of one case takes no bytes at all (its ordinal is 0).
        precondition(MemoryLayout<Field>.size == 0 && fields.count == 1
                     || MemoryLayout<Field>.size == 1 && fields.indices.allSatisfy { Int(unsafeBitCast(fields[$0], to: UInt8.self)) == $0 },
                     "\(Field.self): a field's case number must be its position")
        self.fields = fields
        keys = fields.map { field in
            var name = field.rawValue
            precondition(name.utf8.count <= FieldKey.maximumLength, "field name too long: \(name)")
            return name.withUTF8 { FieldKey($0) }
        }
        var quoted: [UInt8] = []
        var starts = [0]
        for field in fields {
            quoted += Array("\"\(field.rawValue)\": ".utf8)
            starts.append(quoted.count)
        }
        self.quoted = quoted
        self.starts = starts
    }

    /// Hands `"name": ` of `field` to `body` (the encoder appends it).
    @inline(__always)
    func withQuotedName<Result>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let index = ordinal(of: field)
        return quoted.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]])) }
    }

    /// The field `key` names, marked as seen (a second time is a fault); nil for a name this
    /// version does not know.
    @inline(__always)
    func match(_ key: FieldKey, _ seen: inout SeenFields, _ reader: JSONReader) throws(JSONFault) -> Field? {
        for index in keys.indices where keys[index] == key {
            try seen.mark(index, reader)
            return fields[index]
        }
        return nil
    }

    /// The field's position (its bit in `SeenFields`): the enum's own one-byte case number, which
    /// for an enum without payloads is its position in the declaration (checked in `init`).
    @inline(__always)
    func ordinal(of field: Field) -> Int {
        MemoryLayout<Field>.size == 0 ? 0 : Int(unsafeBitCast(field, to: UInt8.self))
    }
}

/// The fields an object has shown so far: a repeated field is a fault, because one of the two
/// values would be dropped silently on the next save.
struct SeenFields {
    private var bits: UInt64 = 0

    @inline(__always)
    mutating func mark(_ ordinal: Int, _ reader: JSONReader) throws(JSONFault) {
        let mask: UInt64 = 1 << UInt64(ordinal)
        guard bits & mask == 0 else {
            throw JSONFault(offset: reader.keyOffset, reason: "field \"\(reader.keyName())\" appears twice")
        }
        bits |= mask
    }

    /// A field the object must have: a fault at `offset` (the object's start) naming `thing` when missing.
    func require<Field: JSONFields>(_ field: Field, in thing: String, at offset: Int) throws(JSONFault) {
        guard bits & (1 << UInt64(Field.table.ordinal(of: field))) != 0 else {
            throw JSONFault(offset: offset, reason: "the \(thing) has no \"\(field.rawValue)\"")
        }
    }
}
