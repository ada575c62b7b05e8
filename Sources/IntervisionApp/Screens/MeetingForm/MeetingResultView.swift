import IntervisionCore

enum MeetingResultView {
    /// What the saved meeting did: the next due date, whose attendance moved, and new errors.
    static func dialog(_ result: MeetingResult, state: AppState) -> Dialog {
        let language = state.language
        let changes = result.changes
        var lines = [Dialog.Line(MeetingResultTexts.present(result.present, of: result.expected).text(language))]
        if let due = changes.nextDueAfter {
            let text = changes.dueChanged && changes.nextDueBefore != nil
                ? MeetingResultTexts.nextDueChanged(due, was: changes.nextDueBefore).text(language)
                : MeetingResultTexts.nextDue(due).text(language)
            lines.append(Dialog.Line(text, Format.dueRole(due, today: state.today) == .error ? .error : .ok))
        }
        if !changes.members.isEmpty {
            lines.append(Dialog.Line(""))
            lines.append(Dialog.Line(MeetingResultTexts.attendanceHeading.text(language), .title))
            for change in changes.members {
                let after = change.after
                let percent = (change.before.map { Format.percentage($0.percentage) + " → " } ?? "") + Format.percentage(after.percentage)
                var miss = after.canReach75 ? AppTexts.mayMiss(after.mayStillMiss).text(language)
                    : GroupTexts.cannotReach75.text(language)
                if let before = change.before, before.mayStillMiss != after.mayStillMiss, before.canReach75 {
                    miss += " " + MeetingResultTexts.was(before.mayStillMiss).text(language)
                }
                let role: StyleRole = !after.canReach75 ? .error : after.mayStillMiss == 0 ? .warning : .dialog
                lines.append(Dialog.Line("  \(change.name): \(percent) · \(miss)", role))
            }
        }
        lines.append(Dialog.Line(""))
        if changes.newErrors.isEmpty {
            lines.append(Dialog.Line(MeetingResultTexts.noNewErrors.text(language), .ok))
        } else {
            for finding in changes.newErrors {
                lines.append(Dialog.Line(MeetingResultTexts.error(finding.message).text(language), .error))
            }
        }
        for finding in changes.resolvedErrors {
            lines.append(Dialog.Line(MeetingResultTexts.resolved(finding.message).text(language), .ok))
        }
        let title = (result.isNew ? MeetingResultTexts.titleNew(result.date) : MeetingResultTexts.titleChanged(result.date)).text(language)
        return Dialog(title: title, lines: lines, footer: MeetingResultTexts.footer.text(language))
    }
}
