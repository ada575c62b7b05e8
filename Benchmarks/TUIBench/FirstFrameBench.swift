import Foundation
import IntervisionCore
import IntervisionRuntime
import Terminal

/// Start-up as a user meets it: the real `InteractiveApp.run` (load the folder, build the reports,
/// start curses, draw), stopped right after the first frame is on the screen.
enum FirstFrameBench {
    static func run(folder: String, today text: String, language: String) -> Int32 {
        guard let today = try? CivilDate.parse(text).get(), let chosen = Language(rawValue: language) else {
            FileHandle.standardError.write(Data("tui-bench: first-frame needs a date YYYY-MM-DD and nl or en\n".utf8))
            return 2
        }
        let started = ContinuousClock.now
        let dataFolder = URL(fileURLWithPath: folder)
        var options = LaunchOptions(dataFolder: dataFolder, today: today, language: chosen,
                                    store: FolderDataStore(folder: dataFolder))
        var elapsed = Duration.zero
        var groups = 0
        options.afterFirstFrame = { state in
            elapsed = ContinuousClock.now - started
            groups = state.catalog.count
            return true
        }
        let status = InteractiveApp.run(options)
        guard status == 0 else { return status }
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        // After the app has given the terminal back, on stderr as scripts/bench-tui collects it.
        FileHandle.standardError.write(Data(String(format: "first frame after %.1f ms (%d groups)\n", milliseconds, groups).utf8))
        return 0
    }
}
