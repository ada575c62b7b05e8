import IntervisionCore

/// "Delete the meeting of 03-11-2026 (…)?" on the group screen; `u` undoes it afterwards.
public struct ConfirmDeletePrompt: DialogScreen, Equatable {
    public enum Target: Sendable, Equatable {
        case meeting(MeetingID)
        case evaluation(EvaluationID)
    }
    public var groupID: GroupID
    public var target: Target
    /// What is deleted, as the dialog and the undo message name it.
    public var label: LocalizedText

    var keyScope: KeyScope { .confirm }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { PromptTexts.deleteName.text(state.language) }

    func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        // The prompt stays until the store answers (`saveAnswered`).
        case .confirm: return Outcome(delete(&state))
        case .cancelInput: return Outcome([], .pop)
        default: return Outcome()
        }
    }

    private func delete(_ state: inout AppState) -> [Effect] {
        guard let group = state.group(groupID) else { return [] }
        var changed = group
        do throws(EditError) {
            switch target {
            case .meeting(let id): try changed.deleteMeeting(id: id)
            case .evaluation(let id): try changed.deleteEvaluation(id: id)
            }
        } catch {
            state.message = StatusMessage(error.message.text(state.language), isError: true)
            return []
        }
        return App.save(changed, .delete, replacing: group, what: PromptTexts.undoDeleted(label), undone: PromptTexts.deleteUndone(label), &state)
    }

    /// Deleted: the prompt closes and says so. Refused: the refusal takes the prompt's place.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .delete, answer.isConfirmed else { return Outcome() }
        state.message = StatusMessage(PromptTexts.deleted(label).text(state.language))
        return Outcome([], .pop)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        Dialog(title: PromptTexts.deleteTitle.text(language),
               lines: [Dialog.Line(PromptTexts.deleteQuestion(label).text(language)), Dialog.Line(""),
                       Dialog.Line(PromptTexts.deleteUndo.text(language), .muted)],
               footer: PromptTexts.yesNo.text(language)).draw(on: &canvas)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
