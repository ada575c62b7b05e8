import Foundation
import Testing

/// Runs a Python script as an independent reader of our files: if our output only "works" with
/// our own code, these tests would not notice.
enum Python {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ script: String, arguments: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs the script and decodes its stdout as JSON; records an issue when it fails.
    static func json(_ script: String, arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = try run(script, arguments: arguments)
        #expect(result.status == 0, "python failed: \(result.stderr)", sourceLocation: sourceLocation)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }

    static func isImportable(_ module: String) -> Bool {
        (try? run("import \(module)"))?.status == 0
    }
}
