import Foundation
import IntervisionCore
@testable import IntervisionExport
import Testing

/// How the DOCX prints, as LibreOffice lays it out (`soffice --headless --convert-to pdf`, pages
/// counted with poppler's pdfinfo and read with pdftotext). Skipped, with the reason, on a machine
/// without them.
@Suite("DOCX as printed by LibreOffice", .enabled(if: ["soffice", "pdfinfo", "pdftotext"].allSatisfy(Shell.has),
                                                    "LibreOffice (soffice) or poppler-utils (pdfinfo, pdftotext) is not installed"))
struct DocxPrintTests {
    /// A complete plan of 4 members and 4 meetings, with `remarks` lines: one of these lengths ends
    /// its planning table at the foot of the first page, where a trailing paragraph would push out a
    /// second page holding nothing but the footer.
    static func plan(remarks: Int) -> (Group, YearPlan) {
        let plan = YearPlan(from: Fixture.date("2027-01-01"), to: Fixture.date("2027-12-31"), totalMeetings: 4, durationHours: 2,
                            planned: (1...4).map { PlannedMeeting(date: Fixture.date("2027-0\($0)-15"), topic: "Onderwerp \($0)") })
        let members = (1...4).map {
            Member(id: MemberID("m\($0)"), name: "Lid \($0)", specialism: "Chirurgie", big: BIGNumber("1234567890\($0)"), phone: "06-1111111\($0)")
        }
        let group = Group(id: "g", name: "Groep", focusAreas: ["Communicatie"], methods: ["Incidentmethode"],
                          remarks: (1...max(remarks, 1)).prefix(remarks).map { "Regel \($0)" }.joined(separator: "\n"),
                          contactMemberID: "m1", members: members, plans: [plan])
        return (group, plan)
    }

    @Test("the yearly plan prints without an empty last page, whatever the length of the remarks")
    func noBlankLastPage() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lengths = Array(0...12)
        var files: [String] = []
        for remarks in lengths {
            let (group, plan) = Self.plan(remarks: remarks)
            let name = "plan-\(remarks).docx"
            try PlanExport.docx(group: group, plan: plan, supervisor: Fixture.supervisor, draft: false)
                .write(to: folder.appendingPathComponent(name))
            files.append(name)
        }
        // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
        let convert = try Shell.run(["soffice", "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
                                     "--convert-to", "pdf", "--outdir", folder.path] + files.map { folder.appendingPathComponent($0).path })
        #expect(convert.status == 0, "soffice: \(convert.output)")
        var pageCounts: [Int] = []
        for remarks in lengths {
            let pdf = folder.appendingPathComponent("plan-\(remarks).pdf").path
            let info = try Shell.run(["pdfinfo", pdf]).output
            let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }, "no page count for \(pdf): \(info)")
            pageCounts.append(pages)
            let last = try Shell.run(["pdftotext", "-f", "\(pages)", "-l", "\(pages)", pdf, "-"]).output
            let footer = OfficialPlanForm.footnotes + [OfficialPlanForm.version]
            let body = last.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { line in !line.isEmpty && line != "\u{0C}" && !footer.contains { $0.contains(line) } }
            #expect(!body.isEmpty, "plan with \(remarks) lines of remarks: page \(pages) holds only the footer")
        }
        // The lengths straddle the page break, so both one and two pages occur.
        #expect(pageCounts.contains(1) && pageCounts.contains(2), "pages: \(pageCounts)")
    }
}

/// Runs a program found on PATH and collects its output.
enum Shell {
    static func has(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(program)")
        }
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
