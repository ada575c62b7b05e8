import IntervisionCore

/// Entry points for the fuzzer (Tests/Support/Fuzz) into what is internal: the loader's own decoder
/// and the raw JSON reader. SPI, so only a module that asks for `@_spi(Fuzzing)` sees them; the
/// fuzzer cannot use `@testable`, because scripts/fuzz builds it in release.
@_spi(Fuzzing) public enum FuzzingEntry {
    /// A JSON document as our reader reads it, for the differential check against JSONSerialization.
    public indirect enum Tree: Equatable {
        /// `duplicateKeys`: a key appeared twice (which value a parser keeps is its own choice).
        case object([String: Tree], duplicateKeys: Bool)
        case array([Tree])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    /// The group as `Store.loadAll` decodes it (with a string table); nil when it refuses the file.
    public static func decodeAsLoader(_ bytes: UnsafeBufferPointer<UInt8>) -> Group? {
        try? GroupDecoding.decode(bytes, strings: StringTable(capacity: 64)).value
    }

    /// The whole document read with `JSONReader`'s primitives; nil when the reader refuses it.
    /// Deeper than `maximumDepth` is refused too.
    public static func tree(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int = 200) -> Tree? {
        var reader = JSONReader(bytes)
        do throws(JSONFault) {
            let tree = try value(&reader, depth: 0, maximumDepth: maximumDepth)
            try reader.expectEnd()
            return tree
        } catch {
            return nil
        }
    }

    private static func value(_ reader: inout JSONReader, depth: Int, maximumDepth: Int) throws(JSONFault) -> Tree {
        guard depth < maximumDepth else { throw reader.fault("nested too deeply") }
        switch reader.peekKind() {
        case .object:
            try reader.beginObject()
            var members: [String: Tree] = [:]
            var duplicates = false
            var first = true
            while try reader.nextKey(&first) != nil {
                let name = reader.keyName()
                let element = try value(&reader, depth: depth + 1, maximumDepth: maximumDepth)
                if members[name] != nil { duplicates = true }
                members[name] = element
            }
            return .object(members, duplicateKeys: duplicates)
        case .array:
            try reader.beginArray()
            var elements: [Tree] = []
            var first = true
            while try reader.nextElement(&first) { elements.append(try value(&reader, depth: depth + 1, maximumDepth: maximumDepth)) }
            return .array(elements)
        case .string: return .string(try reader.readString())
        case .number: return .number(try reader.readDouble())
        case .bool: return .bool(try reader.readBool())
        case .null:
            guard try reader.skipNull() else { throw reader.fault("expected null") }
            return .null
        case nil: throw reader.fault("unexpected end of the document")
        }
    }
}
