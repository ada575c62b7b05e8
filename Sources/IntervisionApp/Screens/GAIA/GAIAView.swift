import IntervisionCore

/// The GAIA dialog. At 80×24:
///
/// ```
///  ┌─ Aanwezigheid in GAIA ─────────────────────────────────────────────┐
///  │ Chirurgen Utrecht · bijeenkomst van 05-11-2026 19:00–21:30          │
///  │                                                                     │
///  │ BIG-nummers van de 5 aanwezigen, te plakken bij Importeren in GAIA: │
///  │   01234567890  Anna de Vries                                        │
///  │   …                                                                 │
///  │ 1 aanwezige zonder BIG-nummer staat er niet in: Eva Smit            │
///  │                                                                     │
///  │ Naar het klembord gestuurd (OSC 52) …                               │
///  │                                                                     │
///  │ Nog niet ingevoerd in GAIA; uiterlijk 05-12-2026.                   │
///  └───────────────────────────────────────────────────── Esc sluit ────┘
/// ```
extension GAIADialog {
    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
        guard let (group, meeting) = meeting(state) else { return }
        let numbers = group.gaiaBIGNumbers(of: meeting)
        let withoutBIG = group.presentWithoutBIG(at: meeting)

        var head = [Dialog.Line(GAIATexts.meetingLine(group.name, meeting.date, time: meeting.time).text(language)), Dialog.Line("")]
        head.append(numbers.isEmpty ? Dialog.Line(GAIATexts.nobodyWithBIG.text(language), .warning)
                                    : Dialog.Line(GAIATexts.listHeading(numbers.count).text(language)))
        var tail: [Dialog.Line] = []
        if !withoutBIG.isEmpty {
            tail.append(Dialog.Line(GAIATexts.withoutBIG(withoutBIG.map(\.name)).text(language), .warning))
        }
        if let copy {
            tail += [Dialog.Line(""), Dialog.Line(GAIATexts.copy(copy).text(language), copy == .sent ? .ok : copy == .notSent ? .warning : .muted)]
        }
        tail += [Dialog.Line(""), status(group, meeting, state)]

        // One number a line with its member's name, as pasted; packed four a line without names
        // when the screen is too low for that.
        let present = Set(meeting.attendance.filter(\.present).map(\.memberID))
        let named = group.members.filter { present.contains($0.id) && $0.big != nil }.map { "  \($0.big!.digits)  \($0.name)" }
        let packed = stride(from: 0, to: numbers.count, by: 4).map { start in
            "  " + numbers[start..<min(numbers.count, start + 4)].map(\.digits).joined(separator: "   ")
        }
        // The dialog's lines as it wraps them (`Dialog.draw`: 72 wide at most, 4 for the frame).
        let inner = min(72, canvas.size.width - 4) - 4
        func height(_ lines: [Dialog.Line]) -> Int {
            lines.reduce(0) { $0 + ($1.text.isEmpty ? 1 : TextLayout.wrap($1.text, width: max(1, inner)).count) }
        }
        let room = max(0, canvas.size.height - 6) - height(head) - height(tail)
        let list = (named.count <= room ? named : packed).map { Dialog.Line($0, .input) }
        Dialog(title: GAIATexts.name.text(language), lines: head + list + tail, footer: GroupTexts.dialogClose.text(language))
            .draw(on: &canvas)
    }

    /// Entered on a date, or not yet with the date it is due by (the group's action says).
    private func status(_ group: Group, _ meeting: Meeting, _ state: AppState) -> Dialog.Line {
        let language = state.language
        if let reported = meeting.reported { return Dialog.Line(GAIATexts.entered(reported).text(language), .ok) }
        let action = state.report(groupID).flatMap { report in
            Agenda.actions(for: group, report: report).first { $0.kind == .reportAttendance && $0.meetingID == meeting.id }
        }
        guard let action else { return Dialog.Line(GAIATexts.notEntered(due: nil).text(language), .warning) }
        return Dialog.Line(GAIATexts.notEntered(due: action.due).text(language), action.isOverdue ? .error : .warning)
    }
}
