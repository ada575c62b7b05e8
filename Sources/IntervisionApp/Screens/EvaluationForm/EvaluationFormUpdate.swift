import IntervisionCore

/// The annual evaluation: date, who took part (Space on a name), and an answer per question,
/// typed in place over several lines. Saved through `Group.recordEvaluation`.
extension App {
    static func newEvaluationForm(_ group: Group, _ state: AppState) -> EvaluationForm {
        EvaluationForm(groupID: group.id, date: Format.date(state.today, state.language),
                       participants: group.members(on: state.today).map(\.id))
    }

    static func editEvaluationForm(_ group: Group, _ evaluation: Evaluation, _ state: AppState) -> EvaluationForm {
        var form = EvaluationForm(groupID: group.id, editing: evaluation.id, date: Format.date(evaluation.date, state.language),
                                  participants: evaluation.participants, answers: evaluation.answers)
        let ofTheDay = Set(group.members(on: evaluation.date).map(\.id))
        form.extraMembers = evaluation.participants.filter { !ofTheDay.contains($0) }
        form.participantsTouched = true
        return form
    }

    static func evaluationForm(_ key: Key, _ action: Action?, _ form: inout EvaluationForm, _ state: inout AppState) -> Outcome {
        guard let group = state.group(form.groupID) else { return Outcome([], .pop) }
        let width = EvaluationFormLayout.contentWidth(state.size)
        let candidates = evaluationCandidates(form, group, today: state.today)
        let order = EvaluationForm.order
        switch action {
        case .save:
            return saveEvaluation(&form, group, &state)
        case .cancelForm:
            return cancelForm(isDirty: form.isDirty)
        case .nextField:
            form.focus = order.cycling(from: form.focus, by: 1)
        case .previousField:
            form.focus = order.cycling(from: form.focus, by: -1)
        case .moveUp, .moveDown:
            // Inside an answer ↑↓ move by line; past its first or last line, to the field above or below.
            let step = action == .moveUp ? -1 : 1
            if case .answer(let question) = form.focus, form.answers[question, default: TextArea()].moveLine(step, width: width) { break }
            form.focus = order.cycling(from: form.focus, by: step)
        case .newline:
            if case .answer(let question) = form.focus {
                form.answers[question, default: TextArea()].insertNewline()
                form.isDirty = true
            }
        case .previousValue, .nextValue:
            guard !candidates.isEmpty else { break }
            form.participantCursor = min(max(0, form.participantCursor + (action == .nextValue ? 1 : -1)), candidates.count - 1)
        case .togglePresent:
            guard candidates.indices.contains(form.participantCursor) else { break }
            let id = candidates[form.participantCursor].id
            if let index = form.participants.firstIndex(of: id) { form.participants.remove(at: index) } else { form.participants.append(id) }
            form.participantsTouched = true
            form.isDirty = true
        default:
            switch form.focus {
            case .date:
                let before = form.date.text
                guard form.date.handle(key), form.date.text != before else { break }
                form.isDirty = true
                form.dateError = nil
                if !form.participantsTouched, case .success(let date) = CivilDate.parse(form.date.text) {
                    form.participants = group.members(on: date).map(\.id)
                }
            case .answer(let question):
                let before = form.answers[question, default: TextArea()].text
                if form.answers[question, default: TextArea()].handle(key, width: width),
                   form.answers[question]?.text != before {
                    form.isDirty = true
                }
            case .participants:
                break
            }
        }
        let count = evaluationCandidates(form, group, today: state.today).count
        form.participantCursor = min(form.participantCursor, max(0, count - 1))
        clampEvaluationForm(&form, state)
        return Outcome()
    }

    private static func saveEvaluation(_ form: inout EvaluationForm, _ group: Group, _ state: inout AppState) -> Outcome {
        form.dateError = nil
        let date: CivilDate
        switch CivilDate.parse(form.date.text) {
        case .success(let parsed): date = parsed
        case .failure(let error):
            form.dateError = error.message
            form.focus = .date
            clampEvaluationForm(&form, state)
            return Outcome()
        }
        let listed = Set(evaluationCandidates(form, group, today: state.today).map(\.id))
        let participants = group.members.map(\.id).filter { listed.contains($0) && form.participants.contains($0) }
        let answers = form.answers.mapValues(\.text)
        var changed = group
        do throws(EditError) {
            try changed.recordEvaluation(on: date, participants: participants, answers: answers, replacing: form.editing)
        } catch {
            form.dateError = error.message
            form.focus = .date
            clampEvaluationForm(&form, state)
            return Outcome()
        }
        let key: TextKey = form.editing == nil ? .undoEvaluationAdded : .undoEvaluationChanged
        let what = LocalizedText(nl: Texts.format(key, .nl, date.dutch), en: Texts.format(key, .en, date.iso))
        let effects = commit(changed, replacing: group, what: what, &state)
        state.message = StatusMessage(Texts.format(.messageSaved, state.language, what.text(state.language)))
        if let content = state.content(of: GroupScreen(groupID: group.id, groupIndex: 0)),
           let row = content.evaluations.firstIndex(where: { $0.date == date }) {
            showInGroupScreen(group.id, tab: .evaluations, row: row, &state)
        }
        return Outcome(effects, .pop)
    }
}
