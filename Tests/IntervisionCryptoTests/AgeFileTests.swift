import Crypto
import Foundation
import Testing
@testable import IntervisionCrypto

/// The age format against the specification's own test vectors (the age testkit, whose header
/// lines are text), against itself, and against damage. Interoperability with another
/// implementation (pyrage) is in `PyrageTests`.
@Suite struct AgeFileTests {
    /// Low work factor: these tests are about the format, not about scrypt's cost.
    let fast = 10

    // MARK: Known answers from the age testkit (testdata/testkit; file key "YELLOW SUBMARINE", passphrase "password")

    /// `scrypt_double`: its first stanza is the one of the testkit's `scrypt` vector.
    static let doubleHeader = """
        age-encryption.org/v1
        -> scrypt rF0/NwblUHHTpgQgRpe5CQ 10
        gUjEymFKMVXQEKdMMHL24oYexjE3TIC0O0zGSqJ2aUY
        -> scrypt GzXG5ofdANo6w3msn3QsIQ 10
        OveITuwxakv7k2oLnioNYF4Bhgz9KZ36pb098wDoAv8
        --- a5d+4Ay1evJhoDskIzuTZV9bBgKk4573VZNfuoWJDPE

        """

    @Test func scryptUnwrapsTheTestkitFileKey() throws {
        let salt = try AgeBase64.decode("rF0/NwblUHHTpgQgRpe5CQ", what: "salt")
        let body = try AgeBase64.decode("gUjEymFKMVXQEKdMMHL24oYexjE3TIC0O0zGSqJ2aUY", what: "body")
        let key = try AgeFile.scryptKey("password", salt: salt, workFactor: 10)
        let box = try ChaChaPolyBox.open(body, key: key)
        #expect(String(decoding: box, as: UTF8.self) == "YELLOW SUBMARINE")
    }

    @Test func headerMACMatchesTheTestkit() throws {
        let header = Data(Self.doubleHeader.utf8)
        let macInput = header.prefix(header.count - " a5d+4Ay1evJhoDskIzuTZV9bBgKk4573VZNfuoWJDPE\n".utf8.count)
        #expect(String(decoding: macInput.suffix(3), as: UTF8.self) == "---")
        let mac = AgeFile.headerMAC(macInput, fileKey: Data("YELLOW SUBMARINE".utf8))
        #expect(AgeBase64.encode(mac) == "a5d+4Ay1evJhoDskIzuTZV9bBgKk4573VZNfuoWJDPE")
    }

    @Test func testkitHeaderFailures() {
        let payload = Data(repeating: 0x42, count: 40)
        let double = Data(Self.doubleHeader.utf8) + payload
        #expect(throws: AgeError.malformedHeader("a passphrase (scrypt) stanza must be the only one in the header")) {
            try AgeFile.decrypt(double, passphrase: "password")
        }
        let withX25519 = Data("""
            age-encryption.org/v1
            -> X25519 ajtqAvDEkVNr2B7zUOtq2mAQXDSBlNrVAuM/dKb5sT4
            U+hKlJ4isweJ9PKG7pgscmG3cPASLgTw7SOBpbZ8x2U
            -> scrypt 3d9y0G+8q1ffPQ0xJJatIQ 10
            foZolxuhRSL7IG7oaR+456IzkHtvue7j4mUjh3DB6EI
            --- yp4Z0lV1LEdkm1+uDCuPUV+9hIXbPKrBXKQ/f5Y03As

            """.utf8) + payload
        #expect(throws: AgeError.malformedHeader("a passphrase (scrypt) stanza must be the only one in the header")) {
            try AgeFile.decrypt(withX25519, passphrase: "password")
        }
        // "work factor is very high, would take a long time to compute": refused before scrypt runs.
        let workFactor23 = Data("""
            age-encryption.org/v1
            -> scrypt rF0/NwblUHHTpgQgRpe5CQ 23
            qW9eVsT0NVb/Vswtw8kPIxUnaYmm9Px1dYmq2+4+qZA
            --- 38TpQMxQRRNMfmYYpBX6DDrPx4/QY5UmJnhPyVoX/cw

            """.utf8) + payload
        let start = Date()
        #expect(throws: AgeError.workFactorTooHigh(23, maximum: 22)) { try AgeFile.decrypt(workFactor23, passphrase: "password") }
        #expect(Date().timeIntervalSince(start) < 1)
    }

    // MARK: Round trips

    @Test(arguments: [0, 1, 100, 65_535, 65_536, 65_537, 2 * 65_536, 200_000])
    func roundTrip(size: Int) throws {
        let plaintext = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = try AgeFile.encrypt(plaintext, passphrase: "correct horse", workFactor: fast)
        #expect(AgeFile.looksEncrypted(file))
        #expect(try AgeFile.decrypt(file, passphrase: "correct horse") == plaintext)
    }

    @Test func headerIsTheSpecificationsText() throws {
        let file = try AgeFile.encrypt(Data("x".utf8), passphrase: "p", workFactor: fast)
        let lines = String(decoding: file.prefix(200), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "age-encryption.org/v1")
        #expect(lines[1].hasPrefix("-> scrypt ") && lines[1].hasSuffix(" 10"))
        #expect(lines[1].split(separator: " ")[2].count == 22)  // 16 bytes of salt, no padding
        #expect(lines[2].count == 43)                           // 32 bytes wrapped key
        #expect(lines[3].hasPrefix("--- ") && lines[3].count == 4 + 43)
        // The file key and nonce are fresh each time.
        #expect(try AgeFile.encrypt(Data("x".utf8), passphrase: "p", workFactor: fast) != file)
    }

    @Test func defaultWorkFactorIsAgesOwn() throws {
        let file = try AgeFile.encrypt(Data("x".utf8), passphrase: "p")
        #expect(String(decoding: file.prefix(60), as: UTF8.self).contains("-> scrypt ") )
        #expect(try AgeHeader.parse(file).workFactor == 18)
    }

    // MARK: Refusals

    @Test func wrongPassphrase() throws {
        let file = try AgeFile.encrypt(Data("geheim".utf8), passphrase: "goed", workFactor: fast)
        #expect(throws: AgeError.wrongPassphrase) { try AgeFile.decrypt(file, passphrase: "fout") }
        #expect(throws: AgeError.wrongPassphrase) { try AgeFile.decrypt(file, passphrase: "") }
    }

    @Test func everyTruncationIsRefused() throws {
        let plaintext = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0) })
        let file = try AgeFile.encrypt(plaintext, passphrase: "p", workFactor: fast)
        let header = try AgeHeader.parse(file)
        let cuts = Array(0..<header.length + 20) + [file.count - 65_552 - 1, file.count - 65_552, file.count - 17, file.count - 1]
        for cut in Set(cuts) where cut < file.count {
            do {
                _ = try AgeFile.decrypt(file.prefix(cut), passphrase: "p")
                Issue.record("a file cut at \(cut) of \(file.count) bytes was accepted")
            } catch .damaged, .malformedHeader, .notAgeFile {
            } catch {
                Issue.record("cut at \(cut): \(error)")
            }
        }
        // A whole chunk cut off the end: the chunk before it was not sealed as the last.
        #expect(throws: AgeError.damaged(.truncatedOrChanged)) { try AgeFile.decrypt(file.prefix(header.length + 16 + 65_552), passphrase: "p") }
    }

    @Test func flippedBytesAreNamedAsDamage() throws {
        let file = try AgeFile.encrypt(Data(repeating: 7, count: 1000), passphrase: "p", workFactor: fast)
        let header = try AgeHeader.parse(file)
        for position in [header.length, header.length + 15, header.length + 16, header.length + 500, file.count - 1] {
            var damaged = file
            damaged[position] ^= 0x01
            #expect(throws: AgeError.self) { try AgeFile.decrypt(damaged, passphrase: "p") }
            do { _ = try AgeFile.decrypt(damaged, passphrase: "p") } catch {
                #expect(error == .damaged(.truncatedOrChanged), "byte \(position)")
            }
        }
        // The MAC line itself: one bit of its base64 changes the MAC.
        var mac = file
        mac[header.macInputLength + 1] = mac[header.macInputLength + 1] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(throws: AgeError.damaged(.headerMAC)) { try AgeFile.decrypt(mac, passphrase: "p") }
        // Data added at the end.
        #expect(throws: AgeError.damaged(.truncatedOrChanged)) { try AgeFile.decrypt(file + Data([0]), passphrase: "p") }
    }

    @Test func headerTampering() throws {
        let file = try AgeFile.encrypt(Data("x".utf8), passphrase: "p", workFactor: fast)
        let text = String(decoding: file.prefix(try AgeHeader.parse(file).length), as: UTF8.self)
        let payload = file.dropFirst(try AgeHeader.parse(file).length)
        func with(_ header: String) -> Data { Data(header.utf8) + payload }

        #expect(throws: AgeError.unsupportedVersion("v2")) { try AgeFile.decrypt(with(text.replacingOccurrences(of: "/v1\n", with: "/v2\n")), passphrase: "p") }
        #expect(throws: AgeError.notAgeFile) { try AgeFile.decrypt(Data("{\"format\": \"intervisie-group\"}".utf8), passphrase: "p") }
        // The header MAC protects the work factor, salt and key line: a change opens nothing.
        #expect(throws: AgeError.wrongPassphrase) { try AgeFile.decrypt(with(text.replacingOccurrences(of: " 10\n", with: " 11\n")), passphrase: "p") }
        for (from, to, what) in [(" 10\n", " 010\n", "leading zero"), (" 10\n", " +10\n", "sign"), (" 10\n", " 0xa\n", "hex"),
                                 (" 10\n", "\n", "missing"), (" 10\n", " 10 extra\n", "extra argument"), ("\n---", "\r\n---", "CR"),
                                 ("-> scrypt", "-> X25519", "no passphrase stanza"), ("-> scrypt", "->  scrypt", "empty argument")] {
            let tampered = with(text.replacingOccurrences(of: from, with: to))
            do {
                _ = try AgeFile.decrypt(tampered, passphrase: "p")
                Issue.record("\(what) accepted")
            } catch .malformedHeader, .notPassphraseEncrypted {
            } catch {
                Issue.record("\(what): \(error)")
            }
        }
        #expect(throws: AgeError.workFactorTooHigh(Int.max, maximum: 22)) {
            try AgeFile.decrypt(with(text.replacingOccurrences(of: " 10\n", with: " 99999999999999999999\n")), passphrase: "p")
        }
        #expect(throws: AgeError.workFactorTooHigh(40, maximum: 22)) {
            try AgeFile.decrypt(with(text.replacingOccurrences(of: " 10\n", with: " 40\n")), passphrase: "p")
        }
        // Padding, or a non-canonical last character, in the MAC.
        let macLine = text.split(separator: "\n").last!
        #expect(throws: AgeError.self) { try AgeFile.decrypt(with(text.replacingOccurrences(of: macLine, with: macLine + "=")), passphrase: "p") }
    }

    @Test func sizeLimit() {
        let huge = Data("age-encryption.org/v1\n".utf8) + Data(count: AgeFile.maximumFileSize)
        #expect(throws: AgeError.tooLarge(huge.count, maximum: AgeFile.maximumFileSize)) { try AgeFile.decrypt(huge, passphrase: "p") }
        #expect(throws: AgeError.emptyPassphrase) { try AgeFile.encrypt(Data(), passphrase: "") }
    }

    @Test func messagesNameTheProblemInBothLanguages() {
        #expect(AgeError.wrongPassphrase.message.nl == "verkeerde wachtzin")
        #expect(AgeError.wrongPassphrase.message.en == "wrong passphrase")
        #expect(AgeError.damaged(.headerMAC).message.nl.hasPrefix("beschadigd"))
        #expect(AgeError.damaged(.changed).message.en.hasPrefix("damaged"))
    }
}

/// Opens a wrapped file key the way the scrypt stanza seals it (nonce of zeros), for the known-answer test.
enum ChaChaPolyBox {
    static func open(_ body: Data, key: SymmetricKey) throws -> Data {
        try ChaChaPoly.open(ChaChaPoly.SealedBox(nonce: ChaChaPoly.Nonce(data: Data(count: 12)), ciphertext: body.prefix(16), tag: body.suffix(16)), using: key)
    }
}
