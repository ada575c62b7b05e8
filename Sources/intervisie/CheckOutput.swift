import IntervisionCore
import IntervisionStore

/// How `check` prints findings: readable text, or the JSON shape scripts rely on.
enum CheckOutput {
    static func json(_ reports: [GroupReport], today: CivilDate, problems: [StoreError], language: Language) -> [UInt8] {
        var findings = JSONOut.Array()
        for report in reports {
            for finding in report.findings {
                findings.append(JSONOut.Object()
                    .string("group", finding.groupID.rawValue).string("groupName", finding.groupName)
                    .string("rule", finding.rule.rawValue).string("severity", finding.severity.rawValue)
                    .optionalString("member", finding.memberName).optionalString("due", finding.due?.iso)
                    .string("message", finding.message.text(language)))
            }
        }
        var out = JSONOut.Object().string("today", today.iso).array("findings", findings)
        if !problems.isEmpty {
            var files = JSONOut.Array()
            for problem in problems {
                files.append(JSONOut.Object().string("path", problem.path).string("message", problem.message.text(language)))
            }
            out = out.array("problems", files)
        }
        return out.closedBytes + [0x0A]
    }

    /// The lines of the readable report: each group with its findings, then a summary. Each line
    /// is shown through `Output.line`, which makes control characters in names visible.
    static func lines(_ reports: [GroupReport], language: Language) -> [String] {
        var lines: [String] = []
        var errors = 0
        var warnings = 0
        for report in reports where !report.findings.isEmpty {
            lines.append("\(report.groupName) (\(report.groupID))")
            for finding in report.findings {
                let severity = (finding.severity == .error ? CommandText.errorLabel : CommandText.warningLabel).text(language)
                let due = finding.due.map { CommandText.due($0).text(language) } ?? ""
                lines.append("  \(severity) \(finding.rule.rawValue)\(due): \(finding.message.text(language))")
            }
            errors += report.errorCount
            warnings += report.warningCount
        }
        lines.append(CommandText.checkSummary(groups: reports.count, errors: errors, warnings: warnings).text(language))
        return lines
    }
}
