import Crypto
import Foundation

/// The payload: the plaintext in chunks of 64 KiB, each sealed with ChaCha20-Poly1305 under the
/// payload key, with a nonce of an 11-byte big-endian chunk counter and a last-chunk flag byte
/// (STREAM). Only the last chunk may be shorter, and only an empty plaintext has an empty one.
enum AgePayload {
    static let chunkSize = 64 * 1024
    static let tagSize = 16

    static func seal(_ plaintext: Data, key: SymmetricKey, into out: inout Data) throws(AgeError) {
        out.reserveCapacity(out.count + plaintext.count + (plaintext.count / chunkSize + 1) * tagSize)
        var counter: UInt64 = 0
        var start = plaintext.startIndex
        repeat {
            let end = min(start + chunkSize, plaintext.endIndex)
            let last = end == plaintext.endIndex
            do {
                let box = try ChaChaPoly.seal(plaintext[start..<end], using: key, nonce: nonce(counter, last: last))
                out.append(box.ciphertext)
                out.append(box.tag)
            } catch {
                throw .cryptoFailure
            }
            counter += 1
            start = end
        } while start < plaintext.endIndex
    }

    static func open(_ payload: Data, key: SymmetricKey) throws(AgeError) -> Data {
        guard !payload.isEmpty else { throw .damaged(.truncated) }
        var plaintext = Data()
        plaintext.reserveCapacity(payload.count)
        var counter: UInt64 = 0
        var start = payload.startIndex
        while start < payload.endIndex {
            let remaining = payload.endIndex - start
            let last = remaining <= chunkSize + tagSize
            let end = last ? payload.endIndex : start + chunkSize + tagSize
            guard end - start >= tagSize else { throw .damaged(.truncated) }
            let chunk: Data
            do {
                let box = try ChaChaPoly.SealedBox(nonce: nonce(counter, last: last),
                                                   ciphertext: payload[start..<(end - tagSize)], tag: payload[(end - tagSize)..<end])
                chunk = try ChaChaPoly.open(box, using: key)
            } catch {
                // A chunk that is not the last but sealed as one, or the other way round, means the file
                // was cut short (or had data added); anything else is a changed byte.
                throw last ? .damaged(.truncatedOrChanged) : .damaged(.changed)
            }
            if last && chunk.isEmpty && counter > 0 { throw .damaged(.changed) }
            plaintext.append(chunk)
            counter += 1
            start = end
        }
        return plaintext
    }

    private static func nonce(_ counter: UInt64, last: Bool) -> ChaChaPoly.Nonce {
        var bytes = [UInt8](repeating: 0, count: 12)
        for index in 0..<8 { bytes[10 - index] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(index))) }
        bytes[11] = last ? 1 : 0
        return try! ChaChaPoly.Nonce(data: bytes)
    }
}
