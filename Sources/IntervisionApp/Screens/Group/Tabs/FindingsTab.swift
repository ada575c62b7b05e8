import IntervisionCore

extension GroupView {
    static func drawFindings(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let ruleWidth = max(DisplayWidth.of(Texts.text(.columnRule, language)), content.findings.map { $0.rule.rawValue.count }.max() ?? 0)
        let table = Table(columns: [
            Table.Column("", width: 2),
            Table.Column(Texts.text(.columnDue, language), width: max(10, DisplayWidth.of(Texts.text(.columnDue, language)))),
            Table.Column(Texts.text(.columnFinding, language), width: 20, weight: 1),
            Table.Column(Texts.text(.columnRule, language), width: ruleWidth),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.findings.isEmpty { EmptyList.draw(&canvas, text: Texts.text(.noFindings, language), row: top + 1) }
        table.drawRows(&canvas, top: top, height: height, count: content.findings.count, cursor: cursor) { index in
            let finding = content.findings[index]
            let isError = finding.severity == .error
            return [Table.Item(isError ? "!!" : "! ", isError ? .error : .warning),
                    Table.Item(Format.date(finding.due, language), Format.dueRole(finding.due, today: state.today)),
                    Table.Item(finding.message.text(language), isError ? .error : .text),
                    Table.Item(finding.rule.rawValue, .muted)]
        }
    }
}
