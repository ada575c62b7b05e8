import IntervisionCore

extension App {
    /// What came of an import, passphrase or sync effect goes to the screen (or the status) that asked.
    static func shared(_ result: ShareResult, _ state: inout AppState) -> [Effect] {
        switch result {
        case .pathCompletions, .handoverOpened, .handoverNeedsPassphrase, .handoverFailed:
            return ImportScreen.received(result, &state)
        case .passphraseProposed(let words):
            return PassphraseScreen.proposed(words, &state)
        case .syncStatus, .syncProgress, .synced, .syncFailed, .dataReloaded, .reloadFailed:
            return SyncUpdate.received(result, &state)
        }
    }
}
