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
        case .undo: return Outcome(App.undo(&state), .pop)
        default: return Outcome()
        }
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        canvas.cursor = nil
        MeetingResultView.dialog(self, state: state).draw(on: &canvas)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
