import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `git` executable, run in one folder with an argument list (never a shell string: paths and
/// remotes are arguments, not text in a command line). posix_spawn and files rather than
/// Foundation's Process and pipes, which can miss the exit of a short-lived child on Linux.
struct Git {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
        var succeeded: Bool { status == 0 }
    }

    /// The folder git runs in (the data folder).
    let folder: String
    /// Added to the environment of every call (the merge driver's notes file, for one).
    var environment: [String: String] = [:]

    /// Runs `git arguments…`; `input` becomes its standard input. Throws only when git cannot be
    /// started at all.
    func run(_ arguments: [String], input: Data? = nil) throws(SyncError) -> Result {
        let scratch = try Scratch()
        defer { scratch.remove() }
        if let input, !FileManager.default.createFile(atPath: scratch.input, contents: input, attributes: [.posixPermissions: 0o600]) {
            throw .gitFailed(command: arguments.first ?? "git", detail: "its input could not be written to \(scratch.input)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input == nil ? "/dev/null" : scratch.input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, scratch.output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, scratch.errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ["git", "-C", folder] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = Git.environment(adding: environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "git", &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw .gitMissing }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let stdout = (try? Data(contentsOf: URL(fileURLWithPath: scratch.output))) ?? Data()
        let stderr = (try? String(contentsOfFile: scratch.errors, encoding: .utf8)) ?? ""
        return Result(status: exit, stdout: stdout, stderr: stderr)
    }

    /// Runs git and throws `.gitFailed` (with git's own words) unless it succeeds.
    @discardableResult
    func check(_ arguments: [String], input: Data? = nil) throws(SyncError) -> Result {
        let result = try run(arguments, input: input)
        guard result.succeeded else { throw .gitFailed(command: arguments.first ?? "", detail: result.stderr.trimmed) }
        return result
    }

    /// One line of output (a commit id, a config value), nil when git failed or printed nothing.
    func value(_ arguments: [String]) throws(SyncError) -> String? {
        let result = try run(arguments)
        let text = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return result.succeeded && !text.isEmpty ? text : nil
    }

    /// The process environment for git: never a prompt for a password or an editor (a sync runs
    /// unattended; an ssh remote needs a key), messages in English (stable to read), and files
    /// readable by the owner only.
    static func environment(adding extra: [String: String]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_EDITOR"] = "true"
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        environment["LC_ALL"] = "C"
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        for (key, value) in extra { environment[key] = value }
        return environment
    }
}

/// Temporary files for one git call, in a private folder.
private struct Scratch {
    let folder: String
    var input: String { folder + "/in" }
    var output: String { folder + "/out" }
    var errors: String { folder + "/err" }

    init() throws(SyncError) {
        var template = Array((NSTemporaryDirectory() + "/intervisie-git-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw .gitFailed(command: "mkdtemp", detail: String(cString: strerror(errno)))
        }
        folder = String(cString: made)
    }

    func remove() {
        for path in [input, output, errors] { unlink(path) }
        rmdir(folder)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
