import IntervisionCore

/// The GAIA dialog's keys: `i` marks the attendance entered (asking the date), `x` takes that
/// back, `c` copies the list again, `u` undoes the last change, Esc closes.
extension GAIADialog {
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        guard let (group, meeting) = meeting(state) else { return Outcome([], .pop) }
        switch action {
        case .closeDialog:
            return Outcome([], .pop)
        case .markReported:
            return Outcome([], .replace(MarkReportedPrompt(from: self, meeting: meeting, state)))
        case .unmarkReported:
            return Outcome(unmark(group, meeting, &state))
        case .copyList:
            return Outcome(copyList(group, meeting))
        case .undo:
            return Outcome(App.undo(&state))
        default:
            return Outcome()
        }
    }

    /// Not entered after all: the meeting waits for GAIA again (and is on the agenda again).
    private func unmark(_ group: Group, _ meeting: Meeting, _ state: inout AppState) -> [Effect] {
        guard meeting.reported != nil else {
            state.message = StatusMessage(GAIATexts.notMarked.text(state.language))
            return []
        }
        var changed = group
        do throws(EditError) {
            try changed.unmarkAttendanceReported(meetingOn: meeting.date)
        } catch {
            state.message = StatusMessage(error.message.text(state.language), isError: true)
            return []
        }
        // Said once the store has it (`saveAnswered`).
        return App.save(changed, .attendanceReported, replacing: group, what: GAIATexts.unmarked(meeting.date), &state)
    }

    /// Taken back (or undone from here): said. Refused: the refusal takes the dialog's place and gives it back.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .attendanceReported, answer.isConfirmed else { return Outcome() }
        state.message = StatusMessage(AppTexts.saved(answer.save.what).text(state.language))
        return Outcome()
    }
}
