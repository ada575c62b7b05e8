// A minimal launcher for the terminal UI until the command line (swift-argument-parser) lands on
// main; it will call the same entry point: `InteractiveApp.run(LaunchOptions(...))`.
import Foundation
import IntervisionCore
import IntervisionTUI
import Terminal

var arguments = Array(CommandLine.arguments.dropFirst())
var dataFolder = URL(fileURLWithPath: FileManager.default.homeDirectoryForCurrentUser.path + "/.intervisie")
var today: CivilDate?
var language: Language?
var exitAfterFirstFrame = false
var demoGroups = 0

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("intervisie: \(message)\n".utf8))
    exit(2)
}

while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else { fail("\(argument) needs a value") }
        return arguments.removeFirst()
    }
    switch argument {
    case "--data-dir": dataFolder = URL(fileURLWithPath: value())
    case "--today":
        let text = value()
        guard let date = CivilDate(text) else { fail("--today \(text): not a date (YYYY-MM-DD)") }
        today = date
    case "--lang":
        let text = value()
        guard let chosen = Language(rawValue: text) else { fail("--lang \(text): use nl or en") }
        language = chosen
    case "--bench-first-frame": exitAfterFirstFrame = true
    case "--demo-groups": demoGroups = Int(value()) ?? 0
    case "--bench-keys":
        exit(TUIBenchmark.run(groups: Int(value()) ?? 10_000))
    default: fail("unknown argument \(argument) (use --data-dir DIR, --today YYYY-MM-DD, --lang nl|en)")
    }
}

let now = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
let day = today ?? CivilDate(year: now.year!, month: now.month!, day: now.day!)!
var initial = LoadedData()
if demoGroups > 0 {
    let demo = DemoData.generate(groups: demoGroups, seed: 1, today: day)
    initial = LoadedData(settings: Settings(), supervisor: demo.supervisor, groups: demo.groups)
}
// Until the store lands the data lives in memory for the run (see docs/tui.md).
var options = LaunchOptions(dataFolder: dataFolder, today: day, language: language, store: InMemoryDataStore(initial))
options.exitAfterFirstFrame = exitAfterFirstFrame
exit(InteractiveApp.run(options))
