import IntervisionCore

enum FirstStartView {
    static func draw(_ canvas: inout Canvas, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        let textWidth = min(canvas.size.width - 4, 78)
        var lines = TextLayout.wrap(FirstStartTexts.title.text(language), width: textWidth).map { ($0, StyleRole.title) }
        lines.append(("", .text))
        for line in [FirstStartTexts.line1, FirstStartTexts.line2, FirstStartTexts.line3, FirstStartTexts.line4] {
            lines += TextLayout.wrap(line.text(language), width: textWidth).map { ($0, StyleRole.text) }
        }
        lines.append(("", .text))
        lines += TextLayout.wrap(FirstStartTexts.install.text(language), width: textWidth).map { ($0, .ok) }
        lines.append((FirstStartTexts.empty.text(language), .text))
        lines.append((FirstStartTexts.quit.text(language), .muted))
        let left = max(1, (canvas.size.width - textWidth) / 2)
        let top = max(2, (canvas.size.height - lines.count) / 2)
        for (index, (text, role)) in lines.enumerated() where top + index < canvas.size.height - 1 {
            canvas.write(text, row: top + index, column: left, maxWidth: textWidth, role: role)
        }
        Chrome.drawStatusBar(&canvas, scope: .firstStart, state: state)
    }
}
