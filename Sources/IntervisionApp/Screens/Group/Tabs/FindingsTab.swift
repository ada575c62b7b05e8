import IntervisionCore

extension GroupView {
    static func drawFindings(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let ruleWidth = max(DisplayWidth.of(GroupTexts.columnRule.text(language)), content.findings.map { $0.rule.rawValue.count }.max() ?? 0)
        let table = Table(columns: [
            Table.Column("", width: 2),
            Table.Column(GroupTexts.columnDue.text(language), width: max(10, DisplayWidth.of(GroupTexts.columnDue.text(language)))),
            Table.Column(GroupTexts.columnFinding.text(language), width: 20, weight: 1),
            Table.Column(GroupTexts.columnRule.text(language), width: ruleWidth),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.findings.isEmpty { EmptyList.draw(&canvas, text: GroupTexts.noFindings.text(language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.findings.count, cursor: cursor) { index in
            let finding = content.findings[index]
            // A finding only the supervisor can act on is shown to a contact person, muted: not their error.
            guard state.settings.role.actsOn(finding) else {
                return [Table.Item("· ", .muted), Table.Item(Format.date(finding.due, language), .muted),
                        Table.Item(finding.message.text(language), .muted), Table.Item(finding.rule.rawValue, .muted)]
            }
            let isError = finding.severity == .error
            return [Table.Item(isError ? "!!" : "! ", isError ? .error : .warning),
                    Table.Item(Format.date(finding.due, language), Format.dueRole(finding.due, today: state.today)),
                    Table.Item(finding.message.text(language), isError ? .error : .text),
                    Table.Item(finding.rule.rawValue, .muted)]
        }
    }
}
