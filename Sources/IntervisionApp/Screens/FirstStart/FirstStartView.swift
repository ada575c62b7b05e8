import IntervisionCore

enum FirstStartView {
    static func draw(_ canvas: inout Canvas, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        let textWidth = min(canvas.size.width - 4, 78)
        var lines = TextLayout.wrap(FirstStartTexts.title.text(language), width: textWidth).map { ($0, StyleRole.title) }
        lines.append(("", .text))
        var about = TextLayout.wrap(FirstStartTexts.line1.text(language), width: textWidth).map { ($0, StyleRole.text) }
        // One paragraph per role, each marked, continued under its first word.
        for role in [FirstStartTexts.supervisor, FirstStartTexts.contactPerson] {
            let wrapped = TextLayout.wrap(role.text(language), width: textWidth - 2)
            about += wrapped.enumerated().map { (($0.offset == 0 ? "• " : "  ") + $0.element, StyleRole.text) }
        }
        about.append(("", .text))
        var keys = TextLayout.wrap(FirstStartTexts.install.text(language), width: textWidth).map { ($0, StyleRole.ok) }
        keys.append((FirstStartTexts.startContact.text(language), .text))
        keys.append((FirstStartTexts.empty.text(language), .text))
        keys += TextLayout.wrap(FirstStartTexts.quit.text(language), width: textWidth).map { ($0, .muted) }
        // The keys always show; the words about the roles when there is room for them.
        if lines.count + about.count + keys.count <= canvas.size.height - 3 { lines += about }
        lines += keys
        let left = max(1, (canvas.size.width - textWidth) / 2)
        let top = max(2, (canvas.size.height - lines.count) / 2)
        for (index, (text, role)) in lines.enumerated() where top + index < canvas.size.height - 1 {
            canvas.write(text, row: top + index, column: left, maxWidth: textWidth, role: role)
        }
        Chrome.drawStatusBar(&canvas, scope: .firstStart, state: state)
    }
}
