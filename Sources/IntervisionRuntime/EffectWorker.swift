import Dispatch
import Foundation
import IntervisionApp

/// Runs the app's effects on a thread of their own, one at a time and in the order asked, so the
/// event loop stays free while the data folder works: the screen is redrawn, a resize or Ctrl-C is
/// handled at once, even while a save waits for another program's lock (a few seconds at most).
/// What came of each effect is collected for the event loop, which feeds it to `App.update`.
public final class EffectWorker: @unchecked Sendable {
    /// Touched only on `queue`.
    private var runner: StoreEffectRunner
    private let queue = DispatchQueue(label: "intervisie.effects")
    private let lock = NSLock()
    /// Results not yet collected, and how many effects have finished; guarded by `lock`.
    private var results: [Event] = []
    private var finished = 0
    /// Signalled once per finished effect.
    private let done = DispatchSemaphore(value: 0)
    /// Effects handed over; read and written by the event loop only.
    private var submitted = 0

    public init(_ runner: StoreEffectRunner) {
        self.runner = runner
    }

    /// Effects handed over whose results have not all been collected.
    public var isWorking: Bool { submitted > lock.withLock { finished } }

    /// Hands an effect to the worker thread; its result comes back through `collect`.
    public func submit(_ effect: Effect) {
        submitted += 1
        queue.async {
            let events = self.runner.run(effect)
            self.lock.withLock {
                self.results += events
                self.finished += 1
            }
            self.done.signal()
        }
    }

    /// The results that have come in; while work is running and none has, waits up to `seconds`
    /// for one.
    public func collect(waitingUpTo seconds: Double = 0) -> [Event] {
        if seconds > 0, isWorking, lock.withLock({ results.isEmpty }) {
            _ = done.wait(timeout: .now() + seconds)
        }
        return lock.withLock {
            let collected = results
            results = []
            return collected
        }
    }
}
