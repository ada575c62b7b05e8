import IntervisionCore

/// The list chosen from on the plan form: `[x]` rows for several, `(•)` for one, and a last line to
/// type an own entry.
enum ChoiceView {
    static func draw(_ canvas: inout Canvas, list: ChoiceList, title: String, state: AppState) {
        let language = state.language
        let height = min(list.rowCount, Layout.choiceListHeight(state.size))
        let widest = list.options.map { DisplayWidth.of($0) }.max() ?? 20
        let footer = (list.allowsSeveral ? PlanFormTexts.choiceFooterSeveral : PlanFormTexts.choiceFooterOne).text(language)
        let box = Box.draw(on: &canvas, innerWidth: max(36, min(64, widest + 6)), innerHeight: height, title: title, footer: footer)
        let first = list.cursor.scroll
        for index in first..<min(list.rowCount, first + box.height) {
            let row = box.top + index - first
            let selected = index == list.cursor.selected
            if selected { canvas.fill(row: row, column: box.left, width: box.width, role: .selection) }
            let role: StyleRole = selected ? .selection : .dialog
            if index < list.options.count {
                let mark = list.allowsSeveral ? (list.chosen.contains(index) ? "[x] " : "[ ] ") : (list.chosen.contains(index) ? "(•) " : "( ) ")
                canvas.write(mark + list.options[index], row: row, column: box.left, maxWidth: box.width, role: role)
            } else {
                let label = PlanFormTexts.choiceOwn.text(language) + " "
                let labelWidth = canvas.write(label, row: row, column: box.left, maxWidth: box.width, role: role)
                let fieldWidth = max(1, box.width - labelWidth)
                // Red while it will not do (too long, a control character): Enter refuses it.
                let refused = FieldCheck.text(list.own.text, .name) != nil
                let column = list.own.draw(on: &canvas, row: row, column: box.left + labelWidth, width: fieldWidth,
                                           role: refused ? .error : selected ? .input : .dialog)
                if selected { canvas.cursor = (row, column) }
            }
        }
    }
}

