import IntervisionCore

/// Two versions of one meeting (or evaluation) that two synced machines recorded differently,
/// side by side: ←→ choose, Enter keeps the chosen one (saved as any change, `u` undoes it),
/// Esc leaves both for later. Opened with Enter on a SYNC_CONFLICT finding.
struct SyncConflictScreen: DialogScreen, Equatable {
    var groupID: GroupID
    var isMeeting: Bool
    /// The date of the current version (the one in the group's list).
    var date: CivilDate
    var choice: ConflictChoice = .current

    var keyScope: KeyScope { .syncConflict }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { SyncConflictTexts.name.text(state.language) }

    /// The conflict a SYNC_CONFLICT finding is about: the finding names the record's date (and
    /// says "Bijeenkomst" or "Evaluatie"), as `SyncConflictRule` words it. Nil when the group has
    /// no such conflict (any more).
    init?(finding: Finding, in group: Group) {
        let aboutEvaluation = finding.message.nl.hasPrefix("Evaluatie")
        for conflict in group.conflicts {
            let current: CivilDate?
            switch conflict {
            case .meeting(let other): current = aboutEvaluation ? nil : group.meetings.first { $0.id == other.id }?.date
            case .evaluation(let other): current = aboutEvaluation ? group.evaluations.first { $0.id == other.id }?.date : nil
            }
            if let current, finding.message.nl.contains(current.dutch) {
                self.init(groupID: group.id, isMeeting: !aboutEvaluation, date: current)
                return
            }
        }
        return nil
    }

    init(groupID: GroupID, isMeeting: Bool, date: CivilDate) {
        self.groupID = groupID
        self.isMeeting = isMeeting
        self.date = date
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .previousValue: choice = .current
        case .nextValue: choice = .other
        case .keepVersion: return keep(&state)
        case .back: return Outcome([], .pop)
        default: break
        }
        return Outcome()
    }

    /// Enter: the chosen version stays, the other goes; saved through the group's normal save.
    private func keep(_ state: inout AppState) -> Outcome {
        let language = state.language
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        var changed = group
        do throws(EditError) {
            if isMeeting {
                try changed.resolveConflict(meeting: date, keep: choice)
            } else {
                try changed.resolveConflict(evaluation: date, keep: choice)
            }
        } catch {
            // Settled meanwhile (on another machine, then synced here).
            state.message = StatusMessage(error.message.text(language), isError: true)
            return Outcome([], .pop)
        }
        let what = SyncConflictTexts.kept(choice, isMeeting: isMeeting, date: date)
        // The picker stays until the store answers (`saveAnswered`).
        return Outcome(App.save(changed, .versionKept, replacing: group, what: what, &state))
    }

    /// Kept: said, and the picker closes. Refused: the refusal over the picker, to choose again.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .versionKept, answer.isConfirmed else { return Outcome() }
        state.message = StatusMessage(AppTexts.saved(answer.save.what).text(state.language))
        return Outcome([], .pop)
    }

    /// The two versions, when the group still has them.
    func versions(_ state: AppState) -> Versions? {
        guard let group = state.group(groupID) else { return nil }
        if isMeeting {
            return group.meetingConflict(on: date).map { .meeting(current: $0.current, other: $0.other, group: group) }
        }
        return group.evaluationConflict(on: date).map { .evaluation(current: $0.current, other: $0.other, group: group) }
    }

    enum Versions {
        case meeting(current: Meeting, other: Meeting, group: Group)
        case evaluation(current: Evaluation, other: Evaluation, group: Group)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
        SyncConflictView.draw(&canvas, screen: self, state: state)
    }
}
