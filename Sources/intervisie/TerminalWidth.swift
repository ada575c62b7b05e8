import Foundation

/// The width of the terminal standard output goes to: from the terminal itself, else `$COLUMNS`;
/// nil when output goes to a pipe or file without `$COLUMNS` (then lines are not wrapped, for grep).
enum TerminalWidth {
    static func ofStandardOutput() -> Int? {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }
}
