import IntervisionCore

/// A dialog that asks one date and makes one edit of a group with it: a member who left, the plan
/// submitted in GAIA. The date is selected on arrival and read back in words (or refused) as it is
/// typed; Enter makes the edit through Core, whose refusal stays in the dialog with what was typed,
/// and asks the store to save it (the dialog closes when it has); Esc cancels; `u` undoes it after.
protocol DatePrompt: DialogScreen {
    var groupID: GroupID { get }
    var date: TextField { get set }
    var error: LocalizedText? { get set }
    var dialogTitle: LocalizedText { get }
    /// The question above the date.
    func question(_ state: AppState) -> LocalizedText
    /// What the edit will do, under the date (`day`: the date as typed, if it reads).
    func notes(_ day: CivilDate?, _ state: AppState) -> [Dialog.Line]
    /// The edit for `day`; returns what was done, as the status line and undo name it.
    func edit(_ group: inout Group, on day: CivilDate, _ state: AppState) throws(EditError) -> LocalizedText
    /// What its save is for.
    var saveKind: SaveKind { get }
    /// Where Enter (once saved) and Esc go: back to the screen below (the default), or to a dialog
    /// the prompt took the place of (a dialog is never over another).
    var closing: Navigation { get }
}

extension DatePrompt {
    var closing: Navigation { .pop }
    var keyScope: KeyScope { .inlineField }

    /// Named in the trail by its title when help is opened over it.
    func title(_ state: AppState) -> String { dialogTitle.text(state.language) }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .acceptInput: return save(&state)
        case .cancelInput: return Outcome([], closing)
        default:
            let before = date.text
            date.handle(key)
            if date.text != before { error = nil }
            return Outcome()
        }
    }

    private mutating func save(_ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        let day: CivilDate
        switch CivilDate.parse(date.text) {
        case .success(let parsed): day = parsed
        case .failure(let error):
            self.error = error.message
            return Outcome()
        }
        var changed = group
        let what: LocalizedText
        do throws(EditError) {
            what = try edit(&changed, on: day, state)
        } catch {
            self.error = error.message
            return Outcome()
        }
        // The dialog stays, with the date typed, until the store answers (`saveAnswered`).
        return Outcome(App.save(changed, saveKind, replacing: group, what: what, &state))
    }

    /// Saved: the dialog closes and says so. Refused: the refusal takes its place and gives it back.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == saveKind, answer.isConfirmed else { return Outcome() }
        state.message = StatusMessage(AppTexts.saved(answer.save.what).text(state.language))
        return Outcome([], closing)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        var lines = [Dialog.Line(question(state).text(language)), Dialog.Line("", .input)]
        let day = try? CivilDate.parse(date.text).get()
        if let refusal = FieldRefusal.pick(saved: error, typed: FieldCheck.date(date.text)) {
            lines.append(Dialog.Line(refusal.text.text(language), refusal.role))
        } else {
            lines.append(Dialog.Line(TypedDate.note(date.text, language), .muted))
        }
        lines += notes(day, state)
        if let frame = Dialog(title: dialogTitle.text(language), lines: lines, footer: PromptTexts.enterEsc.text(language)).draw(on: &canvas),
           let row = frame.rows[1] {
            let cursor = date.draw(on: &canvas, row: row, column: frame.column, width: min(16, frame.width))
            canvas.cursor = (row, cursor)
        }
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
