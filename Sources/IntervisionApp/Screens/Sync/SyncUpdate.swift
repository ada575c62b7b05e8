import IntervisionCore

/// Sync in the app: one key starts it (an effect the runtime runs off the UI thread), its steps
/// show in the status bar, and when it is done the data folder is read again. A sync that fails
/// says why and changes nothing else: the app goes on working on the data here.
enum SyncUpdate {
    /// `S`: sync now, when the folder is synced and no sync runs.
    static func start(_ state: inout AppState) -> Outcome {
        let language = state.language
        guard var sync = state.sync else {
            state.message = StatusMessage(SyncTexts.notSynced.text(language))
            return Outcome()
        }
        guard sync.running == nil else {
            state.message = StatusMessage(SyncTexts.alreadyRunning.text(language))
            return Outcome()
        }
        sync.running = .committing
        state.sync = sync
        return Outcome([.share(.sync(language: language))])
    }

    static func received(_ result: ShareResult, _ state: inout AppState) -> [Effect] {
        let language = state.language
        switch result {
        case .syncStatus(let status):
            // A status read while a sync runs does not end it, nor forget why the last one failed.
            var status = status
            let failure = status?.failure ?? state.sync?.failure
            status?.running = state.sync?.running
            status?.failure = failure
            state.sync = status
            return []
        case .syncProgress(let step):
            state.sync?.running = step
            return []
        case .synced(let summary):
            // Sent: what this sync committed, and what earlier syncs committed but could not push.
            let sent = (state.sync?.unpushedCommits ?? 0) + summary.sent
            state.sync = summary.status
            var text = SyncTexts.synced(sent: sent, received: summary.received, conflicts: summary.conflicts).text(language)
            if !summary.notes.isEmpty { text += " " + summary.notes.map { $0.text(language) }.joined(separator: "; ") }
            state.message = StatusMessage(text)
            // The sync may have replaced files: this session reads them again before it saves.
            return [.share(.reloadData)]
        case .syncFailed(let reason, let status):
            state.sync = status
            state.sync?.failure = reason
            state.message = StatusMessage(SyncTexts.failed(reason).text(language), isError: true)
            // A failure after the merge (the push) has replaced files all the same.
            return [.share(.reloadData)]
        case .dataReloaded(let groups, let supervisor, let problems):
            state.catalog = GroupCatalog(groups: groups, supervisor: supervisor, today: state.today, role: state.settings.role)
            App.clampAll(&state)
            if !problems.isEmpty {
                state.message = StatusMessage(SyncTexts.reloadProblems(problems).text(language), isError: true)
            }
            return []
        case .reloadFailed(let reason):
            state.message = StatusMessage(SyncTexts.reloadFailed(reason).text(language), isError: true)
            return []
        default:
            return []
        }
    }
}
