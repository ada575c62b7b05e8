import IntervisionCore

/// Asking the new group's name on the overview.
enum NewGroupView {
    static func draw(_ canvas: inout Canvas, screen: NewGroupScreen, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let width = min(60, canvas.size.width - 8)
        let box = Box.draw(on: &canvas, innerWidth: width, innerHeight: 4, title: NewGroupTexts.name.text(language),
                           footer: NewGroupTexts.footer.text(language))
        canvas.write(NewGroupTexts.prompt.text(language), row: box.top, column: box.left, maxWidth: box.width, role: .dialog)
        let column = screen.name.draw(on: &canvas, row: box.top + 1, column: box.left, width: box.width, role: .input)
        canvas.cursor = (box.top + 1, column)
        if let refusal = screen.refusal(state) {
            canvas.write(refusal.text.text(language), row: box.top + 3, column: box.left, maxWidth: box.width, role: refusal.role)
        }
    }
}
