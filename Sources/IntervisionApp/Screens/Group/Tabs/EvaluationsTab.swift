import IntervisionCore

extension GroupView {
    /// The evaluations, newest first: date, the year it evaluates, who took part, how many questions
    /// were answered.
    static func drawEvaluations(_ canvas: inout Canvas, content: GroupContent, cursor: ListCursor, top: Int, height: Int, state: AppState) {
        let language = state.language
        let answeredTitle = GroupTexts.columnAnswered.text(language)
        let table = Table(columns: [
            Table.Column(GroupTexts.columnDate.text(language), width: 10),
            Table.Column(GroupTexts.columnYear.text(language), width: max(9, DisplayWidth.of(GroupTexts.columnYear.text(language)))),
            Table.Column(GroupTexts.columnParticipants.text(language), width: max(9, DisplayWidth.of(GroupTexts.columnParticipants.text(language))),
                         alignment: .right),
            Table.Column(answeredTitle, width: max(8, DisplayWidth.of(answeredTitle)), alignment: .right),
            Table.Column(GroupTexts.columnWentWell.text(language), width: 12, weight: 1),
        ], width: canvas.size.width - 2)
        table.drawHeader(&canvas, row: top - 1)
        if content.evaluations.isEmpty {
            EmptyList.draw(&canvas, text: GroupTexts.noEvaluations.text(language), row: top + 1)
            return
        }
        let total = EvaluationQuestion.allCases.count
        table.drawRows(&canvas, top: top, height: height, count: content.evaluations.count, cursor: cursor) { index in
            let evaluation = content.evaluations[index]
            let answered = EvaluationQuestion.allCases.filter { !(evaluation.answers[$0] ?? "").isEmpty }.count
            let first = (evaluation.answers[.wentWell] ?? "").split(separator: "\n").first.map(String.init) ?? ""
            let year = content.group.year(of: evaluation).map { Format.years($0.period) } ?? "—"
            return [Table.Item(Format.date(evaluation.date, language)), Table.Item(year, .muted), Table.Item(String(evaluation.participants.count)),
                    Table.Item("\(answered)/\(total)", answered == total ? .ok : .text), Table.Item(first, .muted)]
        }
    }
}
