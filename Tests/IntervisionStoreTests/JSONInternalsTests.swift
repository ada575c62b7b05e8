import Testing
@testable import IntervisionStore

@Suite("The JSON reader's building blocks")
struct JSONInternalsTests {
    @Test("a key read by word loads equals the same key made by copying bytes, for every length")
    func fieldKeyPaths() {
        let text = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        text.withUnsafeBufferPointer { all in
            for length in 0...FieldKey.maximumLength {
                let copied = FieldKey(UnsafeBufferPointer(rebasing: all[0..<length]))
                let loaded = FieldKey(wordsAt: UnsafeRawPointer(all.baseAddress!), length: length)
                #expect(copied == loaded, "length \(length)")
                let longer = FieldKey(UnsafeBufferPointer(rebasing: all[0..<(length + 1)]))
                #expect(copied != longer)
            }
        }
        #expect(FieldKey("members") == Array("members".utf8).withUnsafeBufferPointer { FieldKey($0) })
        #expect(FieldKey("member") != FieldKey("members"))
    }

    @Test("keys longer than any known field never match one")
    func longKeys() {
        let long = Array("supervisorPhoneNumberExtra".utf8)
        let key = long.withUnsafeBufferPointer { FieldKey($0) }
        #expect(key != FieldKey("supervisorPhone"))
    }

    @Test("the string table hands out equal strings, shared or not, also when full")
    func stringTable() {
        let table = StringTable(capacity: 4)
        for round in 0..<3 {
            for index in 0..<10 {
                let text = "a topic that is long enough \(index)"
                let made = Array(text.utf8).withUnsafeBufferPointer { table.string(for: $0) }
                #expect(made == text, "round \(round)")
            }
        }
    }

    @Test("positions: lines and columns from 1, columns in characters")
    func positions() {
        let text = Array("ab\ncdé\nfg".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(TextPosition(offset: 0, in: bytes) == TextPosition(line: 1, column: 1))
            #expect(TextPosition(offset: 3, in: bytes) == TextPosition(line: 2, column: 1))
            // After "cdé" (4 bytes) the column is 4.
            #expect(TextPosition(offset: 7, in: bytes) == TextPosition(line: 2, column: 4))
            #expect(TextPosition(offset: 8, in: bytes) == TextPosition(line: 3, column: 1))
        }
    }

    @Test("numbers: the fast path and strtod agree")
    func numbers() throws {
        for text in ["0", "-0", "2.5", "0.1", "0.30000000000000004", "123456789012345", "1234567890123456789", "1e3", "-2.5E-3", "3.14159"] {
            let bytes = Array(text.utf8)
            let value = try bytes.withUnsafeBufferPointer { buffer throws(JSONFault) in
                var reader = JSONReader(buffer)
                return try reader.readDouble()
            }
            #expect(value == Double(text)!, "\(text)")
            #expect(value.sign == Double(text)!.sign, "\(text)")
        }
    }
}
