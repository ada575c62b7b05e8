import IntervisionCore
import IntervisionStore

/// How `check` prints findings: readable text, or the JSON shape scripts rely on.
enum CheckOutput {
    static func json(_ reports: [GroupReport], today: CivilDate, problems: [StoreError], language: Language) -> [UInt8] {
        var findings = JSONOut.Array()
        var years = JSONOut.Array()
        for report in reports {
            for finding in report.findings {
                findings.append(JSONOut.Object()
                    .string("group", finding.groupID.rawValue).string("groupName", finding.groupName)
                    .string("rule", finding.rule.rawValue).string("severity", finding.severity.rawValue)
                    .optionalString("member", finding.memberName).optionalString("due", finding.due?.iso)
                    .optionalObject("year", finding.year.map(period))
                    .string("message", finding.message.text(language)))
            }
            for year in report.years {
                years.append(JSONOut.Object()
                    .string("group", report.groupID.rawValue).string("from", year.period.from.iso).string("to", year.period.to.iso)
                    .string("state", state(year.state)).optionalString("closed", closedDate(year.state)?.iso)
                    .int("held", year.held).int("planned", year.planned))
            }
        }
        var out = JSONOut.Object().string("today", today.iso).array("findings", findings).array("years", years)
        if !problems.isEmpty {
            var files = JSONOut.Array()
            for problem in problems {
                files.append(JSONOut.Object().string("path", problem.path).string("message", problem.message.text(language)))
            }
            out = out.array("problems", files)
        }
        return out.closedBytes + [0x0A]
    }

    /// `{"from": "2026-01-01", "to": "2026-12-31"}`
    private static func period(_ year: YearPeriod) -> JSONOut.Object {
        JSONOut.Object().string("from", year.from.iso).string("to", year.to.iso)
    }

    static func state(_ state: YearState) -> String {
        switch state {
        case .upcoming: return "upcoming"
        case .running: return "running"
        case .ended: return "ended"
        case .closed: return "closed"
        }
    }

    private static func closedDate(_ state: YearState) -> CivilDate? {
        if case .closed(let date) = state { return date }
        return nil
    }

    /// The lines of the readable report: one block per group with findings, then a summary. When a
    /// group's findings span more than one year (or `byYear`: one year asked for), they are listed
    /// per year under its heading, the group's own findings first. Each line is shown through
    /// `Output.line`, which makes control characters in names visible.
    static func lines(_ reports: [GroupReport], language: Language, byYear: Bool = false) -> [String] {
        var lines: [String] = []
        var errors = 0
        var warnings = 0
        for report in reports where !report.findings.isEmpty {
            lines.append("\(report.groupName) (\(report.groupID))")
            if byYear || report.spansSeveralYears {
                let judged = report.years.map(\.period)
                let general = report.findings.filter { $0.year.map { !judged.contains($0) } ?? true }
                for finding in general { lines.append(line(finding, indent: "  ", language: language)) }
                for year in report.years {
                    let own = report.findings.filter { $0.year == year.period }
                    guard !own.isEmpty else { continue }
                    lines.append("  " + CommandText.yearHeading(year.period, year.state).text(language))
                    for finding in own { lines.append(line(finding, indent: "    ", language: language)) }
                }
            } else {
                for finding in report.findings { lines.append(line(finding, indent: "  ", language: language)) }
            }
            errors += report.errorCount
            warnings += report.warningCount
        }
        lines.append(CommandText.checkSummary(groups: reports.count, errors: errors, warnings: warnings).text(language))
        return lines
    }

    private static func line(_ finding: Finding, indent: String, language: Language) -> String {
        let severity = (finding.severity == .error ? CommandText.errorLabel : CommandText.warningLabel).text(language)
        let due = finding.due.map { CommandText.due($0).text(language) } ?? ""
        return "\(indent)\(severity) \(finding.rule.rawValue)\(due): \(finding.message.text(language))"
    }
}
