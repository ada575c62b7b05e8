import Foundation
import Testing

/// The fuzzer in every test run: the random driver (`intervisie-fuzz`, built with the tests) over
/// the seed corpus for a short, bounded time, and every input that ever crashed something, kept in
/// Tests/Fuzz/regressions. scripts/fuzz runs it for longer, with libFuzzer where it builds.
@Suite("Fuzzing: the group loader, the rules, the exports and the merge")
struct FuzzRunTests {
    private static var fuzzFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz").path
    }

    private func runDriver(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = HelperProcess.executable.deletingLastPathComponent().appendingPathComponent("intervisie-fuzz")
        let crashes = FileManager.default.temporaryDirectory.appendingPathComponent("intervisie-fuzz-test-\(UUID().uuidString)").path
        process.arguments = arguments + ["--crashes", crashes]
        // A file, not a pipe: reading a pipe can be interrupted by a signal (EINTR), which
        // Foundation's FileHandle turns into a crash of the whole test run.
        let outputPath = crashes + ".log"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try? output.close()
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outputPath)
        let crashed = (try? Data(contentsOf: URL(fileURLWithPath: crashes + "/current-input"))).map { "\nthe input: \(String(decoding: $0, as: UTF8.self).prefix(3000))" } ?? ""
        try? FileManager.default.removeItem(atPath: crashes)
        return (process.terminationStatus, String(text.suffix(4000)) + crashed)
    }

    @Test("every input that ever crashed something is read without a crash (regressions)")
    func regressions() throws {
        let result = try runDriver(["--corpus", Self.fuzzFolder + "/regressions", "--seconds", "0"])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("random mutations of the seed corpus for 12 seconds: no crash, no hang")
    func shortRun() throws {
        let seed = String(UInt64.random(in: 1...UInt64.max))
        let result = try runDriver(["--corpus", Self.fuzzFolder + "/corpus", "--seconds", "12", "--seed", seed])
        #expect(result.status == 0, "seed \(seed): \(result.output)")
        #expect(result.output.contains("no crash"))
    }
}
