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


    /// What the saved meeting did: the next due date, whose attendance moved, and new errors.
    static func resultDialog(_ result: MeetingResult, state: AppState) -> Dialog {
        let language = state.language
        let changes = result.changes
        var lines = [Dialog.Line(Texts.format(.resultPresent, language, String(result.present), String(result.expected)))]
        if let due = changes.nextDueAfter {
            let text = changes.dueChanged && changes.nextDueBefore != nil
                ? Texts.format(.resultNextDueChanged, language, Format.date(due, language), Format.date(changes.nextDueBefore, language))
                : Texts.format(.resultNextDue, language, Format.date(due, language))
            lines.append(Dialog.Line(text, Format.dueRole(due, today: state.today) == .error ? .error : .ok))
        }
        if !changes.members.isEmpty {
            lines.append(Dialog.Line(""))
            lines.append(Dialog.Line(Texts.text(.resultAttendanceHeading, language), .title))
            for change in changes.members {
                let after = change.after
                let percent = (change.before.map { Format.percentage($0.percentage) + " → " } ?? "") + Format.percentage(after.percentage)
                var miss = after.canReach75 ? Texts.format(.resultMayMiss, language, String(after.mayStillMiss))
                    : Texts.text(.cannotReach75, language)
                if let before = change.before, before.mayStillMiss != after.mayStillMiss, before.canReach75 {
                    miss += " " + Texts.format(.resultWas, language, String(before.mayStillMiss))
                }
                let role: StyleRole = !after.canReach75 ? .error : after.mayStillMiss == 0 ? .warning : .dialog
                lines.append(Dialog.Line("  \(change.name): \(percent) · \(miss)", role))
            }
        }
        lines.append(Dialog.Line(""))
        if changes.newErrors.isEmpty {
            lines.append(Dialog.Line(Texts.text(.resultNoNewErrors, language), .ok))
        } else {
            for finding in changes.newErrors {
                lines.append(Dialog.Line(Texts.format(.resultError, language, finding.message.text(language)), .error))
            }
        }
        for finding in changes.resolvedErrors {
            lines.append(Dialog.Line(Texts.format(.resultResolved, language, finding.message.text(language)), .ok))
        }
        let date = Format.date(result.date, language)
        let title = Texts.format(result.isNew ? .resultTitleNew : .resultTitleChanged, language, date)
        return Dialog(title: title, lines: lines, footer: Texts.text(.resultFooter, language))
    }
}

/// A method's steps as dialog lines: what it is for, then each step with its description.
enum MethodPanelText {
    static let maxWidth = 76

    static func lines(_ panel: MethodPanel, state: AppState) -> (title: String, lines: [Dialog.Line]) {
        let language = state.language
        guard panel.names.indices.contains(panel.index) else { return (Texts.text(.methodNone, language), []) }
        let name = panel.names[panel.index]
        let position = "\(panel.index + 1)/\(panel.names.count)"
        guard let method = state.methods.method(named: name) else {
            return ("\(name) (\(position))", [Dialog.Line(Texts.text(.methodUnknown, language), .muted)])
        }
        var lines: [Dialog.Line] = []
        if !method.purpose.text(language).isEmpty { lines += [Dialog.Line(method.purpose.text(language), .muted), Dialog.Line("")] }
        for (index, step) in method.steps.enumerated() {
            lines.append(Dialog.Line("\(index + 1). \(step.title.text(language))", .title))
            let description = step.description.text(language)
            if !description.isEmpty { lines.append(Dialog.Line("   " + description)) }
        }
        let title = Texts.format(method.steps.count == 1 ? .methodTitleOne : .methodTitle, language, method.title.text(language),
                                 String(method.steps.count), position)
        return (title, lines)
    }

    /// The lines wrapped as the dialog will show them, from `scroll` on.
    static func dialog(_ panel: MethodPanel, state: AppState, canvasSize: Size) -> Dialog {
        let (title, lines) = self.lines(panel, state: state)
        let wrapped = wrap(lines, size: canvasSize)
        let room = max(1, canvasSize.height - 6)
        let scroll = min(panel.scroll, max(0, wrapped.count - room))
        let shown = Array(wrapped.dropFirst(scroll).prefix(room))
        let more = wrapped.count > room ? " · " + Texts.format(.scrollPosition, state.language, String(scroll + 1),
                                                              String(scroll + shown.count), String(wrapped.count)) : ""
        return Dialog(title: title, lines: shown, footer: Texts.text(.methodFooter, state.language) + more)
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
