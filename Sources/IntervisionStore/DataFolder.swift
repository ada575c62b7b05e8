import Foundation

/// Where the data lives. The order is the product's: `--data-dir`, else `$INTERVISIE_DATA`, else
/// `$XDG_DATA_HOME/intervisie`, else `~/.local/share/intervisie`.
public enum DataFolder {
    /// The data folder for an explicit `--data-dir` value (nil when not given), the process
    /// environment and the home folder. Pure: it reads and creates nothing.
    public static func resolve(explicit: String?, environment: [String: String], home: String) -> URL {
        if let explicit, !explicit.isEmpty {
            return URL(fileURLWithPath: expandTilde(explicit, home: home), isDirectory: true).standardizedFileURL
        }
        if let value = environment["INTERVISIE_DATA"], !value.isEmpty {
            return URL(fileURLWithPath: expandTilde(value, home: home), isDirectory: true).standardizedFileURL
        }
        // The XDG spec: an empty or relative XDG_DATA_HOME is invalid and must be ignored.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("intervisie", isDirectory: true)
                .standardizedFileURL
        }
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/intervisie", isDirectory: true).standardizedFileURL
    }

    /// The data folder of this process: its environment and the user's home folder.
    public static func current(explicit: String?) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return resolve(explicit: explicit, environment: environment, home: home)
    }

    /// `~` and `~/...` as the shell would have expanded them (a value from a config or a quoted
    /// argument reaches us unexpanded).
    private static func expandTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }
}
