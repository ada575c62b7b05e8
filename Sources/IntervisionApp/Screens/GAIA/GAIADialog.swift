import IntervisionCore

/// After a meeting the supervisor enters its attendance in GAIA: this dialog, over the group screen,
/// shows the BIG numbers to paste (copied to the terminal's clipboard as it opens), says who is
/// not in the list, and marks the meeting as entered (with a date) or not after all.
public struct GAIADialog: DialogScreen, Equatable {
    /// Whether the list went to the terminal's clipboard.
    public enum Copy: Sendable, Equatable {
        /// Asked of the terminal, no answer yet.
        case asked
        /// Written to the terminal, which may or may not pass it on.
        case sent
        /// There was no terminal to write it to.
        case notSent
    }

    public var groupID: GroupID
    public var meetingID: MeetingID
    /// Nil: nothing to copy (no one present has a BIG number).
    public var copy: Copy?

    public init(groupID: GroupID, meetingID: MeetingID, copy: Copy? = nil) {
        self.groupID = groupID
        self.meetingID = meetingID
        self.copy = copy
    }

    var keyScope: KeyScope { .gaiaDialog }

    /// Named in the trail when help is opened over it.
    func title(_ state: AppState) -> String { GAIATexts.name.text(state.language) }

    /// The meeting as the catalog holds it now (nil once deleted).
    func meeting(_ state: AppState) -> (group: Group, meeting: Meeting)? {
        guard let group = state.group(groupID), let meeting = group.meetings.first(where: { $0.id == meetingID }) else { return nil }
        return (group, meeting)
    }
}

extension GAIADialog {
    /// `r` on the group screen: on the meetings tab the meeting selected (a held one), elsewhere the
    /// oldest whose attendance waits to be entered (the group's first such action). Opening copies
    /// the list to the clipboard.
    static func open(_ tab: GroupTab, selected: Int, _ content: GroupContent, _ state: inout AppState) -> Outcome {
        let language = state.language
        let meetingID: MeetingID?
        if tab == .meetings {
            guard content.meetings.indices.contains(selected), let id = content.meetings[selected].id else {
                state.message = StatusMessage(GAIATexts.onlyHeld.text(language))
                return Outcome()
            }
            meetingID = id
        } else {
            meetingID = content.actions.filter { $0.kind == .reportAttendance }.min { ($0.meetingDate ?? $0.due) < ($1.meetingDate ?? $1.due) }?.meetingID
        }
        guard let meetingID, let meeting = content.group.meetings.first(where: { $0.id == meetingID }) else {
            state.message = StatusMessage(GAIATexts.nothingWaiting.text(language))
            return Outcome()
        }
        var dialog = GAIADialog(groupID: content.group.id, meetingID: meetingID)
        let effects = dialog.copyList(content.group, meeting)
        return Outcome(effects, .push(dialog))
    }

    /// The list to the clipboard, when there is one.
    mutating func copyList(_ group: Group, _ meeting: Meeting) -> [Effect] {
        let text = group.gaiaImportText(of: meeting)
        guard !text.isEmpty else {
            copy = nil
            return []
        }
        copy = .asked
        return [.copyToClipboard(text)]
    }

    /// The terminal layer's answer, to the dialog that asked (it is on top: the copy is the effect
    /// of the key that opened it or of `c`).
    static func copied(sent: Bool, _ state: inout AppState) -> [Effect] {
        guard let index = state.stack.lastIndex(where: { ($0 as? GAIADialog)?.copy == .asked }),
              var dialog = state.stack[index] as? GAIADialog else { return [] }
        dialog.copy = sent ? .sent : .notSent
        state.stack[index] = dialog
        return []
    }
}
