import Foundation

/// The `store-stress` helper executable, built next to the test bundle (the test target depends on it).
enum HelperProcess {
    static var executable: URL {
        #if os(Linux)
        // /proc/self/exe is the test runner in .build/<triple>/debug; the helper sits beside it.
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent("store-stress")
        #else
        // macOS: the runner is inside an .xctest bundle in the same build folder.
        var folder = Bundle.main.bundleURL
        while folder.pathComponents.count > 1, !FileManager.default.fileExists(atPath: folder.appendingPathComponent("store-stress").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("store-stress")
        #endif
    }

    /// Runs the helper to completion; returns its exit status and its standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Reads a child's standard output line by line as it comes.
final class LineReader {
    private let handle: FileHandle
    private var pending = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next complete line, without its newline; nil at the end of the output.
    func next() -> String? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            pending.append(chunk)
        }
    }
}
