import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionStore

/// One key event through update + view + diff on a large data set: what a key costs before curses
/// sends the changed cells.
enum KeyBench {
    static func run(groups count: Int, size: Size = Size(width: 120, height: 40)) {
        let today = CivilDate(year: 2026, month: 11, day: 22)!
        let clock = ContinuousClock()
        var data: DemoData.DataSet!
        let generate = clock.measure { data = DemoData.generate(groups: count, seed: 1, today: today) }
        var state: AppState!
        let load = clock.measure {
            state = AppState(size: size, today: today, environmentLanguage: .nl, groups: data.groups,
                             supervisor: data.supervisor, firstStart: false, methods: MethodLibrary(Store.shippedMethods))
        }
        let rounds = 2_000
        var changed = 0
        let overviewKeys: [Key] = [.down, .down, .pageDown, .up, .end, .home, .pageDown, .down]
        let elapsed = pressKeys(overviewKeys, rounds: rounds, on: state, clock: clock, changed: &changed)
        // Opening a group and switching tabs: the other common keys.
        var groupState = state!
        _ = App.update(&groupState, .key(.enter))
        let groupElapsed = pressKeys([.tab, .down, .tab, .down, .tab], rounds: rounds, on: groupState, clock: clock, changed: &changed)
        // The agenda: every action of every group by date, the same moves.
        var agendaState = state!
        _ = App.update(&agendaState, .key(.character("a")))
        let agendaElapsed = pressKeys(overviewKeys, rounds: rounds, on: agendaState, clock: clock, changed: &changed)
        // Typing a filter over all groups.
        var filterState = state!
        _ = App.update(&filterState, .key(.character("/")))
        let filterElapsed = clock.measure {
            for character in "chirurgen utrecht" {
                _ = App.update(&filterState, .key(.character(character)))
                _ = App.view(filterState)
            }
        }
        print("groups: \(count), screen \(size)")
        print("demo data generated in \(milliseconds(generate, 1)); reports, agendas, overview rows and agenda lines built in \(milliseconds(load, 1))")
        print("overview key (update + view + diff): \(milliseconds(elapsed, rounds)) per key")
        print("agenda key (update + view + diff, \(agendaState.catalog.agendaLines.count) lines): \(milliseconds(agendaElapsed, rounds)) per key")
        print("group screen key (update + view + diff): \(milliseconds(groupElapsed, rounds)) per key")
        print("filter keystroke over all groups (update + view): \(milliseconds(filterElapsed, 17)) per key")
        print("(changed runs: \(changed))")
    }

    /// `rounds` keys (cycling through `keys`), each through update + view + diff against the frame before.
    private static func pressKeys(_ keys: [Key], rounds: Int, on start: AppState, clock: ContinuousClock,
                                  changed: inout Int) -> Duration {
        var state = start
        var previous = App.view(state)
        var runs = 0
        let elapsed = clock.measure {
            for index in 0..<rounds {
                _ = App.update(&state, .key(keys[index % keys.count]))
                let canvas = App.view(state)
                runs += CanvasDiff.runs(from: previous, to: canvas).count
                previous = canvas
            }
        }
        changed += runs
        return elapsed
    }

    /// The mean time of one of `count` repetitions, as "0.123 ms".
    private static func milliseconds(_ duration: Duration, _ count: Int) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f ms", seconds * 1000 / Double(count))
    }
}
