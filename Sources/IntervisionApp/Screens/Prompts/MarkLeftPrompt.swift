import IntervisionCore

/// `x` on a member: the date the person is no longer a member (default today, or the date they left).
public struct MarkLeftPrompt: DialogScreen, Equatable {
    public var groupID: GroupID
    public var memberID: MemberID
    public var name: String
    public var date: TextField
    public var error: LocalizedText?

    init(leaving member: Member, of group: Group, _ state: AppState) {
        groupID = group.id
        memberID = member.id
        name = member.name
        date = TextField(Format.date(member.left ?? state.today, state.language))
    }

    var keyScope: KeyScope { .inlineField }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .acceptInput: return markLeft(&state)
        case .cancelInput: return Outcome([], .pop)
        default:
            if date.handle(key) { error = nil }
            return Outcome()
        }
    }

    private mutating func markLeft(_ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        let day: CivilDate
        switch CivilDate.parse(date.text) {
        case .success(let parsed): day = parsed
        case .failure(let error):
            self.error = error.message
            return Outcome()
        }
        var changed = group
        do throws(EditError) {
            try changed.markLeft(memberID.rawValue, on: day)
        } catch {
            self.error = error.message
            return Outcome()
        }
        let what = PromptTexts.undoMemberLeft(name, on: day)
        let effects = App.commit(changed, replacing: group, what: what, &state)
        state.message = StatusMessage(AppTexts.saved(what).text(state.language))
        return Outcome(effects, .pop)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        var lines = [Dialog.Line(PromptTexts.leftQuestion(name).text(language)), Dialog.Line("", .input)]
        let day = try? CivilDate.parse(date.text).get()
        if let error {
            lines.append(Dialog.Line(error.text(language), .error))
        } else if let day {
            lines.append(Dialog.Line(Format.longDate(day, language), .muted))
        }
        if let day, let group = state.group(groupID) {
            for warning in group.compositionWarnings(name: name, joined: nil, left: day, today: state.today) {
                lines.append(Dialog.Line("! GROUP_FIXED: " + warning.text(language), .warning))
            }
        }
        lines += [Dialog.Line(""), Dialog.Line(PromptTexts.leftExplain.text(language), .muted)]
        if let frame = Dialog(title: PromptTexts.leftTitle.text(language), lines: lines,
                              footer: PromptTexts.enterEsc.text(language)).draw(on: &canvas), let row = frame.rows[1] {
            let cursor = date.draw(on: &canvas, row: row, column: frame.column, width: min(16, frame.width))
            canvas.cursor = (row, cursor)
        }
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
