enum FirstStartView {
    static func draw(_ canvas: inout Canvas, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        let body: [(TextKey, StyleRole)] = [
            (.firstStartTitle, .title), (.firstStartLine1, .text), (.firstStartLine2, .text), (.firstStartLine3, .text),
            (.firstStartLine4, .text),
        ]
        let textWidth = min(canvas.size.width - 4, 78)
        var lines: [(String, StyleRole)] = []
        for (key, role) in body {
            lines += TextLayout.wrap(Texts.text(key, language), width: textWidth).map { ($0, role) }
            if key == .firstStartTitle { lines.append(("", .text)) }
        }
        lines.append(("", .text))
        lines += TextLayout.wrap(Texts.text(.firstStartInstall, language), width: textWidth).map { ($0, .ok) }
        lines.append((Texts.text(.firstStartEmpty, language), .text))
        lines.append((Texts.text(.firstStartQuit, language), .muted))
        let left = max(1, (canvas.size.width - textWidth) / 2)
        let top = max(2, (canvas.size.height - lines.count) / 2)
        for (index, (text, role)) in lines.enumerated() where top + index < canvas.size.height - 1 {
            canvas.write(text, row: top + index, column: left, maxWidth: textWidth, role: role)
        }
        Chrome.drawStatusBar(&canvas, scope: .firstStart, state: state)
    }
}
