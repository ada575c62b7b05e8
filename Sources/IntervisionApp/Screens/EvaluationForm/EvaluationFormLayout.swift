import IntervisionCore

/// The evaluation form as lines: the date, who took part (names that wrap), then per question its
/// text, a hint and an answer box that grows with the answer. Taller than a screen, so it scrolls;
/// the view draws these lines and `update` uses them to keep the cursor in view.
struct EvaluationFormLayout {
    struct Chip {
        var memberID: MemberID
        var text: String
        var column: Int
    }

    enum Line {
        case date
        /// Why the text above will not do (the date, an answer).
        case refusal(String, StyleRole)
        case year
        case blank
        case participantsHeading
        case participants([Chip])
        case question(String)
        case hint(String)
        /// Line `index` of the answer box of a question.
        case answer(EvaluationQuestion, index: Int)
    }

    let contentWidth: Int
    let visibleHeight: Int
    private(set) var lines: [Line] = []
    /// Where each part of the form starts.
    private(set) var blockTop: [EvaluationForm.Focus: Int] = [:]
    /// The line the cursor (or the chosen name) is on.
    private(set) var cursorLine = 0
    /// The last line of why the focused text will not do (under it), kept in view with the cursor.
    private(set) var refusalEnd: Int?

    static let minimumAnswerLines = 3

    /// The width of the answers (and the text around them) on a screen this wide.
    static func contentWidth(_ size: Size) -> Int { max(10, size.width - 4) }

    init(form: EvaluationForm, candidates: [Member], size: Size, language: Language) {
        contentWidth = Self.contentWidth(size)
        visibleHeight = max(1, size.height - 3)
        blockTop[.date] = 0
        lines.append(.date)
        if let refusal = form.dateRefusal {
            lines += TextLayout.wrap(refusal.text.text(language), width: contentWidth).map { Line.refusal($0, refusal.role) }
            if form.focus == .date { refusalEnd = lines.count - 1 }
        }
        blockTop[.year] = lines.count
        lines.append(.year)
        lines.append(.blank)
        blockTop[.participants] = lines.count
        lines.append(.participantsHeading)
        var row: [Chip] = []
        var column = 0
        for (index, member) in candidates.enumerated() {
            let mark = form.participants.contains(member.id) ? "[x] " : "[ ] "
            let text = mark + member.name
            let width = DisplayWidth.of(text)
            if column > 0 && column + width > contentWidth {
                lines.append(.participants(row))
                row = []
                column = 0
            }
            if form.focus == .participants && index == form.participantCursor { cursorLine = lines.count }
            row.append(Chip(memberID: member.id, text: text, column: column))
            column += width + 3
        }
        lines.append(.participants(row))
        for question in EvaluationQuestion.allCases {
            lines.append(.blank)
            blockTop[.answer(question)] = lines.count
            lines += Self.wrap(question.text.text(language), contentWidth).map { Line.question($0) }
            lines += Self.wrap(question.hint.text(language), contentWidth).map { Line.hint($0) }
            let area = form.answers[question] ?? TextArea()
            let first = lines.count
            let count = max(Self.minimumAnswerLines, area.lines(width: contentWidth).count)
            lines += (0..<count).map { Line.answer(question, index: $0) }
            if let refusal = form.answerRefusal(question) {
                lines += TextLayout.wrap(refusal.text.text(language), width: contentWidth).map { Line.refusal($0, refusal.role) }
                if form.focus == .answer(question) { refusalEnd = lines.count - 1 }
            }
            if form.focus == .answer(question) { cursorLine = first + area.location(width: contentWidth).line }
        }
        if form.focus == .date { cursorLine = 0 }
        if form.focus == .year { cursorLine = blockTop[.year] ?? 0 }
    }

    /// The form is laid out after every key: a text that fits is not split into words first.
    private static func wrap(_ text: String, _ width: Int) -> [String] {
        text.utf8.count <= width ? [text] : TextLayout.wrap(text, width: width)
    }

    /// The scroll position that shows the cursor, and the start of its part of the form when both fit.
    func scroll(from current: Int, focus: EvaluationForm.Focus) -> Int {
        let top = blockTop[focus] ?? 0
        var scroll = current
        if cursorLine < scroll { scroll = cursorLine - top < visibleHeight ? top : cursorLine }
        // The cursor in view, and the refusal under its text too when both fit.
        let bottom = refusalEnd.map { $0 - cursorLine < visibleHeight ? $0 : cursorLine } ?? cursorLine
        if bottom >= scroll + visibleHeight { scroll = bottom - visibleHeight + 1 }
        if top < scroll && cursorLine - top < visibleHeight { scroll = top }
        return max(0, min(scroll, max(0, lines.count - visibleHeight)))
    }
}

extension EvaluationForm {
    /// Who can take part: the members on the form's date (today while it does not read), plus those
    /// an edited evaluation names.
    func candidates(_ group: Group, today: CivilDate) -> [Member] {
        TypedDate.members(of: group, onTyped: date.text, today: today, plus: extraMembers)
    }

    /// Under the date: why it will not do, as typed or as refused by the last Ctrl-S.
    var dateRefusal: FieldRefusal? { FieldRefusal.pick(saved: dateError, typed: FieldCheck.date(date.text)) }

    /// Under an answer: why it will not do (too long, a control character), as typed or as refused by the last Ctrl-S.
    func answerRefusal(_ question: EvaluationQuestion) -> FieldRefusal? {
        FieldRefusal.pick(saved: answerErrors[question], typed: answers[question].flatMap { FieldCheck.text($0.text, .longText) })
    }

    /// The year the evaluation is recorded for, as `recordEvaluation` will decide it: the one chosen;
    /// an edit that keeps its date, the year it had; else Core's default for the typed date (today's
    /// while it does not read).
    func shownYear(_ group: Group, today: CivilDate) -> YearPlan? {
        if let year { return group.plans.first { $0.from == year } }
        let date = (try? CivilDate.parse(self.date.text).get()) ?? today
        if let recordedYear, recordedDate == date { return group.plans.first { $0.from == recordedYear } }
        return group.defaultEvaluationYear(on: date, excluding: editing)
    }

    /// The years ←→ go through: those judged now (not closed), and the one shown if it is not.
    func yearChoices(_ group: Group, report: GroupReport?, today: CivilDate) -> [YearPlan] {
        let judged = Set(report?.years.map(\.period.from) ?? [])
        var choices = group.plans.filter { judged.contains($0.from) }
        if let shown = shownYear(group, today: today), !choices.contains(where: { $0.from == shown.from }) { choices.append(shown) }
        return choices.sorted { $0.from < $1.from }
    }

    func layout(_ state: AppState) -> EvaluationFormLayout? {
        guard let group = state.group(groupID) else { return nil }
        return EvaluationFormLayout(form: self, candidates: candidates(group, today: state.today),
                                    size: state.size, language: state.language)
    }

    /// Keeps the cursor's line (and, when both fit, the start of its part) in view.
    mutating func clamp(_ state: AppState) {
        guard let lines = layout(state) else { return }
        scroll = lines.scroll(from: scroll, focus: focus)
    }
}
