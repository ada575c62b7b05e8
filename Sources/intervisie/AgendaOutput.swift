import IntervisionCore
import IntervisionApp

/// How `agenda` prints actions: sections by when they are due, one line per action (wrapped to the
/// terminal's width when it has one), or the JSON shape scripts rely on.
enum AgendaOutput {
    /// `{"today": …, "actions": [{"group", "groupName", "kind", "due", "rule", "text", "severity", "overdue", "year"}]}`
    static func json(_ actions: [AgendaAction], today: CivilDate, language: Language) -> [UInt8] {
        var list = JSONOut.Array()
        for action in actions {
            list.append(JSONOut.Object()
                .string("group", action.groupID.rawValue).string("groupName", action.groupName)
                .string("kind", action.kind.rawValue).string("due", action.due.iso)
                .optionalString("rule", action.rule?.rawValue).string("text", action.text.text(language))
                .optionalString("severity", action.severity?.rawValue).bool("overdue", action.isOverdue)
                .optionalObject("year", action.year.map { JSONOut.Object().string("from", $0.from.iso).string("to", $0.to.iso) }))
        }
        return JSONOut.Object().string("today", today.iso).array("actions", list).closedBytes + [0x0A]
    }

    /// The widest a group's name may make its column; longer names are cut with "…".
    static let nameColumnLimit = 24

    /// The lines of the readable agenda. `width`: the terminal's columns, to wrap the texts under
    /// their column; nil (a pipe): no wrapping. Names and texts are laid out as `Output` will show
    /// them (control characters as pictures), so the columns line up.
    static func lines(_ actions: [AgendaAction], today: CivilDate, language: Language, width: Int?) -> [String] {
        guard !actions.isEmpty else { return [CommandText.nothingToDo.text(language)] }
        let names = actions.map { ControlPictures.visible($0.groupName) }
        let nameWidth = min(names.map(DisplayWidth.of).max() ?? 0, nameColumnLimit)
        // The severity column, as in `check`, only when some action answers a finding.
        let marked = actions.contains { $0.severity != nil }
        let indent = 2 + (marked ? 7 : 0) + nameWidth + 2
        var lines: [String] = []
        for (bucket, bucketActions) in Agenda.buckets(actions, today: today) {
            lines.append("\(bucket.title.text(language)) (\(bucketActions.count))")
            for action in bucketActions {
                let name = TextLayout.pad(ControlPictures.visible(action.groupName), toWidth: nameWidth)
                var severity = ""
                if marked {
                    switch action.severity {
                    case .error?: severity = CommandText.errorLabel.text(language) + " "
                    case .warning?: severity = CommandText.warningLabel.text(language) + " "
                    case nil: severity = "       "
                    }
                }
                let text = ControlPictures.visible(action.text.text(language))
                let wrapped = width.map { TextLayout.wrap(text, width: max($0 - indent, 20)) } ?? [text]
                lines.append("  \(severity)\(name)  \(wrapped[0])")
                for line in wrapped.dropFirst() { lines.append(String(repeating: " ", count: indent) + line) }
            }
        }
        lines.append(CommandText.agendaSummary(actions: actions.count, overdue: actions.filter(\.isOverdue).count).text(language))
        return lines
    }
}
