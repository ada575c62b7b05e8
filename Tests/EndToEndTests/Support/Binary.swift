import Foundation
import Glibc

/// The built `intervisie` next to this test bundle (`.build/debug/`), run as a user would run it.
enum Binary {
    static var url: URL {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("intervisie")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary with `arguments` and a clean environment (no LANG from the machine, a fixed
    /// today) plus `environment`. posix_spawn and files instead of Foundation's Process and pipes:
    /// Process can miss the exit of a short-lived child on Linux.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> Result {
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "INTERVISIE_TODAY": "2026-11-22", "LANG": "C.UTF-8"]
        for (key, value) in environment { env[key] = value }
        return spawn([url.path] + arguments, environment: env, stdin: stdin)
    }

    static func spawn(_ argv: [String], environment: [String: String], stdin: String? = nil) -> Result {
        let base = NSTemporaryDirectory() + "intervisie-run-\(getpid())-\(UUID().uuidString)"
        let outPath = base + ".out", errPath = base + ".err", inPath = base + ".in"
        defer { unlink(outPath); unlink(errPath); unlink(inPath) }
        _ = FileManager.default.createFile(atPath: inPath, contents: Data((stdin ?? "").utf8))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment) == 0 else {
            return Result(status: -1, stdout: "", stderr: "could not start \(argv[0])")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus,
                      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

/// A fresh data folder for one test, removed afterwards.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() {
        url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("intervisie-test-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Every file below the folder with its bytes: to prove a failed command wrote nothing.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        while let file = enumerator?.nextObject() as? URL {
            if let data = try? Data(contentsOf: file) { files[file.path] = data }
        }
        return files
    }
}
