import IntervisionCore

/// A method's steps as dialog lines: what it is for, then each step with its description.
enum MethodPanelText {
    static let maxWidth = 76

    static func lines(_ panel: MethodPanel, state: AppState) -> (title: String, lines: [Dialog.Line]) {
        let language = state.language
        guard panel.names.indices.contains(panel.index) else { return (MethodStepsTexts.none.text(language), []) }
        let name = panel.names[panel.index]
        let position = "\(panel.index + 1)/\(panel.names.count)"
        guard let method = state.methods.method(named: name) else {
            return ("\(name) (\(position))", [Dialog.Line(MethodStepsTexts.unknown.text(language), .muted)])
        }
        var lines: [Dialog.Line] = []
        if !method.purpose.text(language).isEmpty { lines += [Dialog.Line(method.purpose.text(language), .muted), Dialog.Line("")] }
        for (index, step) in method.steps.enumerated() {
            lines.append(Dialog.Line("\(index + 1). \(step.title.text(language))", .title))
            let description = step.description.text(language)
            if !description.isEmpty { lines.append(Dialog.Line("   " + description)) }
        }
        let title = MethodStepsTexts.title(method.title, steps: method.steps.count, position: position).text(language)
        return (title, lines)
    }

    /// The lines wrapped as the dialog will show them, from `scroll` on.
    static func dialog(_ panel: MethodPanel, state: AppState, canvasSize: Size) -> Dialog {
        let (title, lines) = self.lines(panel, state: state)
        let wrapped = wrap(lines, size: canvasSize)
        let room = max(1, canvasSize.height - 6)
        let scroll = min(panel.scroll, max(0, wrapped.count - room))
        let shown = Array(wrapped.dropFirst(scroll).prefix(room))
        let more = wrapped.count > room ? " · " + AppTexts.scrollPosition(first: scroll + 1, last: scroll + shown.count,
                                                                         of: wrapped.count).text(state.language) : ""
        return Dialog(title: title, lines: shown, footer: MethodStepsTexts.footer.text(state.language) + more)
    }

    static func maximumScroll(_ panel: MethodPanel, _ state: AppState) -> Int {
        let wrapped = wrap(lines(panel, state: state).lines, size: state.size)
        return max(0, wrapped.count - max(1, state.size.height - 6))
    }

    /// Continuation lines of a step's description keep its indent.
    private static func wrap(_ lines: [Dialog.Line], size: Size) -> [Dialog.Line] {
        let inner = min(maxWidth, size.width - 4) - 4
        return lines.flatMap { line -> [Dialog.Line] in
            guard !line.text.isEmpty else { return [line] }
            let indent = line.text.hasPrefix("   ") ? "   " : ""
            let body = indent.isEmpty ? line.text : String(line.text.dropFirst(3))
            return TextLayout.wrap(body, width: max(4, inner - indent.count)).map { Dialog.Line(indent + $0, line.role) }
        }
    }
}
