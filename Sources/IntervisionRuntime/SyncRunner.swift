import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionStore
import IntervisionSync

/// What a sync in the app needs: the data folder, and the `intervisie` program git runs as the
/// merge driver (`intervisie sync merge-driver`).
public struct SyncSetup: Sendable {
    public var folder: URL
    public var executable: String

    public init(folder: URL, executable: String) {
        self.folder = folder
        self.executable = executable
    }
}

/// `intervisie sync` and `sync status` for the app, through the same `SyncFolder`. It runs off the
/// UI thread with a store of its own: the app's store keeps what it read until the app reads the
/// folder again (`reloadData`), so a screen never saves over a file the sync replaced.
/// `today` is the app's (`--today`): the last sync is placed on its calendar (`moment`).
enum SyncRunner {
    static func status(_ setup: SyncSetup?, today: CivilDate) -> ShareResult {
        guard let setup else { return .syncStatus(nil) }
        let folder = SyncFolder(store: Store(folder: setup.folder), executable: setup.executable)
        guard folder.isRepository else { return .syncStatus(nil) }
        do throws(SyncError) {
            return .syncStatus(state(try folder.status(), today: today))
        } catch {
            // A synced folder whose git cannot be run (not installed): the bar says the sync fails, and why.
            var broken = SyncState(remote: "")
            broken.failure = error.message
            return .syncStatus(broken)
        }
    }

    static func sync(_ setup: SyncSetup?, language: Language, today: CivilDate, report: @Sendable (Event) -> Void) -> ShareResult {
        guard let setup else {
            return .syncFailed(SyncError.notARepository(folder: "").message, status: nil)
        }
        let folder = SyncFolder(store: Store(folder: setup.folder), executable: setup.executable, language: language)
        do throws(SyncError) {
            let result = try folder.sync { step in report(.effectResult(.share(.syncProgress(SyncRunner.step(step))))) }
            let status = (try? folder.status()).flatMap { state($0, today: today) } ?? SyncState(remote: result.remote)
            return .synced(SyncSummary(sent: result.committed.count, received: result.received.count, notes: result.notes,
                                       conflicts: result.conflicts.count, status: status))
        } catch {
            return .syncFailed(reason(error), status: (try? folder.status()).flatMap { state($0, today: today) })
        }
    }

    /// Why, for the status bar: what it means first (the bar cuts a long line), the details after.
    static func reason(_ error: SyncError) -> LocalizedText {
        guard case .remoteUnreachable(let remote, let detail) = error else { return error.message }
        return LocalizedText(nl: "de remote is niet bereikbaar; er is niets gewijzigd, werk gewoon verder en synchroniseer later (\(remote): \(detail))",
                             en: "the remote cannot be reached; nothing changed, keep working and sync later (\(remote): \(detail))")
    }

    /// The status as the status bar shows it; nil for a folder that is not synced.
    static func state(_ status: SyncStatus, today: CivilDate) -> SyncState? {
        guard status.synced else { return nil }
        return SyncState(remote: status.remote ?? "", lastSync: status.lastSync.map { moment($0, today: today) },
                         unpushedCommits: status.unpushedCommits)
    }

    /// A moment of this machine's clock on the app's calendar: as many days before the app's today
    /// as it was before the clock's (`now`). With `--today` a sync made a minute ago is today's, not
    /// one on a day after the app's today; without it the two calendars are the same.
    static func moment(_ date: Date, today: CivilDate, now: Date = Date()) -> LocalMoment {
        var moment = local(date)
        moment.date = moment.date.adding(days: local(now).date.days(until: today))
        return moment
    }

    /// A moment on this machine's clock and calendar.
    private static func local(_ date: Date) -> LocalMoment {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(year: 1970, month: 1, day: 1)!
        return LocalMoment(date: day, hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }

    static func step(_ step: SyncFolder.Step) -> SyncStep {
        switch step {
        case .committing: return .committing
        case .fetching: return .fetching
        case .merging: return .merging
        case .writing: return .writing
        case .pushing: return .pushing
        }
    }
}
