import Foundation
import IntervisionExport
import Testing

@Suite("Safe export files")
struct ExportFileTests {
    @Test("writes a new file with permissions 0600")
    func writesNew() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.docx")
        try ExportFile.write(Data("eerste".utf8), to: file, force: false)
        #expect(try Data(contentsOf: file) == Data("eerste".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.docx"])
    }

    @Test("never overwrites without force, with an error naming the path")
    func refusesOverwrite() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.docx")
        try Data("van iemand anders".utf8).write(to: file)
        #expect(throws: ExportFileError.exists(path: file.path)) {
            try ExportFile.write(Data("nieuw".utf8), to: file, force: false)
        }
        #expect(try Data(contentsOf: file) == Data("van iemand anders".utf8))
        #expect(ExportFileError.exists(path: file.path).message.en.contains(file.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.docx"])
    }

    @Test("a dangling symlink counts as existing: nothing is written through it")
    func refusesSymlink() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("plan.docx")
        let target = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        #expect(throws: ExportFileError.exists(path: link.path)) {
            try ExportFile.write(Data("x".utf8), to: link, force: false)
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("with force it replaces the file atomically, still 0600")
    func forcedReplace() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plan.docx")
        try Data("oud".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try ExportFile.write(Data("nieuw".utf8), to: file, force: true)
        #expect(try Data(contentsOf: file) == Data("nieuw".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.docx"])
    }

    @Test("a missing folder gives a clear error naming the path")
    func missingFolder() throws {
        let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/plan.docx")
        do {
            try ExportFile.write(Data("x".utf8), to: file, force: false)
            Issue.record("expected an error")
        } catch {
            guard case .writeFailed(let path, let code) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == file.path)
            #expect(code == ENOENT)
            // In the user's language, the system's English text nowhere in the Dutch one.
            #expect(error.message.nl == "Kan \(file.path) niet schrijven: de map bestaat niet")
            #expect(error.message.en == "Cannot write \(file.path): the folder does not exist")
        }
    }
}
