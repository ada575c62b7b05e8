import Foundation
import Testing

/// `intervisie export evaluation` on the built binary: the file, its contents, never overwriting
/// without --force, and the exit codes.
@Suite("Command line: export evaluation")
struct ExportEvaluationCommandTests {
    let folder = TemporaryFolder()

    @discardableResult
    func cli(_ arguments: String...) -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder.path, "--lang", "en"])
    }

    init() {
        _ = Binary.run(["demo", "--groups", "8", "--data-dir", folder.path])
    }

    @Test func writesTheLatestEvaluationAndNeverOverwritesWithoutForce() throws {
        let output = folder.url.appendingPathComponent("evaluatie.md").path
        let first = cli("export", "evaluation", "Chirurgen Utrecht", "--output", output)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == output + "\n")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.hasPrefix("# Jaarevaluatie intervisiegroep\n"))
        #expect(text.contains("| Naam intervisiegroep | Chirurgen Utrecht |"))
        #expect(text.contains("| Datum evaluatie | 18-11-2026 |"))  // the latest of the demo's three
        #expect(text.contains("## Wat ging er deze jaargang goed in de intervisiegroep?"))
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // A second time: refused, exit 2, the file untouched.
        try "mine".write(toFile: output, atomically: true, encoding: .utf8)
        let again = cli("export", "evaluation", "Chirurgen Utrecht", "--output", output)
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists; use --force"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "mine")
        // With --force it is replaced.
        #expect(cli("export", "evaluation", "Chirurgen Utrecht", "--output", output, "--force").status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == text)
    }

    @Test func htmlForAGivenDateUnderTheDefaultNameInTheCurrentFolder() throws {
        let binary = Binary.url.path
        // No --output: a safe name made from the group and the date, in the folder the command runs in.
        let result = Binary.spawn(["/bin/sh", "-c", "cd '\(folder.path)' && '\(binary)' export evaluation 'Chirurgen Utrecht' --date 15-11-2025 --format html --data-dir '\(folder.path)' --lang en"],
                                  environment: ["PATH": "/usr/bin:/bin", "INTERVISIE_TODAY": "2026-11-22", "LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        let path = folder.url.appendingPathComponent("jaarevaluatie-2025-11-15-Chirurgen-Utrecht.html").path
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("jaarevaluatie-2025-11-15-Chirurgen-Utrecht.html"))
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<h1>Jaarevaluatie intervisiegroep</h1>"))
        #expect(html.contains("15-11-2025"))
    }

    @Test func refusalsExitWithTwoAndWriteNothing() {
        let before = folder.snapshot()
        let noDate = cli("export", "evaluation", "Chirurgen Utrecht", "--date", "2026-01-01")
        #expect(noDate.status == 2)
        #expect(noDate.stderr.contains("no evaluation on 2026-01-01 (there are: 2024-11-18, 2025-11-15, 2026-11-18)"))
        #expect(cli("export", "evaluation", "Nobody").status == 2)
        #expect(cli("export", "evaluation", "Chirurgen Utrecht", "--format", "pdf").status == 2)
        #expect(cli("export", "evaluation", "Chirurgen Utrecht", "--date", "31-02-2026").stderr.contains("does not exist"))
        #expect(folder.snapshot() == before)
        // A group without evaluations says how to make one.
        #expect(cli("group", "add", "Nieuwe groep").status == 0)
        let none = cli("export", "evaluation", "Nieuwe groep")
        #expect(none.status == 2)
        #expect(none.stderr.contains("has no evaluation yet"))
    }
}
