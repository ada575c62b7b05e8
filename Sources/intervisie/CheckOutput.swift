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

    /// One block per group with findings. When they span more than one year (or `byYear`: one year
    /// asked for), they are listed per year under its heading, the group's own findings first.
    static func text(_ reports: [GroupReport], language: Language, byYear: Bool = false) -> String {
        let nl = language == .nl
        var out = ""
        var errors = 0
        var warnings = 0
        for report in reports where !report.findings.isEmpty {
            out += "\(report.groupName) (\(report.groupID))\n"
            if byYear || report.spansSeveralYears {
                let judged = report.years.map(\.period)
                let general = report.findings.filter { $0.year.map { !judged.contains($0) } ?? true }
                for finding in general { out += line(finding, indent: "  ", language: language) }
                for year in report.years {
                    let own = report.findings.filter { $0.year == year.period }
                    guard !own.isEmpty else { continue }
                    out += "  \(nl ? "Jaargang" : "Year") \(year.period.label.text(language)) (\(year.state.label.text(language))):\n"
                    for finding in own { out += line(finding, indent: "    ", language: language) }
                }
            } else {
                for finding in report.findings { out += line(finding, indent: "  ", language: language) }
            }
            errors += report.errorCount
            warnings += report.warningCount
        }
        let summary = nl
            ? "\(count(reports.count, "groep", "groepen")): \(count(errors, "fout", "fouten")), \(count(warnings, "waarschuwing", "waarschuwingen"))"
            : "\(count(reports.count, "group", "groups")): \(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings"))"
        return out + summary + "\n"
    }

    private static func line(_ finding: Finding, indent: String, language: Language) -> String {
        let nl = language == .nl
        let severity = finding.severity == .error ? (nl ? "FOUT  " : "ERROR ") : (nl ? "LET OP" : "WARN  ")
        let due = finding.due.map { nl ? " [uiterlijk \($0.dutch)]" : " [due \($0.iso)]" } ?? ""
        return "\(indent)\(severity) \(finding.rule.rawValue)\(due): \(finding.message.text(language))\n"
    }

    /// "1 fout", "2 fouten".
    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
