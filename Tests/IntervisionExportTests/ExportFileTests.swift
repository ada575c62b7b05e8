import Foundation
import IntervisionExport
import Testing

@Suite("Safe export files")
struct ExportFileTests {
    @Test("safe names for any group name", arguments: [
        ("Chirurgen Utrecht", "jaarplan-Chirurgen-Utrecht.docx"),
        ("Geïntensiveerde zorg Leiden", "jaarplan-Geintensiveerde-zorg-Leiden.docx"),
        ("../../etc/passwd", "jaarplan-etc-passwd.docx"),
        ("a/b\\c:d*e?f\"g<h>i|j", "jaarplan-a-b-c-d-e-f-g-h-i-j.docx"),
        (".verborgen", "jaarplan-verborgen.docx"),
        ("Evil\u{1B}[31mName\n", "jaarplan-Evil-31mName.docx"),
        ("", "jaarplan-groep.docx"),
        ("東京 🩺", "jaarplan-groep.docx"),
        ("Straße Ærø", "jaarplan-Strasse-AEro.docx"),
    ])
    func safeNames(groupName: String, expected: String) {
        #expect(ExportFile.safeName(for: groupName, kind: "jaarplan", ext: "docx") == expected)
    }

    @Test("names are capped, have no forbidden characters and never start with a dot")
    func nameProperties() {
        let long = String(repeating: "Intervisiegroep ", count: 40)
        let name = ExportFile.safeName(for: long, kind: "presentielijst", ext: "csv")
        #expect(name.utf8.count <= 100)
        #expect(name.hasSuffix(".csv"))
        #expect(!name.contains("-.csv"))
        for weird in ["CON", "nul", "..", " ", "\u{0}", "<>:\"/\\|?*"] {
            let name = ExportFile.safeName(for: weird, kind: "", ext: "html")
            #expect(!name.hasPrefix("."))
            #expect(!name.contains { "/\\:*?\"<>|".contains($0) || $0.asciiValue.map { $0 < 0x20 } == true })
            #expect(!["CON", "NUL"].contains(name.split(separator: ".").first.map(String.init)?.uppercased() ?? ""))
        }
        #expect(ExportFile.safeName(for: "x", kind: "agenda", ext: ".ICS") == "agenda-x.ics")
    }

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
            guard case .writeFailed(let path, let reason) = error else { Issue.record("wrong error \(error)"); return }
            #expect(path == file.path)
            #expect(!reason.isEmpty)
        }
    }
}
