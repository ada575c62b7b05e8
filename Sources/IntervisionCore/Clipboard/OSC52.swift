import Foundation

/// The terminal's clipboard: OSC 52 ("ESC ] 52 ; c ; <base64> BEL") asks the terminal to put a text on
/// the system clipboard. tmux (set-clipboard on/external) and most terminals pass it on; over ssh it
/// still reaches the user's own machine, which is why the GAIA list goes this way. Nothing is read
/// back, so whether it arrived cannot be known: the screen says the copy was *sent*.
public enum OSC52 {
    /// The sequence that copies `text` to the clipboard ("c"). `insideTmux`: wrapped in tmux's DCS
    /// passthrough (every ESC doubled), for a tmux whose set-clipboard is off but which allows
    /// passthrough; a plain sequence is what tmux itself takes by default.
    public static func copy(_ text: String, insideTmux: Bool = false) -> String {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        guard insideTmux else { return sequence }
        return "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }
}
