import Foundation
@testable import IntervisionStore

/// The differential check of the reader: every document our `JSONReader` accepts whole (read as a
/// tree of values), Foundation's JSONSerialization accepts too, with the same values.
enum JSONDifferential {
    indirect enum Value: Equatable {
        case object([String: Value], duplicateKeys: Bool)
        case array([Value])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        var reader = JSONReader(bytes)
        let ours: Value
        do throws(JSONFault) {
            ours = try value(&reader, depth: 0)
            try reader.expectEnd()
        } catch {
            return
        }
        let theirs: Any
        do {
            theirs = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            preconditionFailure("our reader accepts what JSONSerialization refuses (\(error)): \(String(decoding: bytes, as: UTF8.self).prefix(500))")
        }
        guard same(ours, theirs) else {
            preconditionFailure("our reader and JSONSerialization read different values: \(String(decoding: bytes, as: UTF8.self).prefix(500))")
        }
    }

    /// The depth JSONSerialization refuses beyond; ours refuses at 256 in `skipValue`.
    private static let maximumDepth = 200

    private static func value(_ reader: inout JSONReader, depth: Int) throws(JSONFault) -> Value {
        guard depth < maximumDepth else { throw reader.fault("nested too deeply") }
        switch reader.peekKind() {
        case .object:
            try reader.beginObject()
            var members: [String: Value] = [:]
            var duplicates = false
            var first = true
            while try reader.nextKey(&first) != nil {
                let name = reader.keyName()
                let element = try value(&reader, depth: depth + 1)
                if members[name] != nil { duplicates = true }
                members[name] = element
            }
            return .object(members, duplicateKeys: duplicates)
        case .array:
            try reader.beginArray()
            var elements: [Value] = []
            var first = true
            while try reader.nextElement(&first) { elements.append(try value(&reader, depth: depth + 1)) }
            return .array(elements)
        case .string: return .string(try reader.readString())
        case .number: return .number(try reader.readDouble())
        case .bool: return .bool(try reader.readBool())
        case .null:
            guard try reader.skipNull() else { throw reader.fault("expected null") }
            return .null
        case nil: throw reader.fault("unexpected end")
        }
    }

    private static func same(_ ours: Value, _ theirs: Any) -> Bool {
        switch ours {
        case .object(let members, let duplicates):
            guard let object = theirs as? [String: Any], duplicates || object.count == members.count else { return false }
            // With a key twice, which value a parser keeps is its own choice: only the keys are compared.
            if duplicates { return Set(object.keys) == Set(members.keys) }
            return members.allSatisfy { key, value in object[key].map { same(value, $0) } ?? false }
        case .array(let elements):
            guard let array = theirs as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { same($0, $1) }
        case .string(let text):
            guard let string = theirs as? String else { return false }
            return string.unicodeScalars.elementsEqual(text.unicodeScalars)
        case .number(let number):
            if theirs is Bool, !(theirs is NSNumber) { return false }
            guard let value = theirs as? NSNumber else { return false }
            if let decimal = theirs as? NSDecimalNumber { return abs(decimal.doubleValue - number) <= abs(number) * 1e-15 }
            let double = value.doubleValue
            return double == number || abs(double - number) <= abs(number) * 1e-15
        case .bool(let flag):
            guard let value = theirs as? NSNumber else { return false }
            return value.boolValue == flag
        case .null:
            return theirs is NSNull
        }
    }
}
