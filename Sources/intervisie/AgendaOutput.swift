import IntervisionCore
import IntervisionExport
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

    /// `width`: the terminal's columns, to wrap the texts under their column; nil (a pipe): no wrapping.
    static func text(_ actions: [AgendaAction], today: CivilDate, language: Language, width: Int?) -> String {
        let nl = language == .nl
        guard !actions.isEmpty else { return nl ? "Niets te doen.\n" : "Nothing to do.\n" }
        let names = actions.map { TextCleaning.line($0.groupName) }
        let nameWidth = min(names.map(DisplayWidth.of).max() ?? 0, nameColumnLimit)
        // The severity column, as in `check`, only when some action answers a finding.
        let marked = actions.contains { $0.severity != nil }
        let indent = 2 + (marked ? 7 : 0) + nameWidth + 2
        var out = ""
        for (bucket, bucketActions) in Agenda.buckets(actions, today: today) {
            out += "\(bucket.title.text(language)) (\(bucketActions.count))\n"
            for action in bucketActions {
                let name = TextLayout.pad(TextCleaning.line(action.groupName), toWidth: nameWidth)
                var severity = ""
                if marked {
                    switch action.severity {
                    case .error?: severity = nl ? "FOUT   " : "ERROR  "
                    case .warning?: severity = nl ? "LET OP " : "WARN   "
                    case nil: severity = "       "
                    }
                }
                let text = TextCleaning.line(action.text.text(language))
                let lines = width.map { TextLayout.wrap(text, width: max($0 - indent, 20)) } ?? [text]
                out += "  \(severity)\(name)  \(lines[0])\n"
                for line in lines.dropFirst() { out += String(repeating: " ", count: indent) + line + "\n" }
            }
        }
        let overdue = actions.filter(\.isOverdue).count
        let summary = nl
            ? "\(CheckOutput.count(actions.count, "actie", "acties")), waarvan \(overdue) te laat"
            : "\(CheckOutput.count(actions.count, "action", "actions")), \(overdue) overdue"
        return out + summary + "\n"
    }
}
