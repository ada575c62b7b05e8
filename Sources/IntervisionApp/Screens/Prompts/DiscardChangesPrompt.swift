import IntervisionCore

/// Esc on a form with changes: yes closes the form, no returns to it.
public struct DiscardChangesPrompt: DialogScreen, Equatable {
    var keyScope: KeyScope { .confirm }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { PromptTexts.discardName.text(state.language) }

    func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .confirm: return Outcome([], .popTwo)
        case .cancelInput: return Outcome([], .pop)
        default: return Outcome()
        }
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        Dialog(title: PromptTexts.discardTitle.text(language), lines: [Dialog.Line(PromptTexts.discardText.text(language))],
               footer: PromptTexts.yesNo.text(language)).draw(on: &canvas)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
