import Foundation

/// A minimal ZIP archive writer (PKWARE APPNOTE 6.3): stored (uncompressed) entries with CRC-32.
///
/// Why our own instead of a dependency: a DOCX is a ZIP of a few small XML parts, Word and
/// LibreOffice accept stored entries, and this is ~100 lines with no third-party code in a
/// program that handles personal data. Output is deterministic (fixed timestamps), which keeps
/// exports reproducible and testable. No ZIP64: parts are far below 4 GiB.
struct ZipWriter {
    private var body = Data()
    private var centralDirectory = Data()
    private var count: UInt16 = 0

    /// 1980-01-01 00:00, the earliest MS-DOS time: a fixed stamp so that equal input gives equal bytes.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    mutating func add(path: String, data: Data) {
        let name = Data(path.utf8)
        let crc = CRC32.checksum(data)
        let offset = UInt32(body.count)
        // Bit 11: the name is UTF-8 (our names are ASCII, but say so).
        let flags: UInt16 = 1 << 11

        body.appendLE(UInt32(0x0403_4B50))          // local file header signature
        body.appendLE(UInt16(20))                   // version needed: 2.0
        body.appendLE(flags)
        body.appendLE(UInt16(0))                    // method: stored
        body.appendLE(Self.dosTime)
        body.appendLE(Self.dosDate)
        body.appendLE(crc)
        body.appendLE(UInt32(data.count))           // compressed size
        body.appendLE(UInt32(data.count))           // uncompressed size
        body.appendLE(UInt16(name.count))
        body.appendLE(UInt16(0))                    // extra field length
        body.append(name)
        body.append(data)

        centralDirectory.appendLE(UInt32(0x0201_4B50))  // central directory header signature
        centralDirectory.appendLE(UInt16(20))           // version made by: 2.0, MS-DOS attributes
        centralDirectory.appendLE(UInt16(20))           // version needed
        centralDirectory.appendLE(flags)
        centralDirectory.appendLE(UInt16(0))            // stored
        centralDirectory.appendLE(Self.dosTime)
        centralDirectory.appendLE(Self.dosDate)
        centralDirectory.appendLE(crc)
        centralDirectory.appendLE(UInt32(data.count))
        centralDirectory.appendLE(UInt32(data.count))
        centralDirectory.appendLE(UInt16(name.count))
        centralDirectory.appendLE(UInt16(0))            // extra field length
        centralDirectory.appendLE(UInt16(0))            // comment length
        centralDirectory.appendLE(UInt16(0))            // disk number start
        centralDirectory.appendLE(UInt16(0))            // internal attributes
        centralDirectory.appendLE(UInt32(0))            // external attributes
        centralDirectory.appendLE(offset)
        centralDirectory.append(name)
        count += 1
    }

    mutating func add(path: String, text: String) { add(path: path, data: Data(text.utf8)) }

    func finish() -> Data {
        var archive = body
        archive.append(centralDirectory)
        archive.appendLE(UInt32(0x0605_4B50))  // end of central directory signature
        archive.appendLE(UInt16(0))            // this disk
        archive.appendLE(UInt16(0))            // disk with the central directory
        archive.appendLE(count)                // entries on this disk
        archive.appendLE(count)                // entries in total
        archive.appendLE(UInt32(centralDirectory.count))
        archive.appendLE(UInt32(body.count))   // central directory offset
        archive.appendLE(UInt16(0))            // comment length
        return archive
    }
}

/// CRC-32 as ZIP uses it (IEEE 802.3, reflected polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

private extension Data {
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
