import IntervisionCore

enum MeetingResultView {
    /// What the saved meeting did: the next due date, whose attendance moved, and new errors.
    static func dialog(_ result: MeetingResult, state: AppState) -> Dialog {
        let language = state.language
        let changes = result.changes
        var lines = [Dialog.Line(Texts.format(.resultPresent, language, String(result.present), String(result.expected)))]
        if let due = changes.nextDueAfter {
            let text = changes.dueChanged && changes.nextDueBefore != nil
                ? Texts.format(.resultNextDueChanged, language, Format.date(due, language), Format.date(changes.nextDueBefore, language))
                : Texts.format(.resultNextDue, language, Format.date(due, language))
            lines.append(Dialog.Line(text, Format.dueRole(due, today: state.today) == .error ? .error : .ok))
        }
        if !changes.members.isEmpty {
            lines.append(Dialog.Line(""))
            lines.append(Dialog.Line(Texts.text(.resultAttendanceHeading, language), .title))
            for change in changes.members {
                let after = change.after
                let percent = (change.before.map { Format.percentage($0.percentage) + " → " } ?? "") + Format.percentage(after.percentage)
                var miss = after.canReach75 ? Texts.format(.resultMayMiss, language, String(after.mayStillMiss))
                    : Texts.text(.cannotReach75, language)
                if let before = change.before, before.mayStillMiss != after.mayStillMiss, before.canReach75 {
                    miss += " " + Texts.format(.resultWas, language, String(before.mayStillMiss))
                }
                let role: StyleRole = !after.canReach75 ? .error : after.mayStillMiss == 0 ? .warning : .dialog
                lines.append(Dialog.Line("  \(change.name): \(percent) · \(miss)", role))
            }
        }
        lines.append(Dialog.Line(""))
        if changes.newErrors.isEmpty {
            lines.append(Dialog.Line(Texts.text(.resultNoNewErrors, language), .ok))
        } else {
            for finding in changes.newErrors {
                lines.append(Dialog.Line(Texts.format(.resultError, language, finding.message.text(language)), .error))
            }
        }
        for finding in changes.resolvedErrors {
            lines.append(Dialog.Line(Texts.format(.resultResolved, language, finding.message.text(language)), .ok))
        }
        let date = Format.date(result.date, language)
        let title = Texts.format(result.isNew ? .resultTitleNew : .resultTitleChanged, language, date)
        return Dialog(title: title, lines: lines, footer: Texts.text(.resultFooter, language))
    }
}
