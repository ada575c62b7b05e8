#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Shares the storage of strings that recur across many files (topics, methods, specialisms,
/// evaluation answers): the thousandth "Samenwerken met de huisarts" costs a hash and a compare
/// instead of an allocation, and the loaded groups take less memory.
///
/// Owned by one loading thread at a time. Only strings too long for Swift's inline small-string
/// form (more than 15 bytes) are worth it. The table stops growing when full, so a file with many
/// unique strings costs no more than without it.
final class StringTable {
    private var slots: [Slot]
    private var arena: [UInt8] = []
    private var used = 0
    private let mask: Int

    private struct Slot {
        var hash: UInt64 = 0
        var offset: Int = 0
        var length: Int = 0
        var string: String? = nil
    }

    init(capacity: Int = 1024) {
        var size = 1
        while size < capacity { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        arena.reserveCapacity(size * 8)
    }

    /// The shared string for `bytes` (valid UTF-8).
    func string(for bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = ContentHash.of(bytes)
        var index = Int(truncatingIfNeeded: hash) & mask
        while let existing = slots[index].string {
            if slots[index].hash == hash, slots[index].length == bytes.count, equalsArena(slots[index].offset, bytes) {
                return existing
            }
            index = (index + 1) & mask
        }
        let string = String(decoding: bytes, as: UTF8.self)
        // Keep half the slots empty so probes stay short; beyond that, just hand out new strings.
        guard used * 2 < slots.count else { return string }
        slots[index] = Slot(hash: hash, offset: arena.count, length: bytes.count, string: string)
        arena.append(contentsOf: bytes)
        used += 1
        return string
    }

    private func equalsArena(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + offset, bytes.baseAddress!, bytes.count) == 0
        }
    }
}
