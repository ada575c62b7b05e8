import IntervisionCore

/// The annual evaluation as a form that scrolls: the date, who took part, then each question with
/// its hint and the answer box, typed in place.
enum EvaluationFormView {
    static func draw(_ canvas: inout Canvas, form: EvaluationForm, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        guard let group = state.group(form.groupID) else { return }
        let candidates = form.candidates(group, today: state.today)
        let layout = EvaluationFormLayout(form: form, candidates: candidates, size: canvas.size, language: language)
        let title = (form.editing == nil ? EvaluationFormTexts.titleNew : EvaluationFormTexts.titleEdit).text(language)
        let titleWidth = canvas.write(title, row: 1, column: 1, role: .title)
        let position = layout.lines.count > layout.visibleHeight
            ? AppTexts.scrollPosition(first: form.scroll + 1, last: min(layout.lines.count, form.scroll + layout.visibleHeight),
                                    of: layout.lines.count).text(language) : ""
        if canvas.size.width - titleWidth - 4 > DisplayWidth.of(position) {
            canvas.writeRight(position, row: 1, column: 0, width: canvas.size.width - 1, role: .muted)
        }

        canvas.cursor = nil
        let top = 2
        let column = 2
        let labelWidth = max(DisplayWidth.of(AppTexts.fieldDate.text(language)), DisplayWidth.of(EvaluationFormTexts.year.text(language)))
        var drawnAnswers = Set<EvaluationQuestion>()
        for offset in 0..<layout.visibleHeight {
            let index = form.scroll + offset
            guard index < layout.lines.count else { break }
            let row = top + offset
            switch layout.lines[index] {
            case .date:
                let note = TypedDate.note(form.date.text, language)
                FormRow.draw(&canvas, row: row, label: AppTexts.fieldDate.text(language), labelWidth: labelWidth, field: form.date,
                             fieldWidth: 12, focused: form.focus == .date, note: note)
            case .refusal(let text, let role):
                canvas.write(text, row: row, column: column, role: role)
            case .year:
                // ‹ 01-12-2025 – 30-11-2026 › and whether it follows the date or was chosen.
                let shown = form.shownYear(group, today: state.today)
                let value = shown.map { $0.period.label.text(language) } ?? EvaluationFormTexts.noYear.text(language)
                let note = form.year == nil ? EvaluationFormTexts.yearFollowsDate : EvaluationFormTexts.yearChosen
                FormRow.drawChoice(&canvas, row: row, label: EvaluationFormTexts.year.text(language), labelWidth: labelWidth,
                                   value: value, fieldWidth: 27, focused: form.focus == .year, note: note.text(language))
            case .blank:
                break
            case .participantsHeading:
                let chosen = candidates.filter { form.participants.contains($0.id) }.count
                FormRow.drawLabel(&canvas, row: row, label: EvaluationFormTexts.participantsHeading(chosen: chosen, of: candidates.count).text(language),
                                  labelWidth: canvas.size.width - 3, focused: form.focus == .participants)
            case .participants(let chips):
                for chip in chips {
                    let isCursor = form.focus == .participants && candidates.indices.contains(form.participantCursor)
                        && candidates[form.participantCursor].id == chip.memberID
                    let role: StyleRole = isCursor ? .selection : form.participants.contains(chip.memberID) ? .text : .muted
                    canvas.write(chip.text, row: row, column: column + chip.column, role: role)
                }
            case .question(let text):
                canvas.write(text, row: row, column: column, role: .title)
            case .hint(let text):
                canvas.write(text, row: row, column: column, role: .muted)
            case .answer(let question, let lineIndex):
                // The box is drawn once, from its first visible line, over as many rows as are in view.
                guard !drawnAnswers.contains(question) else { break }
                drawnAnswers.insert(question)
                let area = form.answers[question] ?? TextArea()
                var height = 0
                while offset + height < layout.visibleHeight, form.scroll + offset + height < layout.lines.count,
                      case .answer(let q, _) = layout.lines[form.scroll + offset + height], q == question { height += 1 }
                let cursor = area.draw(on: &canvas, row: row, column: column, width: layout.contentWidth, height: height, first: lineIndex)
                if form.focus == .answer(question), let cursor { canvas.cursor = cursor }
            }
        }
        Chrome.drawStatusBar(&canvas, scope: form.keyScope, state: state)
    }
}
