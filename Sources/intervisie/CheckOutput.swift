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

    static func text(_ reports: [GroupReport], language: Language) -> String {
        let nl = language == .nl
        var out = ""
        var errors = 0
        var warnings = 0
        for report in reports where !report.findings.isEmpty {
            out += "\(report.groupName) (\(report.groupID))\n"
            for finding in report.findings {
                let severity = finding.severity == .error ? (nl ? "FOUT  " : "ERROR ") : (nl ? "LET OP" : "WARN  ")
                let due = finding.due.map { nl ? " [uiterlijk \($0.dutch)]" : " [due \($0.iso)]" } ?? ""
                out += "  \(severity) \(finding.rule.rawValue)\(due): \(finding.message.text(language))\n"
            }
            errors += report.errorCount
            warnings += report.warningCount
        }
        let summary = nl ? "\(reports.count) groep(en): \(errors) fout(en), \(warnings) waarschuwing(en)"
            : "\(reports.count) group(s): \(errors) error(s), \(warnings) warning(s)"
        return out + summary + "\n"
    }
}
