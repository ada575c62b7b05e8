import IntervisionCore

/// `x` on a member: the date the person is no longer a member (default today, or the date they left).
public struct MarkLeftPrompt: DatePrompt, Equatable {
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
        date.select()
    }

    var saveKind: SaveKind { .markLeft }

    var dialogTitle: LocalizedText { PromptTexts.leftTitle }

    func question(_ state: AppState) -> LocalizedText { PromptTexts.leftQuestion(name) }

    /// The fixed-composition warning leaving on that day causes, and what stays.
    func notes(_ day: CivilDate?, _ state: AppState) -> [Dialog.Line] {
        let language = state.language
        var lines: [Dialog.Line] = []
        if let day, let group = state.group(groupID) {
            for warning in group.compositionWarnings(name: name, joined: nil, left: day, today: state.today) {
                lines.append(Dialog.Line("! " + RuleID.groupFixed.shortName.text(language) + ": " + warning.text(language), .warning))
            }
        }
        return lines + [Dialog.Line(""), Dialog.Line(PromptTexts.leftExplain.text(language), .muted)]
    }

    func edit(_ group: inout Group, on day: CivilDate, _ state: AppState) throws(EditError) -> LocalizedText {
        try group.markLeft(memberID.rawValue, on: day)
        return PromptTexts.undoMemberLeft(name, on: day)
    }
}
