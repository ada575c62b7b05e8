import Dispatch
import Foundation

/// Spreads work over the cores: loading a thousand files, or judging a thousand groups, in the time
/// of a few hundred.
public enum Parallel {
    /// `[body(0), body(1), ...]`, computed by a few workers per core that each stride over the
    /// indices with their own `State` (a reusable buffer, say). Small inputs stay on one thread.
    public static func map<State, Result>(_ count: Int, makeState: @Sendable () -> State,
                                   _ body: @Sendable (inout State, Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        defer { slots.free() }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // Two workers per core, striding, even out items of uneven size (more only add start-up
        // cost, measured); below 32 items a thread costs more than it saves.
        let workers = max(1, min(count / 32, cores * 2))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = makeState()
            var index = worker
            while index < count {
                slots.set(index, body(&state, index))
                index += workers
            }
        }
        return slots.collect()
    }

    /// `[body(0), body(1), ...]` over the cores, for work that needs no state of its own.
    public static func map<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        map(count, makeState: { () }, { _, index in body(index) })
    }

    /// One slot per index, written by exactly one worker each and read after all have finished.
    /// That discipline (not the type system) is what makes sharing it between threads safe.
    private final class Slots<Value>: @unchecked Sendable {
        private let storage: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Value) { storage[index] = value }

        func collect() -> [Value] {
            (0..<count).map { storage[$0]! }
        }

        func free() {
            storage.deinitialize(count: count)
            storage.deallocate()
        }
    }
}
