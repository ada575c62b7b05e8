import IntervisionCore

/// What a saved meeting did to the group, shown before the supervisor moves on.
public struct MeetingResult: DialogScreen, Equatable {
    public var groupID: GroupID
    public var date: CivilDate
    public var isNew: Bool
    public var present: Int
    public var expected: Int
    public var changes: ReportChanges

    var keyScope: KeyScope { .result }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { (isNew ? MeetingResultTexts.nameNew : MeetingResultTexts.nameChanged).text(state.language) }

    func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .closeDialog: return Outcome([], .pop)
        case .undo:
            // Closes once the store has taken the undo (`saveAnswered`); at once when there is nothing to undo.
            let effects = App.undo(&state)
            return Outcome(effects, effects.isEmpty ? .pop : .stay)
        default: return Outcome()
        }
    }

    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        answer.save.kind == .undo && answer.isConfirmed ? Outcome([], .pop) : Outcome()
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        canvas.cursor = nil
        MeetingResultView.dialog(self, state: state).draw(on: &canvas)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
