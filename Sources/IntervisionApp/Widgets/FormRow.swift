import IntervisionCore

/// One labelled line of a form: the label, the field, and a short note after it. The focused line
/// is marked with "›" and a title-coloured label, and the terminal cursor is put in its field.
public enum FormRow {
    /// The width of a form's label column: its widest label.
    static func labelWidth(_ labels: [String]) -> Int {
        labels.map { DisplayWidth.of($0) }.max() ?? 10
    }

    /// A field with its note beside it (or under it when it does not fit) and, under it, why its
    /// text will not do (as typed, or as refused by the last Ctrl-S); returns the value's column
    /// and the last row used.
    static func drawChecked(_ canvas: inout Canvas, row: Int, label: String, labelWidth: Int, field: TextField, fieldWidth: Int,
                            focused: Bool, note: String, noteRole: StyleRole, refusal: FieldRefusal?, language: Language) -> (column: Int, lastRow: Int) {
        var (column, last) = drawNoted(&canvas, row: row, label: label, labelWidth: labelWidth, field: field, fieldWidth: fieldWidth,
                                       focused: focused, note: note, noteRole: noteRole)
        if let refusal { last = writeUnder(&canvas, refusal.text.text(language), after: last, column: column, role: refusal.role) }
        return (column, last)
    }

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

    /// A field with its note beside it, or wrapped under the value when it does not fit beside;
    /// returns the value's column and the last row used.
    public static func drawNoted(_ canvas: inout Canvas, row: Int, label: String, labelWidth: Int, field: TextField,
                                 fieldWidth: Int, focused: Bool, note: String, noteRole: StyleRole) -> (column: Int, lastRow: Int) {
        let noteColumn = 2 + labelWidth + 1 + fieldWidth + 2
        let fitsBeside = DisplayWidth.of(note) <= canvas.size.width - noteColumn - 1
        let column = draw(&canvas, row: row, label: label, labelWidth: labelWidth, field: field, fieldWidth: fieldWidth,
                          focused: focused, note: fitsBeside ? note : "", noteRole: noteRole)
        return (column, fitsBeside ? row : writeUnder(&canvas, note, after: row, column: column, role: noteRole))
    }

    /// A choice among a few values, "‹ value ›" (←→ change it), with a note after it; returns the
    /// value's column. The focused choice takes the terminal cursor away (there is no text to edit).
    @discardableResult
    public static func drawChoice(_ canvas: inout Canvas, row: Int, label: String, labelWidth: Int, value: String,
                                  fieldWidth: Int, focused: Bool, note: String = "", noteRole: StyleRole = .muted) -> Int {
        let column = drawLabel(&canvas, row: row, label: label, labelWidth: labelWidth, focused: focused)
        let role: StyleRole = focused ? .selection : .input
        canvas.fill(row: row, column: column, width: fieldWidth, role: role)
        canvas.write("‹ " + value + " ›", row: row, column: column, maxWidth: fieldWidth, role: role)
        if focused { canvas.cursor = nil }
        if !note.isEmpty {
            canvas.write(note, row: row, column: column + fieldWidth + 2, maxWidth: canvas.size.width - column - fieldWidth - 3, role: noteRole)
        }
        return column
    }

    /// Text wrapped under a field's value, from the row after `row` (a note, a refusal); returns the
    /// last row used.
    public static func writeUnder(_ canvas: inout Canvas, _ text: String, after row: Int, column: Int, role: StyleRole) -> Int {
        var last = row
        for line in TextLayout.wrap(text, width: canvas.size.width - column - 1) {
            last += 1
            canvas.write(line, row: last, column: column, role: role)
        }
        return last
    }
}
