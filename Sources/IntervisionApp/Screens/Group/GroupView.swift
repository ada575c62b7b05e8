import IntervisionCore

/// One group: its name, the year, its next actions (two lines at 80×24, more on a taller screen),
/// then five tabs. Fits 80×24 with the largest group (8 members and a leaver) without scrolling;
/// longer lists scroll.
///
/// ```
///  intervisie › Overzicht › Chirurgen Utrecht                  begeleider · 10-12-2026
///  Chirurgen Utrecht                                          1 fouten, 2 waarschuwingen
///  Jaargang 01-03-2026 t/m 28-02-2027 · 4 van 6 bijeenkomsten gehouden
///  05-12-2026  Aanwezigheid van 05-11-2026 invoeren in GAIA, uiterlijk 05-12-2026 (toets r)
///  15-12-2026  Bijeenkomst houden: gepland op 15-12-2026, uiterlijk 05-02-2027      +2
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
        let top = Layout.groupListTop(state.size)
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

    /// Row 2: the year, meetings held of planned, and where the plan stands when it fits; then the
    /// group's next actions, one a line with its due date, as many as the screen gives room for.
    static func drawFacts(_ canvas: inout Canvas, content: GroupContent, state: AppState) {
        let language = state.language
        var first: [(String, StyleRole)] = []
        if let year = content.year {
            first.append((GroupTexts.year(from: year.from, to: year.to).text(language), .text))
            let planned = content.plannedInYear > 0 ? content.plannedInYear : year.meetingCount
            first.append((GroupTexts.heldOfPlanned(held: content.heldInYear, planned: planned).text(language), .text))
        } else {
            first.append((GroupTexts.noYear.text(language), .warning))
        }
        first += applicationParts(content, language: language)
        drawParts(&canvas, first, row: 2, whole: true)
        drawActions(&canvas, content.actions, top: 3, lines: Layout.groupActionLines(state.size), state: state)
    }

    /// "Jaarplan: ingediend in GAIA op 05-12-2025", else "Jaarplan: geëxporteerd op 01-12-2025" (or
    /// changed since); the plan is named when it is not the year shown before it. Not submitted
    /// yet says nothing here: that is an action below, with its date.
    static func applicationParts(_ content: GroupContent, language: Language) -> [(String, StyleRole)] {
        guard let plan = content.workingPlan, let application = content.application else {
            return [(GroupTexts.plan(.missing).text(language), Format.planRole(.missing))]
        }
        let part: (String, StyleRole)
        if application.submitted != nil {
            part = (application.submissionState.text(language), .ok)
        } else if application.exported != nil {
            part = (application.exportState.text(language), application.changedSinceExport ? .warning : .text)
        } else {
            return []
        }
        let label = (plan.from == content.year?.from ? GroupTexts.planLabel : GroupTexts.planLabel(from: plan.from)).text(language)
        return [(label + " " + part.0, part.1)]
    }

    /// The actions, most urgent first: the due date (red once passed), what to do, and the key that
    /// does it where there is room; "+3" on the last line when more are waiting than there are lines.
    static func drawActions(_ canvas: inout Canvas, _ actions: [AgendaAction], top: Int, lines: Int, state: AppState) {
        let language = state.language
        let width = canvas.size.width
        guard !actions.isEmpty else {
            canvas.write(GroupTexts.nothingToDo.text(language), row: top, column: 1, maxWidth: width - 2, role: .ok)
            return
        }
        for (index, action) in actions.prefix(lines).enumerated() {
            let row = top + index
            var right = width - 1
            if index == lines - 1, actions.count > lines {
                let more = GroupTexts.moreActions(actions.count - index - 1).text(language)
                right -= DisplayWidth.of(more) + 1
                canvas.write(more, row: row, column: right + 1, role: .muted)
            }
            var column = 1 + canvas.write(Format.date(action.due, language), row: row, column: 1, role: Format.dueRole(action.due, today: state.today))
            column += 2
            var text = action.text.text(language)
            if let key = GroupScreen.key(for: action.kind) {
                let withKey = text + " " + GroupTexts.key(key).text(language)
                if DisplayWidth.of(withKey) <= right - column { text = withKey }
            }
            canvas.write(text, row: row, column: column, maxWidth: max(1, right - column), role: action.isOverdue ? .error : .text)
        }
    }

    /// The parts one after the other, " · " between them; `whole`: a part after the first that
    /// does not fit whole is left out with the rest.
    private static func drawParts(_ canvas: inout Canvas, _ parts: [(String, StyleRole)], row: Int, whole: Bool = false) {
        var column = 1
        for (index, part) in parts.enumerated() {
            if whole, index > 0, column + 3 + DisplayWidth.of(part.0) > canvas.size.width - 1 { break }
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
            column += canvas.write(label, row: Layout.groupListTop(canvas.size) - 2, column: column, role: role) + 1
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
