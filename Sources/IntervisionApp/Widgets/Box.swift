/// A bordered box centred over the screen, with a title in the top border and a footer in the bottom
/// one: the frame of the plan form's lists and the export and new-group dialogs.
public struct Box {
    /// The inside: first row and column, and its size.
    public let top: Int
    public let left: Int
    public let width: Int
    public let height: Int

    /// Draws the frame for `innerHeight` rows of `innerWidth` columns (both shrunk to fit) and
    /// returns the inside.
    @discardableResult
    public static func draw(on canvas: inout Canvas, innerWidth: Int, innerHeight: Int, title: String, footer: String) -> Box {
        let width = max(4, min(innerWidth + 4, canvas.size.width - 2))
        let height = max(3, min(innerHeight + 2, canvas.size.height - 2))
        let top = max(0, (canvas.size.height - height) / 2)
        let left = max(0, (canvas.size.width - width) / 2)
        frame(on: &canvas, top: top, left: left, width: width, height: height, title: title, footer: footer)
        return Box(top: top + 1, left: left + 2, width: width - 4, height: height - 2)
    }

    /// The frame itself at a given place: background, border, the title in the top border and the
    /// footer in the bottom one. Every box and dialog is drawn by this.
    public static func frame(on canvas: inout Canvas, top: Int, left: Int, width: Int, height: Int, title: String, footer: String) {
        canvas.fill(row: top, column: left, width: width, height: height, role: .dialog)
        canvas.write("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, role: .border)
        for r in 1..<(height - 1) {
            canvas.write("│", row: top + r, column: left, role: .border)
            canvas.write("│", row: top + r, column: left + width - 1, role: .border)
        }
        canvas.write("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, role: .border)
        canvas.write(" " + title + " ", row: top, column: left + 2, maxWidth: width - 4, role: .title)
        if !footer.isEmpty {
            canvas.write(" " + footer + " ", row: top + height - 1, column: left + 2, maxWidth: width - 4, role: .muted)
        }
    }
}
