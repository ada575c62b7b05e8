import Foundation
import IntervisionCore

/// Everything the command line shows on a terminal goes through here. Text from data (a name, a
/// topic, a path, a message that quotes them) may hold ESC, BEL or an OSC 52 sequence: it is shown
/// with every control character as a visible picture (`ControlPictures`), so previewing somebody
/// else's file can never clear the screen or write the clipboard. `--json` output is the one
/// exception: it is exact JSON, where control characters are escaped, not altered.
enum Output {
    /// One line on standard output.
    static func line(_ text: String) {
        write(ControlPictures.visible(text) + "\n", to: .standardOutput)
    }

    /// Fields separated by tabs (for `cut` and `awk`), each field shown safely, on standard output.
    static func row(_ fields: [String]) {
        write(fields.map(ControlPictures.visible).joined(separator: "\t") + "\n", to: .standardOutput)
    }

    /// A question without a line end (the answer is typed after it), on standard output or error.
    static func prompt(_ text: String, onStandardError: Bool = false) {
        write(ControlPictures.visible(text), to: onStandardError ? .standardError : .standardOutput)
    }

    /// One line on standard error: warnings and refusals.
    static func error(_ text: String) {
        write(ControlPictures.visible(text) + "\n", to: .standardError)
    }

    /// JSON as it is (its strings are escaped already).
    static func json(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
