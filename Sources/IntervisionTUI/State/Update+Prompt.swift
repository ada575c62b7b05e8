import IntervisionCore

/// The dialogs of issue 4: confirmations (delete, discard), leaving a member, what a saved meeting
/// did, and a method's steps. (Exporting an evaluation uses the export dialog, `Update+Export`.)
extension App {
    static func prompt(_ key: Key, _ action: Action?, _ prompt: inout Prompt, _ state: inout AppState) -> Outcome {
        switch prompt {
        case .confirmDelete(let request):
            switch action {
            case .confirm: return Outcome(delete(request, &state), .pop)
            case .cancelInput: return Outcome([], .pop)
            default: return Outcome()
            }
        case .discardChanges:
            switch action {
            case .confirm: return Outcome([], .popTwo)
            case .cancelInput: return Outcome([], .pop)
            default: return Outcome()
            }
        case .markLeft(var leaving):
            defer { prompt = .markLeft(leaving) }
            switch action {
            case .acceptInput: return markLeft(&leaving, &state)
            case .cancelInput: return Outcome([], .pop)
            default:
                if leaving.date.handle(key) { leaving.error = nil }
                return Outcome()
            }
        case .meetingResult:
            switch action {
            case .closeDialog: return Outcome([], .pop)
            case .undo: return Outcome(undo(&state), .pop)
            default: return Outcome()
            }
        case .methodSteps(var panel):
            defer { prompt = .methodSteps(panel) }
            switch action {
            case .closeDialog:
                return Outcome([], .pop)
            case .nextValue, .previousValue:
                guard !panel.names.isEmpty else { return Outcome() }
                panel.index = (panel.index + (action == .nextValue ? 1 : -1) + panel.names.count) % panel.names.count
                panel.scroll = 0
            case .moveUp:
                panel.scroll = max(0, panel.scroll - 1)
            case .moveDown:
                panel.scroll = min(panel.scroll + 1, MethodPanelText.maximumScroll(panel, state))
            default:
                break
            }
            return Outcome()
        }
    }

    private static func delete(_ request: DeleteRequest, _ state: inout AppState) -> [Effect] {
        guard let group = state.group(request.groupID) else { return [] }
        var changed = group
        do throws(EditError) {
            switch request.target {
            case .meeting(let id): try changed.deleteMeeting(id: id)
            case .evaluation(let id): try changed.deleteEvaluation(id: id)
            }
        } catch {
            state.message = StatusMessage(error.message.text(state.language), isError: true)
            return []
        }
        let what = LocalizedText(nl: Texts.format(.undoDeleted, .nl, request.label.nl), en: Texts.format(.undoDeleted, .en, request.label.en))
        let effects = commit(changed, replacing: group, what: what, &state)
        state.message = StatusMessage(Texts.format(.messageDeleted, state.language, request.label.text(state.language)))
        return effects
    }

    private static func markLeft(_ leaving: inout MarkLeftPrompt, _ state: inout AppState) -> Outcome {
        guard let group = state.group(leaving.groupID) else { return Outcome([], .pop) }
        let date: CivilDate
        switch CivilDate.parse(leaving.date.text) {
        case .success(let parsed): date = parsed
        case .failure(let error):
            leaving.error = error.message
            return Outcome()
        }
        var changed = group
        do throws(EditError) {
            try changed.markLeft(leaving.memberID.rawValue, on: date)
        } catch {
            leaving.error = error.message
            return Outcome()
        }
        let what = LocalizedText(nl: Texts.format(.undoMemberLeft, .nl, leaving.name, date.dutch),
                                 en: Texts.format(.undoMemberLeft, .en, leaving.name, date.iso))
        let effects = commit(changed, replacing: group, what: what, &state)
        state.message = StatusMessage(Texts.format(.messageSaved, state.language, what.text(state.language)))
        return Outcome(effects, .pop)
    }
}
