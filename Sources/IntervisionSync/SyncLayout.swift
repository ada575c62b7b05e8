import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionCore
import IntervisionStore

/// What makes a data folder a synced folder: which files git tracks (the data, never settings,
/// locks or temporary files), the domain's merge registered as git's merge driver, and an identity
/// for the commits.
enum SyncLayout {
    static let ignoreFile = ".gitignore"
    static let attributesFile = ".gitattributes"
    static let lastSyncFile = "intervisie-last-sync"
    static let mergeNotesFile = "intervisie-merge-notes"
    /// Where the merge driver writes what it decided (set by the sync for the driver).
    static let mergeNotesVariable = "INTERVISIE_MERGE_NOTES"
    /// git's id of the empty tree: the "before" of a folder's first commit.
    static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    static func isLayoutPath(_ path: String) -> Bool { path == ignoreFile || path == attributesFile }

    /// Everything is ignored except the data files (and these two files, so every machine has them).
    static let ignoreContents = """
        # intervisie sync: only the data files are shared (docs/sync.md). Not the settings of this
        # machine, not the lock, not temporary files, not groups moved aside.
        /*
        !/.gitignore
        !/.gitattributes
        !/groups/
        /groups/*
        !/groups/*.json
        !/profile.json
        !/methods.json

        """

    static let attributesContents = """
        # intervisie sync: group files and the profile merge through intervisie's own merge (docs/sync.md).
        groups/*.json merge=intervisie -text
        profile.json merge=intervisie -text
        methods.json merge=intervisie -text

        """

    /// The files git tracks and a sync may write: `groups/<id>.json` with a valid id,
    /// `profile.json`, `methods.json`, and the two files above.
    static func isDataPath(_ path: String) -> Bool {
        if [ignoreFile, attributesFile, "profile.json", "methods.json"].contains(path) { return true }
        guard path.hasPrefix("groups/"), path.hasSuffix(".json") else { return false }
        let name = path.dropFirst("groups/".count)
        return !name.contains("/") && GroupFileName.groupID(fromFileName: String(name)) != nil
    }

    /// The merge driver (this program, wherever it is now) and an identity when git has none.
    /// Caller holds the lock.
    static func configure(_ git: Git, driver: [String], store: Store) throws(SyncError) {
        let command = driver.map(shellQuoted).joined(separator: " ") + " %O %A %B %P"
        try git.check(["config", "merge.intervisie.name", "intervisie: the domain's merge of the data files"])
        try git.check(["config", "merge.intervisie.driver", command])
        if try git.value(["config", "user.name"]) == nil {
            let profileName = (store.loadProfile().value?.name).flatMap { $0.isEmpty ? nil : $0 }
            try git.check(["config", "user.name", profileName ?? loginName()])
        }
        if try git.value(["config", "user.email"]) == nil {
            try git.check(["config", "user.email", "\(loginName())@\(hostName())"])
        }
    }

    /// `.gitignore` and `.gitattributes` as this version wants them. Caller holds the lock.
    static func writeFiles(_ store: Store) throws(SyncError) {
        var changes: [(path: String, contents: Data?)] = []
        for (name, contents) in [(ignoreFile, ignoreContents), (attributesFile, attributesContents)] {
            let path = store.folder.appendingPathComponent(name).path
            if (try? Data(contentsOf: URL(fileURLWithPath: path))) != Data(contents.utf8) { changes.append((name, Data(contents.utf8))) }
        }
        guard !changes.isEmpty else { return }
        do throws(StoreError) { try store.replaceFilesWhileLocked(changes) } catch { throw .store(error) }
    }

    /// After a sync that was killed: git's stale index lock, the merge driver's scratch files and
    /// the temporary files of a replacement cut short. Only under the folder lock, when no other
    /// sync or save can be running.
    static func clearLeftovers(_ folder: String) {
        unlink(folder + "/.git/index.lock")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(".merge_file_") {
            unlink(folder + "/" + name)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder + "/groups")) ?? []
        where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            unlink(folder + "/groups/" + name)
        }
    }

    /// The notes the merge driver wrote: one per line, Dutch and English separated by a tab.
    static func readNotes(_ path: String) -> [LocalizedText] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return parts.count == 2 ? LocalizedText(nl: parts[0], en: parts[1]) : nil
        }
    }

    /// Appends notes for the sync to read (or to stderr when git was run by hand).
    static func writeNotes(_ notes: [LocalizedText]) {
        guard !notes.isEmpty else { return }
        let lines = notes.map { $0.nl.replacingOccurrences(of: "\n", with: " ") + "\t" + $0.en.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
        if let path = ProcessInfo.processInfo.environment[mergeNotesVariable], let handle = FileHandle(forWritingAtPath: path) ?? create(path) {
            handle.seekToEndOfFile()
            handle.write(Data(lines.utf8))
            try? handle.close()
        } else {
            FileHandle.standardError.write(Data(notes.map { $0.en + "\n" }.joined().utf8))
        }
    }

    private static func create(_ path: String) -> FileHandle? {
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return nil }
        return FileHandle(forWritingAtPath: path)
    }

    /// A word for `sh` (git runs merge drivers through the shell): single quotes, with `'` as `'\''`.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func loginName() -> String {
        if let name = ProcessInfo.processInfo.environment["USER"], !name.isEmpty { return name }
        return getpwuid(getuid()).flatMap { String(cString: $0.pointee.pw_name) } ?? "intervisie"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, buffer.count)
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}

/// Many blobs at once through `git cat-file --batch` (one process, not one per file).
enum Blobs {
    /// The contents of each `commit:path`, in order; nil for one that does not exist.
    static func read(_ specs: [String], git: Git) throws(SyncError) -> [Data?] {
        guard !specs.isEmpty else { return [] }
        let output = try git.check(["cat-file", "--batch"], input: Data((specs.joined(separator: "\n") + "\n").utf8)).stdout
        var results: [Data?] = []
        var position = output.startIndex
        for _ in specs {
            guard let newline = output[position...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[position..<newline], as: UTF8.self).split(separator: " ")
            position = newline + 1
            guard header.count == 3, let size = Int(header[2]) else {
                results.append(nil)
                continue
            }
            results.append(Data(output[position..<(position + size)]))
            position += size + 1
        }
        while results.count < specs.count { results.append(nil) }
        return results
    }
}
