import IntervisionCore

/// The annual evaluation: date, who took part (Space on a name), and an answer per question,
/// typed in place over several lines. Saved through `Group.recordEvaluation`.
extension EvaluationForm {
    static func recording(_ group: Group, _ state: AppState) -> EvaluationForm {
        var form = EvaluationForm(groupID: group.id, date: Format.date(state.today, state.language),
                                  participants: defaultParticipants(group, on: state.today))
        form.arrive(at: form.focus)
        return form
    }

    /// Who takes part unless the list is changed by hand: those present at the meeting held that
    /// day (the evaluation is usually part of it), else every member of that day.
    static func defaultParticipants(_ group: Group, on date: CivilDate) -> [MemberID] {
        let members = group.members(on: date).map(\.id)
        guard let meeting = group.meetings.first(where: { $0.date == date }) else { return members }
        let present = Set(meeting.attendance.filter(\.present).map(\.memberID))
        return members.filter(present.contains)
    }

    static func changing(_ evaluation: Evaluation, of group: Group, _ state: AppState) -> EvaluationForm {
        var form = EvaluationForm(groupID: group.id, editing: evaluation.id, date: Format.date(evaluation.date, state.language),
                                  participants: evaluation.participants, answers: evaluation.answers)
        let ofTheDay = Set(group.members(on: evaluation.date).map(\.id))
        form.extraMembers = evaluation.participants.filter { !ofTheDay.contains($0) }
        form.participantsTouched = true
        form.recordedDate = evaluation.date
        form.recordedYear = group.year(of: evaluation)?.from
        form.arrive(at: form.focus)
        return form
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        let width = EvaluationFormLayout.contentWidth(state.size)
        let listed = candidates(group, today: state.today)
        if let outcome = formAction(action, &state) {
            clamp(state)
            return outcome
        }
        switch action {
        case .moveUp, .moveDown:
            // Inside an answer ↑↓ move by line; past its first or last line, to the field above or below.
            let step = action == .moveUp ? -1 : 1
            if case .answer(let question) = focus, self.answers[question, default: TextArea()].moveLine(step, width: width) { break }
            move(by: step)
        case .newline:
            if case .answer(let question) = focus {
                self.answers[question, default: TextArea()].insertNewline()
                isDirty = true
            }
        case .previousValue where focus == .year, .nextValue where focus == .year:
            let choices = yearChoices(group, report: state.report(group.id), today: state.today)
            guard !choices.isEmpty else { break }
            let current = shownYear(group, today: state.today).flatMap { shown in choices.firstIndex { $0.from == shown.from } }
            let step = action == .nextValue ? 1 : -1
            let next = current.map { min(max(0, $0 + step), choices.count - 1) } ?? 0
            year = choices[next].from
            isDirty = true
            dateError = nil
        case .previousValue, .nextValue:
            guard !listed.isEmpty else { break }
            participantCursor = min(max(0, participantCursor + (action == .nextValue ? 1 : -1)), listed.count - 1)
        case .togglePresent:
            guard listed.indices.contains(participantCursor) else { break }
            let id = listed[participantCursor].id
            if let index = self.participants.firstIndex(of: id) { self.participants.remove(at: index) } else { self.participants.append(id) }
            participantsTouched = true
            isDirty = true
        default:
            switch focus {
            case .date:
                let before = self.date.text
                self.date.handle(key)
                guard self.date.text != before else { break }
                isDirty = true
                dateError = nil
                if !participantsTouched, case .success(let date) = CivilDate.parse(self.date.text) {
                    self.participants = Self.defaultParticipants(group, on: date)
                }
            case .answer(let question):
                let before = self.answers[question, default: TextArea()].text
                if self.answers[question, default: TextArea()].handle(key, width: width),
                   self.answers[question]?.text != before {
                    isDirty = true
                    answerErrors[question] = nil
                }
            case .year:
                break
            case .participants:
                if case .character(let letter) = key,
                   let row = ListCursor.row(startingWith: letter, in: listed.map(\.name), after: participantCursor) {
                    participantCursor = row
                }
            }
        }
        let count = candidates(group, today: state.today).count
        participantCursor = min(participantCursor, max(0, count - 1))
        clamp(state)
        return Outcome()
    }

    var tabOrder: [Focus] { EvaluationForm.order }

    /// Only the date is a text field: an answer (several lines) is continued on arrival, not replaced.
    mutating func editText(of field: Focus, _ edit: (inout TextField) -> Void) {
        if field == .date { edit(&date) }
    }

    mutating func save(_ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        return record(group, &state)
    }

    private mutating func record(_ group: Group, _ state: inout AppState) -> Outcome {
        dateError = nil
        let date: CivilDate
        switch CivilDate.parse(self.date.text) {
        case .success(let parsed): date = parsed
        case .failure(let error):
            dateError = error.message
            focus(onRefused: .date)
            clamp(state)
            return Outcome()
        }
        // An answer that will not do is refused under it (Core refuses it too, without saying which).
        answerErrors = [:]
        for question in EvaluationQuestion.allCases {
            if let problem = answerRefusal(question) { answerErrors[question] = problem.text }
        }
        if let first = EvaluationQuestion.allCases.first(where: { answerErrors[$0] != nil }) {
            focus(onRefused: .answer(first))
            clamp(state)
            return Outcome()
        }
        let listed = Set(candidates(group, today: state.today).map(\.id))
        let participants = group.members.map(\.id).filter { listed.contains($0) && self.participants.contains($0) }
        let answers = self.answers.mapValues(\.text)
        var changed = group
        do throws(EditError) {
            try changed.recordEvaluation(on: date, year: year, participants: participants, answers: answers, replacing: editing)
        } catch {
            dateError = error.message
            focus(onRefused: .date)
            clamp(state)
            return Outcome()
        }
        let what = editing == nil ? EvaluationFormTexts.undoEvaluationAdded(date) : EvaluationFormTexts.undoEvaluationChanged(date)
        asked = date
        return Outcome(App.save(changed, .evaluation, replacing: group, what: what, &state))
    }

    /// Saved: the evaluations tab shows it, and the form closes. Refused: it stays as typed.
    mutating func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .evaluation, let date = asked else { return Outcome() }
        asked = nil
        guard answer.isConfirmed else { return Outcome() }
        return GroupScreen.closeSavedForm(answer, tab: .evaluations, row: { $0.evaluations.firstIndex { $0.date == date } }, &state)
    }
}
