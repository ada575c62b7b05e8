import IntervisionCore

/// `i` on a group, Ctrl-G on the plan form: the day the yearly plan went in to GAIA, today unless
/// typed otherwise. Exporting is not applying; this date is (PLAN_BEFORE_FIRST). A day after today
/// is refused by Core (mark it once it happened).
public struct MarkSubmittedPrompt: DatePrompt, Equatable {
    public var groupID: GroupID
    /// The plan's first day names it.
    public var planFrom: CivilDate
    public var date: TextField
    public var error: LocalizedText?

    init(groupID: GroupID, planFrom: CivilDate, _ state: AppState) {
        self.groupID = groupID
        self.planFrom = planFrom
        date = TextField(Format.date(state.today, state.language))
        date.select()
    }

    var saveKind: SaveKind { .planSubmitted }

    /// The dialog for the plan the group screen is about (the one still to hand in), or a message
    /// when the group has no plan.
    static func open(for content: GroupContent, _ state: inout AppState) -> Outcome {
        guard let plan = content.workingPlan else {
            state.message = StatusMessage(ExportTexts.noPlan.text(state.language), isError: true)
            return Outcome()
        }
        return Outcome([], .push(MarkSubmittedPrompt(groupID: content.group.id, planFrom: plan.from, state)))
    }

    var dialogTitle: LocalizedText { YearPromptTexts.submittedTitle }

    func question(_ state: AppState) -> LocalizedText {
        let plan = state.group(groupID)?.plans.first { $0.from == planFrom }
        return YearPromptTexts.submittedQuestion(plan?.period ?? YearPeriod.oneYear(from: planFrom))
    }

    /// Where the plan stands: its export (stale when the plan changed since), a date already marked.
    func notes(_ day: CivilDate?, _ state: AppState) -> [Dialog.Line] {
        guard let group = state.group(groupID), let plan = group.plans.first(where: { $0.from == planFrom }) else { return [] }
        let language = state.language
        let application = group.application(of: plan, supervisor: state.catalog.supervisor)
        var lines = [Dialog.Line(""),
                     Dialog.Line(application.exportState.text(language), application.changedSinceExport ? .warning : .dialog)]
        if application.changedSinceExport { lines.append(Dialog.Line(YearPromptTexts.exportAgain.text(language), .warning)) }
        if let submitted = application.submitted {
            lines.append(Dialog.Line(YearPromptTexts.alreadySubmitted(submitted).text(language)))
        }
        return lines + [Dialog.Line(""), Dialog.Line(YearPromptTexts.submittedExplain.text(language), .muted)]
    }

    func edit(_ group: inout Group, on day: CivilDate, _ state: AppState) throws(EditError) -> LocalizedText {
        let plan = try group.markSubmitted(from: planFrom, on: day, today: state.today)
        return YearPromptTexts.markedSubmitted(plan.period, on: day)
    }
}
