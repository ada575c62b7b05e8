import Foundation
import IntervisionApp
import IntervisionRuntime

/// Where work running off the UI thread (a sync, a passphrase's scrypt) leaves its events — its
/// progress and its results — for the event loop to feed into `App.update`. Curses and the app's
/// state stay on the loop's thread; the jobs touch neither.
final class EventInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    private var running = 0

    /// Whether a job is still running (the loop then looks in more often).
    var isBusy: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running > 0 || !events.isEmpty
    }

    /// Starts `job` on a thread of its own.
    func start(_ job: @escaping StoreEffectRunner.BackgroundJob) {
        lock.lock()
        running += 1
        lock.unlock()
        let thread = Thread { [self] in
            let results = job { self.post([$0]) }
            self.post(results, finished: true)
        }
        thread.name = "intervisie background work"
        thread.start()
    }

    private func post(_ new: [Event], finished: Bool = false) {
        lock.lock()
        events += new
        if finished { running -= 1 }
        lock.unlock()
    }

    /// The events posted since the last call, in order.
    func take() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let taken = events
        events = []
        return taken
    }
}
