import IntervisionCore

/// `c` on a group: closes the oldest year that ended and is not closed. A year is closed by the
/// supervisor, not by the calendar; the dialog first lists the errors that closing leaves open
/// (`Group.closingErrors`), since closing with errors is allowed: they are history, and the members
/// they concern get no hours for that year. `u` undoes the closing.
public struct CloseYearPrompt: DialogScreen, Equatable {
    public var groupID: GroupID
    public var year: YearPeriod
    /// The year's errors as they stood when the dialog opened.
    public var errors: [Finding]

    /// The dialog for the oldest ended year of the group, or a message saying why there is none.
    static func open(for content: GroupContent, _ state: inout AppState) -> Outcome {
        let language = state.language
        guard let ended = content.yearToClose else {
            let running = content.report.years.first { $0.state == .running }
            let text = running.map { YearPromptTexts.notEndedYet($0.period) } ?? YearPromptTexts.nothingToClose
            state.message = StatusMessage(text.text(language))
            return Outcome()
        }
        return Outcome([], .push(asking(ended.period, of: content.group, state)))
    }

    /// The dialog for one year of a group (the agenda's close-year action names its year).
    static func asking(_ year: YearPeriod, of group: Group, _ state: AppState) -> CloseYearPrompt {
        let errors = group.closingErrors(from: year.from, supervisor: state.catalog.supervisor, today: state.today)
        return CloseYearPrompt(groupID: group.id, year: year, errors: errors)
    }

    var keyScope: KeyScope { .confirm }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { YearPromptTexts.closeName.text(state.language) }

    func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        // The dialog stays until the store answers (`saveAnswered`).
        case .confirm: return Outcome(close(&state))
        case .cancelInput: return Outcome([], .pop)
        default: return Outcome()
        }
    }

    private func close(_ state: inout AppState) -> [Effect] {
        guard let group = state.group(groupID) else { return [] }
        var changed = group
        do throws(EditError) {
            try changed.closeYear(from: year.from, on: state.today)
        } catch {
            state.message = StatusMessage(error.message.text(state.language), isError: true)
            return []
        }
        return App.save(changed, .yearClosed, replacing: group, what: YearPromptTexts.closed(year), &state)
    }

    /// Closed: the dialog closes and says so. Refused: the refusal takes its place.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .yearClosed, answer.isConfirmed else { return Outcome() }
        state.message = StatusMessage(AppTexts.saved(answer.save.what).text(state.language))
        return Outcome([], .pop)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        var before = [Dialog.Line(YearPromptTexts.closeQuestion(year).text(language)), Dialog.Line("")]
        var after: [Dialog.Line] = [Dialog.Line("")]
        if errors.isEmpty {
            before.append(Dialog.Line(YearPromptTexts.closeNoErrors.text(language), .ok))
        } else {
            before.append(Dialog.Line(YearPromptTexts.errorsStayOpen(errors.count).text(language)))
            after += [Dialog.Line(YearPromptTexts.closeWithErrors.text(language)), Dialog.Line("")]
        }
        after.append(Dialog.Line(YearPromptTexts.closeAfter.text(language), .muted))
        let listed = Self.errorLines(errors, room: Self.bodyRoom(canvas.size) - Self.height(before + after, canvas.size),
                                     width: Self.innerWidth(canvas.size), language: language)
        Dialog(title: YearPromptTexts.closeTitle.text(language), lines: before + listed + after,
               footer: PromptTexts.yesNo.text(language)).draw(on: &canvas)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }

    /// As many errors as fit in `room` lines (each wrapped), and "… and 3 more" for the rest.
    static func errorLines(_ errors: [Finding], room: Int, width: Int, language: Language) -> [Dialog.Line] {
        var lines: [Dialog.Line] = []
        var used = 0
        for (index, finding) in errors.enumerated() {
            let line = Dialog.Line("!! " + finding.message.text(language), .error)
            let needed = height([line], width: width)
            let left = errors.count - index - 1
            guard used + needed + (left > 0 ? 1 : 0) <= room else {
                lines.append(Dialog.Line(YearPromptTexts.moreErrors(errors.count - index).text(language), .error))
                break
            }
            lines.append(line)
            used += needed
        }
        return lines
    }

    /// The dialog's text width and the lines it has room for on a screen this size (as `Dialog` lays out).
    private static func innerWidth(_ size: Size) -> Int { min(72, size.width - 4) - 4 }
    private static func bodyRoom(_ size: Size) -> Int { max(0, size.height - 6) }

    private static func height(_ lines: [Dialog.Line], _ size: Size) -> Int { height(lines, width: innerWidth(size)) }

    private static func height(_ lines: [Dialog.Line], width: Int) -> Int {
        lines.reduce(0) { total, line in
            total + (line.text.isEmpty || DisplayWidth.of(line.text) <= width ? 1 : TextLayout.wrap(line.text, width: max(1, width)).count)
        }
    }
}
