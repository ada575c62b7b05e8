import IntervisionCore

/// The sync's words in the status bar and its messages.
enum SyncTexts {
    static let never = LocalizedText(nl: "nog nooit", en: "never")
    static let yesterday = LocalizedText(nl: "gisteren", en: "yesterday")
    static let failedShort = LocalizedText(nl: "mislukt", en: "failed")
    static let notSynced = LocalizedText(nl: "Deze gegevensmap wordt niet gesynchroniseerd. Begin met 'intervisie sync init REMOTE' (zie docs/sync.md).",
                                         en: "This data folder is not synced. Start with 'intervisie sync init REMOTE' (see docs/sync.md).")
    static let alreadyRunning = LocalizedText(nl: "Er loopt al een synchronisatie.", en: "A sync is already running.")

    static func step(_ step: SyncStep) -> LocalizedText {
        switch step {
        case .committing: return LocalizedText(nl: "vastleggen…", en: "committing…")
        case .fetching: return LocalizedText(nl: "ophalen…", en: "fetching…")
        case .merging: return LocalizedText(nl: "samenvoegen…", en: "merging…")
        case .writing: return LocalizedText(nl: "schrijven…", en: "writing…")
        case .pushing: return LocalizedText(nl: "versturen…", en: "pushing…")
        }
    }

    /// "2 te versturen".
    static func unpushed(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "\(count) te versturen", en: "\(count) to push")
    }

    static func conflicts(_ count: Int) -> LocalizedText {
        count == 1 ? LocalizedText(nl: "1 conflict", en: "1 conflict") : LocalizedText(nl: "\(count) conflicten", en: "\(count) conflicts")
    }

    /// After a sync: what went out, what came in, and what is left to pick.
    static func synced(sent: Int, received: Int, conflicts: Int) -> LocalizedText {
        var nl = "Gesynchroniseerd: \(sent) verstuurd, \(received) ontvangen"
        var en = "Synced: \(sent) sent, \(received) received"
        if conflicts > 0 {
            let count = self.conflicts(conflicts)
            nl += " · \(count.nl): kies per groep op het tabblad bevindingen (Enter op SYNC_CONFLICT)"
            en += " · \(count.en): pick one on each group's findings tab (Enter on SYNC_CONFLICT)"
        }
        return LocalizedText(nl: nl + ".", en: en + ".")
    }

    static func failed(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Synchroniseren mislukt: \(reason.nl)", en: "Sync failed: \(reason.en)")
    }

    static func reloadFailed(_ reason: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "De gegevensmap kon na het synchroniseren niet opnieuw worden gelezen: \(reason.nl). Start intervisie opnieuw.",
                      en: "The data folder could not be read again after the sync: \(reason.en). Restart intervisie.")
    }

    static func reloadProblems(_ problems: [LocalizedText]) -> LocalizedText {
        LocalizedText(nl: problems.map(\.nl).joined(separator: "; "), en: problems.map(\.en).joined(separator: "; "))
    }
}
