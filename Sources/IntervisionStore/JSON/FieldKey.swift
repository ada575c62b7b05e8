/// A field name packed into three machine words, so that matching a key read from a file against
/// the names a decoder knows is three integer compares instead of making and comparing a String.
/// Every name the formats use is at most 24 bytes; a longer key in a file never matches one.
struct FieldKey: Equatable {
    private let word0: UInt64
    private let word1: UInt64
    private let word2: UInt64
    private let length: Int

    static let maximumLength = 24

    /// A name the decoder knows. Always inlined, so that a constant name folds to three constants.
    @inline(__always)
    init(_ name: StaticString) {
        precondition(name.utf8CodeUnitCount <= FieldKey.maximumLength, "field name too long: \(name)")
        self.init(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// The key of `length` bytes at `start`, where at least 24 bytes can be read: three word
    /// loads and masks instead of a byte copy (the reader's fast path; the document around a key
    /// makes the extra bytes readable almost always).
    @inline(__always)
    init(wordsAt start: UnsafeRawPointer, length: Int) {
        word0 = start.loadUnaligned(as: UInt64.self) & FieldKey.mask(length)
        word1 = start.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & FieldKey.mask(length - 8)
        word2 = start.loadUnaligned(fromByteOffset: 16, as: UInt64.self) & FieldKey.mask(length - 16)
        self.length = length
    }

    /// Keeps the first `count` bytes of a word as it lies in memory (whatever the byte order).
    @inline(__always)
    private static func mask(_ count: Int) -> UInt64 {
        if count >= 8 { return ~0 }
        if count <= 0 { return 0 }
        return UInt64(littleEndian: (1 << (8 * UInt64(count))) - 1)
    }

    /// A key as it appears in a file (without quotes, escapes already decoded).
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        if bytes.count <= FieldKey.maximumLength, let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
        }
        word0 = words.0
        word1 = words.1
        word2 = words.2
        length = bytes.count
    }
}
