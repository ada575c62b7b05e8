import Foundation
import IntervisionCore
import Testing
@testable import IntervisionStore

/// Saves the operating system refuses. They run in the helper process, because lowering the file
/// size limit or giving up root would affect every other test in this one.
@Suite("Refused writes: a typed error, and the old file intact")
final class WriteFailureTests {
    let folder = TemporaryFolder()

    private func prepare() throws -> (path: String, content: Data) {
        let store = Store(folder: folder.dataFolder)
        try store.save(Fixtures.fullGroup(id: "victim"))
        let path = store.path(for: "victim")
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("no space (file size limit reached): noSpace naming the file, old file unchanged, no temporary file")
    func noSpace() throws {
        let (path, before) = try prepare()
        let result = try HelperProcess.run(["fail-write", folder.dataFolder.path, "victim", "file-size-limit"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("noSpace: No space left to write \(path)"), "\(result.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(names(in: folder.dataFolder.path + "/groups") == ["victim.json"])
    }

    @Test("permission denied: permissionDenied naming the file, old file unchanged")
    func permissionDenied() throws {
        let (path, before) = try prepare()
        // Everybody may read and take the lock, nobody but root may write the groups folder; the
        // helper drops root first when it has it.
        chmod(folder.path, 0o755)
        chmod(folder.dataFolder.path, 0o755)
        chmod(folder.dataFolder.path + "/.lock", 0o666)
        chmod(folder.dataFolder.path + "/groups", 0o555)
        chmod(path, 0o644)
        let result = try HelperProcess.run(["fail-write", folder.dataFolder.path, "victim", "as-nobody"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("permissionDenied: Permission denied for \(path)"), "\(result.output)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(names(in: folder.dataFolder.path + "/groups") == ["victim.json"])
    }
}
