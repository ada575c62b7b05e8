import IntervisionCore

extension GroupView {
    /// Severity, due date, the finding, its rule; and its year when the findings come from more than
    /// one (an ended year not closed yet beside the running one).
    static func drawFindings(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        // The rule by its short name in the user's language (the id is for --json and help).
        let ruleWidth = max(DisplayWidth.of(GroupTexts.columnRule.text(language)),
                            content.findings.map { DisplayWidth.of($0.rule.shortName.text(language)) }.max() ?? 0)
        let showsYear = content.report.spansSeveralYears
        var columns = [
            Table.Column("", width: 2),
            Table.Column(GroupTexts.columnDue.text(language), width: max(10, DisplayWidth.of(GroupTexts.columnDue.text(language)))),
        ]
        if showsYear {
            columns.append(Table.Column(GroupTexts.columnYear.text(language), width: max(9, DisplayWidth.of(GroupTexts.columnYear.text(language)))))
        }
        columns += [
            Table.Column(GroupTexts.columnFinding.text(language), width: 20, weight: 1),
            Table.Column(GroupTexts.columnRule.text(language), width: ruleWidth),
        ]
        let table = Table(columns: columns, width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.findings.isEmpty { EmptyList.draw(&canvas, text: GroupTexts.noFindings.text(language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.findings.count, cursor: cursor) { index in
            let finding = content.findings[index]
            let isError = finding.severity == .error
            // A finding only the supervisor can act on is shown to a contact person, muted: not their error.
            let own = state.settings.role.actsOn(finding)
            var items = [own ? Table.Item(isError ? "!!" : "! ", isError ? .error : .warning) : Table.Item("· ", .muted),
                         Table.Item(Format.date(finding.due, language), own ? Format.dueRole(finding.due, today: state.today) : .muted)]
            if showsYear { items.append(Table.Item(finding.year.map(Format.years) ?? "—", .muted)) }
            items += [Table.Item(finding.message.text(language), own ? (isError ? .error : .text) : .muted),
                      Table.Item(finding.rule.shortName.text(language), .muted)]
            return items
        }
    }
}
