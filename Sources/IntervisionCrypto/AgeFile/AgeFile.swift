import Crypto
import CryptoExtras
import Foundation

/// Files encrypted with a passphrase in the age format (age-encryption.org/v1, the scrypt
/// recipient), so that any age implementation (age, rage, pyrage) opens them too. The format is
/// the specification's; the primitives are swift-crypto's (scrypt, ChaCha20-Poly1305, HKDF-SHA-256,
/// HMAC-SHA-256): nothing cryptographic is written here, only the layout around them.
///
/// ```
/// age-encryption.org/v1
/// -> scrypt <salt, 16 bytes> <log2 N>
/// <the 16-byte file key wrapped with scrypt's key>
/// --- <HMAC of the header above, keyed from the file key>
/// <16-byte nonce><payload in 64 KiB chunks, each ChaCha20-Poly1305 with its own counter nonce>
/// ```
public enum AgeFile {
    /// The first line of every age file of this version.
    public static let versionLine = "age-encryption.org/v1"

    /// The work factor (log2 of scrypt's N) our files are written with: age's own default,
    /// about a second on an ordinary machine, and 256 MiB of memory.
    public static let defaultWorkFactor = 18

    /// The highest work factor a file may ask for before we refuse to even try: age's own limit
    /// (its `ScryptIdentity` default). 2^22 costs 4 GiB and many seconds; a higher one would let a
    /// hostile file make the machine swap or spin for minutes, and no age tool writes one by default.
    public static let maximumWorkFactor = 22

    /// The largest file we read. A group file with years of meetings is well under 1 MiB; this
    /// leaves ample room and keeps a hostile 200 MB file from being taken into memory.
    public static let maximumFileSize = 32 * 1024 * 1024

    /// Whether `data` starts like an age file (of any version, or armored): how an import tells an
    /// encrypted file from a plain one, whatever its name.
    public static func looksEncrypted(_ data: Data) -> Bool {
        data.starts(with: Array("age-encryption.org/".utf8)) || data.starts(with: Array(AgeArmor.beginLine.utf8))
    }

    /// `plaintext` encrypted with `passphrase`. `workFactor` is for tests, which need speed more
    /// than strength; files that leave the machine use the default.
    public static func encrypt(_ plaintext: Data, passphrase: String,
                               workFactor: Int = defaultWorkFactor) throws(AgeError) -> Data {
        guard !passphrase.isEmpty else { throw .emptyPassphrase }
        guard (1...maximumWorkFactor).contains(workFactor) else { throw .workFactorTooHigh(workFactor, maximum: maximumWorkFactor) }
        let fileKey = randomBytes(16)
        let salt = randomBytes(16)
        let wrapKey = try scryptKey(passphrase, salt: salt, workFactor: workFactor)
        let wrapped: ChaChaPoly.SealedBox
        do {
            wrapped = try ChaChaPoly.seal(fileKey, using: wrapKey, nonce: zeroNonce)
        } catch {
            throw .cryptoFailure
        }
        var header = Data()
        header.append(contentsOf: Array((versionLine + "\n").utf8))
        header.append(contentsOf: Array("-> scrypt \(AgeBase64.encode(salt)) \(workFactor)\n".utf8))
        header.append(contentsOf: Array(AgeBase64.wrappedBody(wrapped.ciphertext + wrapped.tag).utf8))
        header.append(contentsOf: Array("---".utf8))
        let mac = headerMAC(header, fileKey: fileKey)
        var out = header
        out.append(contentsOf: Array(" \(AgeBase64.encode(mac))\n".utf8))
        let nonce = randomBytes(16)
        out.append(nonce)
        try AgePayload.seal(plaintext, key: payloadKey(fileKey: fileKey, nonce: nonce), into: &out)
        return out
    }

    /// The plaintext of an age file encrypted with `passphrase`. Refuses, before any slow work, a
    /// file that is not age, another version, not made for a passphrase, with a malformed header, or
    /// asking for more than `maximumWorkFactor`; then a wrong passphrase; then a header or payload
    /// that was changed or cut short (`damaged`).
    public static func decrypt(_ file: Data, passphrase: String,
                               maximumWorkFactor: Int = maximumWorkFactor) throws(AgeError) -> Data {
        guard file.count <= maximumFileSize else { throw .tooLarge(file.count, maximum: maximumFileSize) }
        let header = try AgeHeader.parse(file)
        guard header.workFactor <= maximumWorkFactor else { throw .workFactorTooHigh(header.workFactor, maximum: maximumWorkFactor) }
        let wrapKey = try scryptKey(passphrase, salt: header.salt, workFactor: header.workFactor)
        let fileKey: Data
        do {
            let box = try ChaChaPoly.SealedBox(nonce: zeroNonce, ciphertext: header.wrappedKey.prefix(16), tag: header.wrappedKey.suffix(16))
            fileKey = try ChaChaPoly.open(box, using: wrapKey)
        } catch {
            // Only the passphrase (or a change in the salt or key line, which cannot be told apart) fails here.
            throw .wrongPassphrase
        }
        let expected = headerMAC(file.prefix(header.macInputLength), fileKey: fileKey)
        guard constantTimeEqual(expected, header.mac) else { throw .damaged(.headerMAC) }
        let payload = file.dropFirst(header.length)
        guard payload.count >= 16 else { throw .damaged(.truncated) }
        let nonce = Data(payload.prefix(16))
        return try AgePayload.open(payload.dropFirst(16), key: payloadKey(fileKey: fileKey, nonce: nonce))
    }

    // MARK: - The specification's derivations, on swift-crypto's primitives

    private static let zeroNonce = try! ChaChaPoly.Nonce(data: Data(count: 12))

    static func scryptKey(_ passphrase: String, salt: Data, workFactor: Int) throws(AgeError) -> SymmetricKey {
        let label = Data("age-encryption.org/v1/scrypt".utf8)
        do {
            return try KDF.Scrypt.deriveKey(from: Data(passphrase.utf8), salt: label + salt, outputByteCount: 32,
                                            rounds: 1 << workFactor, blockSize: 8, parallelism: 1)
        } catch {
            throw .cryptoFailure
        }
    }

    static func headerMAC(_ header: Data, fileKey: Data) -> Data {
        let key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: Data(),
                                         info: Data("header".utf8), outputByteCount: 32)
        return Data(HMAC<SHA256>.authenticationCode(for: header, using: key))
    }

    static func payloadKey(fileKey: Data, nonce: Data) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: nonce,
                               info: Data("payload".utf8), outputByteCount: 32)
    }

    static func randomBytes(_ count: Int) -> Data {
        SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Data($0) }
    }

    private static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// The ASCII-armored variant (PEM-like). Not read: its line is only recognised, to name it.
enum AgeArmor {
    static let beginLine = "-----BEGIN AGE ENCRYPTED FILE-----"
}
