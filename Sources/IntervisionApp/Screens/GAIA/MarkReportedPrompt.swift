import IntervisionCore

/// `i` in the GAIA dialog: the day the meeting's attendance was entered in GAIA, today unless typed
/// otherwise. Core refuses a day after today and a day before the meeting. It takes the GAIA
/// dialog's place and gives it back when done.
public struct MarkReportedPrompt: DatePrompt, Equatable {
    public var groupID: GroupID
    /// The GAIA dialog it came from, shown again after.
    public var dialog: GAIADialog
    public var meetingDate: CivilDate
    public var date: TextField
    public var error: LocalizedText?

    init(from dialog: GAIADialog, meeting: Meeting, _ state: AppState) {
        groupID = dialog.groupID
        self.dialog = dialog
        meetingDate = meeting.date
        date = TextField(Format.date(state.today, state.language))
        date.select()
    }

    var dialogTitle: LocalizedText { GAIATexts.markTitle }

    var saveKind: SaveKind { .attendanceReported }

    var closing: Navigation { .replace(dialog) }

    func question(_ state: AppState) -> LocalizedText { GAIATexts.markQuestion(meetingDate) }

    func notes(_ day: CivilDate?, _ state: AppState) -> [Dialog.Line] {
        let meeting = state.group(groupID)?.meetings.first { $0.date == meetingDate }
        var lines: [Dialog.Line] = []
        if let reported = meeting?.reported {
            lines += [Dialog.Line(""), Dialog.Line(GAIATexts.alreadyMarked(reported).text(state.language))]
        }
        return lines + [Dialog.Line(""), Dialog.Line(GAIATexts.markExplain.text(state.language), .muted)]
    }

    func edit(_ group: inout Group, on day: CivilDate, _ state: AppState) throws(EditError) -> LocalizedText {
        try group.markAttendanceReported(meetingOn: meetingDate, on: day, today: state.today)
        return GAIATexts.marked(meetingDate, on: day)
    }
}
