import Foundation
@_spi(Fuzzing) import IntervisionStore

/// The differential check of the reader: every document our `JSONReader` accepts whole (read as a
/// tree of values), Foundation's JSONSerialization accepts too, with the same values.
enum JSONDifferential {
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let ours = FuzzingEntry.tree(bytes) else { return }
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

    private static func same(_ ours: FuzzingEntry.Tree, _ theirs: Any) -> Bool {
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
