import IntervisionCore

/// `i` on a group, Ctrl-G on the plan form: the day the yearly plan went in to GAIA, today unless
/// typed otherwise. Exporting is not applying; this date is (PLAN_BEFORE_FIRST). A day after today
/// is refused by Core (mark it once it happened); `u` undoes the marking.
public struct MarkSubmittedPrompt: DialogScreen, Equatable {
    public var groupID: GroupID
    /// The plan's first day names it.
    public var planFrom: CivilDate
    public var date: TextField
    public var error: LocalizedText?

    init(groupID: GroupID, planFrom: CivilDate, _ state: AppState) {
        self.groupID = groupID
        self.planFrom = planFrom
        date = TextField(Format.date(state.today, state.language))
    }

    /// The dialog for the plan the group screen is about (the one still to hand in), or a message
    /// when the group has no plan.
    static func open(for content: GroupContent, _ state: inout AppState) -> Outcome {
        guard let plan = content.workingPlan else {
            state.message = StatusMessage(ExportTexts.noPlan.text(state.language), isError: true)
            return Outcome()
        }
        return Outcome([], .push(MarkSubmittedPrompt(groupID: content.group.id, planFrom: plan.from, state)))
    }

    var keyScope: KeyScope { .inlineField }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .acceptInput: return markSubmitted(&state)
        case .cancelInput: return Outcome([], .pop)
        default:
            if date.handle(key) { error = nil }
            return Outcome()
        }
    }

    private mutating func markSubmitted(_ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        let day: CivilDate
        switch CivilDate.parse(date.text) {
        case .success(let parsed): day = parsed
        case .failure(let error):
            self.error = error.message
            return Outcome()
        }
        var changed = group
        let plan: YearPlan
        do throws(EditError) {
            plan = try changed.markSubmitted(from: planFrom, on: day, today: state.today)
        } catch {
            self.error = error.message
            return Outcome()
        }
        let what = YearPromptTexts.markedSubmitted(plan.period, on: day)
        let effects = App.commit(changed, replacing: group, what: what, &state)
        state.message = StatusMessage(AppTexts.saved(what).text(state.language))
        return Outcome(effects, .pop)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        guard let group = state.group(groupID), let plan = group.plans.first(where: { $0.from == planFrom }) else { return }
        let application = group.application(of: plan, supervisor: state.catalog.supervisor)
        var lines = [Dialog.Line(YearPromptTexts.submittedQuestion(plan.period).text(language)), Dialog.Line("", .input)]
        if let error {
            lines.append(Dialog.Line(error.text(language), .error))
        } else if let day = try? CivilDate.parse(date.text).get() {
            lines.append(Dialog.Line(Format.longDate(day, language), .muted))
        } else {
            lines.append(Dialog.Line(AppTexts.dateFormats.text(language), .muted))
        }
        lines.append(Dialog.Line(""))
        // Where the plan stands: the export (stale when changed since), and a date already marked.
        lines.append(Dialog.Line(application.exportState.text(language), application.changedSinceExport ? .warning : .dialog))
        if application.changedSinceExport { lines.append(Dialog.Line(YearPromptTexts.exportAgain.text(language), .warning)) }
        if let submitted = application.submitted {
            lines.append(Dialog.Line(YearPromptTexts.alreadySubmitted(submitted).text(language), .dialog))
        }
        lines += [Dialog.Line(""), Dialog.Line(YearPromptTexts.submittedExplain.text(language), .muted)]
        if let frame = Dialog(title: YearPromptTexts.submittedTitle.text(language), lines: lines,
                              footer: PromptTexts.enterEsc.text(language)).draw(on: &canvas), let row = frame.rows[1] {
            let cursor = date.draw(on: &canvas, row: row, column: frame.column, width: min(16, frame.width))
            canvas.cursor = (row, cursor)
        }
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
