/// One labelled line of a form: the label, the field, and a short note after it. The focused line
/// is marked with "›" and a title-coloured label, and the terminal cursor is put in its field.
public enum FormRow {
    @discardableResult
    public static func draw(_ canvas: inout Canvas, row: Int, label: String, labelWidth: Int, field: TextField,
                            fieldWidth: Int, focused: Bool, note: String = "", noteRole: StyleRole = .muted) -> Int {
        let column = drawLabel(&canvas, row: row, label: label, labelWidth: labelWidth, focused: focused)
        let cursor = field.draw(on: &canvas, row: row, column: column, width: fieldWidth)
        if focused { canvas.cursor = (row, cursor) }
        if !note.isEmpty {
            canvas.write(note, row: row, column: column + fieldWidth + 2, maxWidth: canvas.size.width - column - fieldWidth - 3, role: noteRole)
        }
        return column
    }

    /// The label with the focus mark; returns the column where the value starts.
    @discardableResult
    public static func drawLabel(_ canvas: inout Canvas, row: Int, label: String, labelWidth: Int, focused: Bool) -> Int {
        if focused { canvas.write("›", row: row, column: 0, role: .title) }
        canvas.write(label, row: row, column: 2, maxWidth: labelWidth, role: focused ? .title : .columnHeader)
        return 2 + labelWidth + 1
    }
}
