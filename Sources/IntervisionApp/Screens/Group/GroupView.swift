import IntervisionCore

/// One group: three facts lines, then five tabs. Fits 80×24 with the largest group (8 members and
/// a leaver) without scrolling; longer lists scroll.
///
/// ```
///  intervisie › Overzicht › Chirurgen Utrecht                  begeleider · 22-11-2026
///  Chirurgen Utrecht                                          1 fouten, 2 waarschuwingen
///  Jaargang 01-03-2026 t/m 28-02-2027 · 4 van 6 bijeenkomsten gehouden
///  volgende uiterlijk 15-12-2026 · jaargang t/m 28-02-2026 afsluiten (toets c)
///  Jaarplan: geëxporteerd op 01-02-2026 · ingediend in GAIA op 05-02-2026
///   1 Leden   2 Bijeenkomsten   3 Bevindingen   4 Aanwezigheid   5 Evaluaties
///  Naam                   Specialisme          BIG-nummer  Aanw. Mag missen
/// ```
enum GroupView {
    static func draw(_ canvas: inout Canvas, screen: GroupScreen, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        guard let content = state.content(of: screen) else { return }
        let width = canvas.size.width
        let report = content.report

        // Row 1: name, and the count of findings on the right.
        // A contact person counts the findings they can act on; the supervisor's are named apart.
        let role = state.settings.role
        let (errors, warnings) = (report.errorCount(for: role), report.warningCount(for: role))
        let supervisorOnly = report.findings.count - errors - warnings
        var counts: (String, StyleRole) = errors + warnings == 0
            ? (GroupTexts.noFindings.text(language).split(separator: ":").first.map(String.init) ?? "", .ok)
            : (AppTexts.findingCounts(errors: errors, warnings: warnings).text(language), errors > 0 ? .error : .warning)
        if supervisorOnly > 0 {
            counts = (AppTexts.findingCounts(errors: errors, warnings: warnings).text(language) + " · "
                      + GroupTexts.forSupervisor(supervisorOnly).text(language), errors > 0 ? .error : warnings > 0 ? .warning : .muted)
        }
        let countsWidth = DisplayWidth.of(counts.0)
        canvas.write(content.group.name, row: 1, column: 1, maxWidth: max(1, width - countsWidth - 4), role: .title)
        canvas.writeRight(counts.0, row: 1, column: 0, width: width - 1, role: counts.1)

        drawFacts(&canvas, content: content, state: state)
        drawTabs(&canvas, screen: screen, content: content, language: language)

        let height = Layout.groupListHeight(state.size)
        let cursor = screen.cursors[screen.tab.rawValue]
        let top = 7
        switch screen.tab {
        case .members: drawMembers(&canvas, content: content, cursor: cursor, top: top, height: height, state: state)
        case .meetings: drawMeetings(&canvas, content: content, cursor: cursor, top: top, height: height, state: state)
        case .findings: drawFindings(&canvas, content: content, cursor: cursor, top: top, height: height, state: state)
        case .attendance: drawAttendance(&canvas, content: content, cursor: cursor, top: top, height: height, state: state)
        case .evaluations: drawEvaluations(&canvas, content: content, cursor: cursor, top: top, height: height, state: state)
        }

        if let open = screen.openFinding, open < content.findings.count {
            Chrome.drawStatusBar(&canvas, scope: .dialog, state: state)
            findingDialog(content.findings[open], report: report, state: state).draw(on: &canvas)
        } else {
            Chrome.drawStatusBar(&canvas, scope: screen.tab.keyScope, state: state)
        }
    }

    /// Rows 2–4: the year and meetings held of planned; when the next meeting is due, and a year that
    /// ended and waits to be closed; where the plan still to hand in stands, with both its dates.
    static func drawFacts(_ canvas: inout Canvas, content: GroupContent, state: AppState) {
        let language = state.language
        let report = content.report
        var first: [(String, StyleRole)] = []
        if let year = content.year {
            first.append((GroupTexts.year(from: year.from, to: year.to).text(language), .text))
            let planned = report.plannedThisYear > 0 ? report.plannedThisYear : year.meetingCount
            first.append((GroupTexts.heldOfPlanned(held: report.heldThisYear, planned: planned).text(language), .text))
        } else {
            first.append((GroupTexts.noYear.text(language), .warning))
        }
        // A year to close comes after the due date; the next planned date is left out to make room.
        let toClose = content.yearToClose.map { (GroupTexts.yearToClose($0.period).text(language), StyleRole.warning) }
        var second: [(String, StyleRole)] = []
        if let due = report.nextMeetingDue {
            var text = GroupTexts.nextDue(due).text(language)
            if let planned = report.nextPlannedMeeting {
                let longer = text + " (" + GroupTexts.nextPlanned(planned).text(language) + ")"
                let room = canvas.size.width - 2 - (toClose.map { 3 + DisplayWidth.of($0.0) } ?? 0)
                if DisplayWidth.of(longer) <= room { text = longer }
            }
            second.append((text, Format.dueRole(due, today: state.today)))
        }
        if let toClose { second.append(toClose) }
        drawParts(&canvas, first, row: 2)
        drawParts(&canvas, second, row: 3)
        drawParts(&canvas, applicationParts(content, language: language, width: canvas.size.width - 2), row: 4)
    }

    /// "Jaarplan: geëxporteerd op 01-12-2025 · ingediend in GAIA op 05-12-2025"; the plan is named
    /// when it is not the year shown above ("Jaarplan vanaf 01-12-2026: …"); the key that marks it
    /// submitted is named where the row has room.
    static func applicationParts(_ content: GroupContent, language: Language, width: Int) -> [(String, StyleRole)] {
        guard let plan = content.workingPlan, let application = content.application else {
            return [(GroupTexts.plan(.missing).text(language), Format.planRole(.missing))]
        }
        let label = (plan.from == content.year?.from ? GroupTexts.planLabel : GroupTexts.planLabel(from: plan.from)).text(language)
        var parts: [(String, StyleRole)] = []
        if application.exported != nil {
            parts.append((application.exportState.text(language), application.changedSinceExport ? .warning : .text))
        } else if application.submitted == nil {
            let status = content.group.planStatus(of: plan, supervisor: content.supervisor)
            parts.append((AppTexts.planStatus(status).text(language), Format.planRole(status)))
        }
        parts.append(application.submitted == nil ? (GroupTexts.notSubmitted.text(language), .text)
                                                   : (application.submissionState.text(language), .ok))
        parts[0].0 = label + " " + parts[0].0
        if application.submitted == nil {
            let withKey = parts[parts.count - 1].0 + " " + GroupTexts.submitKey.text(language)
            let used = parts.dropLast().reduce(0) { $0 + DisplayWidth.of($1.0) + 3 }
            if used + DisplayWidth.of(withKey) <= width { parts[parts.count - 1].0 = withKey }
        }
        return parts
    }

    private static func drawParts(_ canvas: inout Canvas, _ parts: [(String, StyleRole)], row: Int) {
        var column = 1
        for (index, part) in parts.enumerated() {
            if index > 0 { column += canvas.write(" · ", row: row, column: column, role: .muted) }
            let room = canvas.size.width - column - 1
            guard room > 1 else { break }
            column += canvas.write(part.0, row: row, column: column, maxWidth: room, role: part.1)
        }
    }

    /// The tabs with their counts; on a narrow screen without counts, then only the current tab named.
    static func drawTabs(_ canvas: inout Canvas, screen: GroupScreen, content: GroupContent, language: Language) {
        func labels(_ detail: Int) -> [String] {
            GroupTab.allCases.map { tab in
                let name = tab.title.text(language)
                switch detail {
                case 2: return " \(tab.rawValue + 1) \(name) (\(content.count(of: tab))) "
                case 1: return " \(tab.rawValue + 1) \(name) "
                default: return tab == screen.tab ? " \(tab.rawValue + 1) \(name) " : " \(tab.rawValue + 1) "
                }
            }
        }
        let room = canvas.size.width - 2
        let chosen = [2, 1, 0].map(labels).first { $0.reduce(0) { $0 + DisplayWidth.of($1) + 1 } <= room } ?? labels(0)
        var column = 1
        for (tab, label) in zip(GroupTab.allCases, chosen) {
            let role: StyleRole = tab == screen.tab ? .tabActive : .tabInactive
            column += canvas.write(label, row: 5, column: column, role: role) + 1
        }
    }

    static func findingDialog(_ finding: Finding, report: GroupReport, state: AppState) -> Dialog {
        let language = state.language
        var lines = [Dialog.Line(finding.message.text(language), finding.severity == .error ? .error : .dialog), Dialog.Line("")]
        lines.append(Dialog.Line("\(GroupTexts.findingRule.text(language)): \(finding.rule.shortName.text(language)) — \(finding.rule.summary.text(language))"))
        if let year = finding.year {
            var text = "\(GroupTexts.columnYear.text(language)): \(year.label.text(language))"
            if let judged = report.years.first(where: { $0.period == year }) { text += " (" + judged.state.label.text(language) + ")" }
            lines.append(Dialog.Line(text))
        }
        if let due = finding.due {
            lines.append(Dialog.Line("\(GroupTexts.findingDue.text(language)): \(Format.date(due, language))"))
        }
        if let member = finding.memberName {
            lines.append(Dialog.Line("\(GroupTexts.findingMember.text(language)): \(member)"))
        }
        return Dialog(title: GroupTexts.findingDetailTitle.text(language), lines: lines, footer: GroupTexts.dialogClose.text(language))
    }
}
