import IntervisionCore

/// The dialogs of issue 4, drawn over the screen below them.
enum PromptView {
    /// The screen below the dialog as it looks on its own (`App.viewUnderneath`), with the dialog over it.
    static func canvas(_ prompt: Prompt, over state: AppState) -> Canvas {
        var canvas = App.viewUnderneath(state)
        draw(&canvas, prompt: prompt, state: state)
        return canvas
    }

    static func draw(_ canvas: inout Canvas, prompt: Prompt, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        switch prompt {
        case .confirmDelete(let request):
            Dialog(title: Texts.text(.dialogDeleteTitle, language),
                   lines: [Dialog.Line(Texts.format(.dialogDeleteQuestion, language, request.label.text(language))), Dialog.Line(""),
                           Dialog.Line(Texts.text(.dialogDeleteUndo, language), .muted)],
                   footer: Texts.text(.dialogYesNo, language)).draw(on: &canvas)
        case .discardChanges:
            Dialog(title: Texts.text(.dialogDiscardTitle, language), lines: [Dialog.Line(Texts.text(.dialogDiscardText, language))],
                   footer: Texts.text(.dialogYesNo, language)).draw(on: &canvas)
        case .markLeft(let leaving):
            drawMarkLeft(&canvas, leaving, state: state)
        case .meetingResult(let result):
            resultDialog(result, state: state).draw(on: &canvas)
        case .methodSteps(let panel):
            MethodPanelText.dialog(panel, state: state, canvasSize: canvas.size).draw(on: &canvas, maxWidth: MethodPanelText.maxWidth)
        }
        Chrome.drawStatusBar(&canvas, scope: prompt.keyScope, state: state)
    }

    private static func drawMarkLeft(_ canvas: inout Canvas, _ leaving: MarkLeftPrompt, state: AppState) {
        let language = state.language
        var lines = [Dialog.Line(Texts.format(.dialogLeftQuestion, language, leaving.name)), Dialog.Line("", .input)]
        let date = try? CivilDate.parse(leaving.date.text).get()
        if let error = leaving.error {
            lines.append(Dialog.Line(error.text(language), .error))
        } else if let date {
            lines.append(Dialog.Line(Format.longDate(date, language), .muted))
        }
        if let date, let group = state.group(leaving.groupID) {
            for warning in group.compositionWarnings(name: leaving.name, joined: nil, left: date, today: state.today) {
                lines.append(Dialog.Line("! GROUP_FIXED: " + warning.text(language), .warning))
            }
        }
        lines += [Dialog.Line(""), Dialog.Line(Texts.text(.dialogLeftExplain, language), .muted)]
        guard let frame = Dialog(title: Texts.text(.dialogLeftTitle, language), lines: lines,
                                 footer: Texts.text(.dialogEnterEsc, language)).draw(on: &canvas), let row = frame.rows[1] else { return }
        let cursor = leaving.date.draw(on: &canvas, row: row, column: frame.column, width: min(16, frame.width))
        canvas.cursor = (row, cursor)
    }
}
