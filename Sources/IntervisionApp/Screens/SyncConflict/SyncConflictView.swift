import IntervisionCore

/// The two versions side by side: a row per field and per member, what differs marked, the
/// chosen column's heading highlighted.
///
/// ```
/// ┌ Twee versies: bijeenkomst van 10-02-2027 ─────────────────────────────┐
/// │ Op twee machines verschillend vastgelegd. Kies welke versie blijft; … │
/// │                 ▸ Huidige (telt nu)         Andere machine            │
/// │ Onderwerp         Casus                       Casus                   │
/// │ Anna de Vries     · afwezig                   ✓ aanwezig              │
/// ```
enum SyncConflictView {
    struct Row {
        var label: String
        var current: String
        var other: String
        var isHeading = false
        var differs: Bool { current != other }
    }

    static func draw(_ canvas: inout Canvas, screen: SyncConflictScreen, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let width = min(80, canvas.size.width - 4)
        let inner = max(20, width - 4)
        let title = SyncConflictTexts.title(isMeeting: screen.isMeeting, date: screen.date).text(language)
        guard let versions = screen.versions(state) else {
            Dialog(title: title, lines: [Dialog.Line(SyncConflictTexts.gone.text(language))],
                   footer: SyncConflictTexts.footer.text(language)).draw(on: &canvas)
            return
        }
        let rows = self.rows(versions, language)
        let intro = TextLayout.wrap(SyncConflictTexts.intro.text(language), width: inner)
        let box = Box.draw(on: &canvas, innerWidth: inner, innerHeight: intro.count + 2 + rows.count,
                           title: title, footer: SyncConflictTexts.footer.text(language))
        var row = box.top
        for line in intro where row < box.top + box.height {
            canvas.write(line, row: row, column: box.left, role: .dialog)
            row += 1
        }
        row += 1
        let labelWidth = min(max(10, rows.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2, box.width / 3)
        let valueWidth = max(4, (box.width - labelWidth) / 2)
        let columns = [box.left + labelWidth, box.left + labelWidth + valueWidth]
        guard row < box.top + box.height else { return }
        for (index, (choice, heading)) in [(ConflictChoice.current, SyncConflictTexts.current), (.other, SyncConflictTexts.other)].enumerated() {
            let chosen = screen.choice == choice
            let text = (chosen ? "▸ " : "  ") + heading.text(language)
            if chosen { canvas.fill(row: row, column: columns[index], width: valueWidth - 1, role: .selection) }
            canvas.write(text, row: row, column: columns[index], maxWidth: valueWidth - 1, role: chosen ? .selection : .columnHeader)
        }
        row += 1
        for line in rows where row < box.top + box.height {
            canvas.write(line.label, row: row, column: box.left, maxWidth: labelWidth - 1, role: line.isHeading ? .title : .columnHeader)
            let role: StyleRole = line.differs ? .warning : .dialog
            canvas.write(line.current, row: row, column: columns[0] + 2, maxWidth: valueWidth - 3, role: role)
            canvas.write(line.other, row: row, column: columns[1] + 2, maxWidth: valueWidth - 3, role: role)
            row += 1
        }
    }

    static func rows(_ versions: SyncConflictScreen.Versions, _ language: Language) -> [Row] {
        switch versions {
        case .meeting(let current, let other, let group):
            var rows = [
                Row(label: SyncConflictTexts.date.text(language), current: Format.date(current.date, language), other: Format.date(other.date, language)),
                Row(label: SyncConflictTexts.topic.text(language), current: current.topic, other: other.topic),
                Row(label: SyncConflictTexts.method.text(language), current: current.method, other: other.method),
                Row(label: SyncConflictTexts.duration.text(language), current: hours(current.durationHours, language), other: hours(other.durationHours, language)),
                Row(label: SyncConflictTexts.attendance.text(language), current: "\(current.presentCount)/\(current.attendance.count)",
                    other: "\(other.presentCount)/\(other.attendance.count)", isHeading: true),
            ]
            for id in memberIDs(current.attendance.map(\.memberID) + other.attendance.map(\.memberID), group: group) {
                rows.append(Row(label: group.member(id)?.name ?? id.rawValue,
                                current: mark(current.attendance.first { $0.memberID == id }, language),
                                other: mark(other.attendance.first { $0.memberID == id }, language)))
            }
            return rows
        case .evaluation(let current, let other, let group):
            var rows = [
                Row(label: SyncConflictTexts.date.text(language), current: Format.date(current.date, language), other: Format.date(other.date, language)),
                Row(label: SyncConflictTexts.participants.text(language), current: "\(current.participants.count)",
                    other: "\(other.participants.count)", isHeading: true),
            ]
            for id in memberIDs(current.participants + other.participants, group: group) {
                func part(_ evaluation: Evaluation) -> String {
                    (evaluation.participants.contains(id) ? SyncConflictTexts.takesPart : SyncConflictTexts.notTakingPart).text(language)
                }
                rows.append(Row(label: group.member(id)?.name ?? id.rawValue, current: part(current), other: part(other)))
            }
            for (number, question) in EvaluationQuestion.allCases.enumerated() {
                rows.append(Row(label: SyncConflictTexts.question(number + 1).text(language),
                                current: oneLine(current.answers[question]), other: oneLine(other.answers[question])))
            }
            return rows
        }
    }

    /// The members of either version, in the group's order (unknown ids last).
    private static func memberIDs(_ ids: [MemberID], group: Group) -> [MemberID] {
        var seen = Set<MemberID>()
        let unique = ids.filter { seen.insert($0).inserted }
        let known = group.members.map(\.id).filter { seen.contains($0) }
        return known + unique.filter { id in !known.contains(id) }
    }

    private static func mark(_ entry: Attendance?, _ language: Language) -> String {
        guard let entry else { return SyncConflictTexts.notListed.text(language) }
        if entry.present { return SyncConflictTexts.present.text(language) }
        let text = (entry.excused ? SyncConflictTexts.excused : SyncConflictTexts.absent).text(language)
        return entry.reason.isEmpty ? text : text + " (" + entry.reason + ")"
    }

    private static func hours(_ value: Double?, _ language: Language) -> String {
        value.map { NumberInput.hoursText($0, language: language) } ?? "—"
    }

    private static func oneLine(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
