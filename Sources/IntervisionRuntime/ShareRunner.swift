import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionCrypto
import IntervisionStore

/// The sharing screens' effects: completing a path, opening a hand-over file (plain or age, read
/// as the command line reads it: `HandoverFile`), proposing a passphrase, and the sync (`SyncRunner`).
enum ShareRunner {
    /// The hand-over file at `path` (as typed): its group, or that it needs a passphrase, or why not.
    static func openHandover(_ path: String, passphrase: String?) -> ShareResult {
        let file = ExportRunner.expand(path)
        do throws(HandoverError) {
            let data = try HandoverFile.read(file)
            if HandoverFile.isEncrypted(data) && passphrase == nil { return .handoverNeedsPassphrase(path: file) }
            let group = try HandoverFile.group(from: data, passphrase: passphrase, source: file)
            return .handoverOpened(path: file, group: group, usableID: GroupFileName.isValid(group.id))
        } catch {
            return .handoverFailed(error.message, wrongPassphrase: error.isWrongPassphrase)
        }
    }

    static func proposePassphrase() -> ShareResult {
        .passphraseProposed(GeneratedPassphrase.make())
    }

    /// The data folder read again, as at start (after a sync replaced files).
    static func reload(_ store: DataStore) -> ShareResult {
        do {
            let loaded = try store.load()
            return .dataReloaded(groups: loaded.groups, supervisor: loaded.supervisor, problems: loaded.problems)
        } catch let error as StoreError {
            return .reloadFailed(error.message)
        } catch {
            let text = String(describing: error)
            return .reloadFailed(LocalizedText(nl: text, en: text))
        }
    }
}
