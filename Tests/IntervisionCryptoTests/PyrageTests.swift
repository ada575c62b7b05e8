import Foundation
import Glibc
import Testing
import IntervisionCrypto

/// pyrage (rage, the Rust implementation of age) reads our files and we read its files: the
/// format is age's, not something only we understand. scripts/test-deps installs pyrage.
@Suite struct PyrageTests {
    @Test(arguments: [0, 5, 65_536, 150_000])
    func pyrageDecryptsOurFiles(size: Int) throws {
        let plaintext = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        let file = try AgeFile.encrypt(plaintext, passphrase: "tulp-molen-kaas", workFactor: 12)
        let decrypted = try Python.run("""
            import sys, pyrage
            data = open(sys.argv[1], 'rb').read()
            sys.stdout.buffer.write(pyrage.passphrase.decrypt(data, sys.argv[2]))
            """, input: file, arguments: ["tulp-molen-kaas"])
        #expect(decrypted == plaintext)
    }

    /// One file of three chunks: rage chooses its own work factor (about a second of its time, 2^20
    /// here), which takes a debug build of scrypt several seconds.
    @Test func weDecryptPyragesFiles() throws {
        let plaintext = Data((0..<150_000).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        let file = try Python.run("""
            import sys, pyrage
            data = open(sys.argv[1], 'rb').read()
            sys.stdout.buffer.write(pyrage.passphrase.encrypt(data, sys.argv[2]))
            """, input: plaintext, arguments: ["één wachtzin"])
        #expect(AgeFile.looksEncrypted(file))
        #expect(try AgeFile.decrypt(file, passphrase: "één wachtzin") == plaintext)
    }
}

/// Runs python3 with a file holding `input` as its first argument; returns its stdout bytes.
enum Python {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ script: String, input: Data, arguments: [String]) throws -> Data {
        let base = NSTemporaryDirectory() + "age-py-\(getpid())-\(UUID().uuidString)"
        let inPath = base + ".in", outPath = base + ".out", errPath = base + ".err"
        defer { unlink(inPath); unlink(outPath); unlink(errPath) }
        try input.write(to: URL(fileURLWithPath: inPath))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ["/usr/bin/env", "python3", "-c", script, inPath] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment) == 0 else { throw Failure(description: "cannot start python3") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 failed (is pyrage installed? scripts/test-deps): \(stderr)")
        }
        return try Data(contentsOf: URL(fileURLWithPath: outPath))
    }
}
