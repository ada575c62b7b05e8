import IntervisionCore
import IntervisionApp

/// Why the screens cannot open in this terminal: said on stderr (exit status 2) instead of drawing
/// a broken screen. The command line works in any terminal, so each message points there too.
enum TerminalProblem: Equatable {
    case termNotSet
    case unknown(term: String)
    case noTerminfo(term: String)
    case cannotAddressCursor(term: String)
    case notATerminal

    func message(_ language: Language) -> String {
        let name = Self.shown(term)
        let text: LocalizedText
        switch self {
        case .termNotSet:
            text = LocalizedText(
                nl: "de omgevingsvariabele TERM is niet gezet, dus het type terminal is onbekend (probeer TERM=xterm-256color)",
                en: "the TERM environment variable is not set, so the kind of terminal is unknown (try TERM=xterm-256color)")
        case .unknown:
            text = LocalizedText(
                nl: "terminaltype TERM=\(name) staat niet in de terminfo-database (probeer TERM=xterm-256color)",
                en: "terminal type TERM=\(name) is not in the terminfo database (try TERM=xterm-256color)")
        case .noTerminfo:
            text = LocalizedText(
                nl: "geen terminfo-database gevonden voor TERM=\(name) (installeer ncurses-base of ncurses-term)",
                en: "no terminfo database found for TERM=\(name) (install ncurses-base or ncurses-term)")
        case .cannotAddressCursor:
            text = LocalizedText(
                nl: "terminaltype TERM=\(name) kan de cursor niet verplaatsen, dus de schermen kunnen niet worden getekend",
                en: "terminal type TERM=\(name) cannot move the cursor, so the screens cannot be drawn")
        case .notATerminal:
            text = LocalizedText(
                nl: "de schermen hebben een terminal nodig; invoer of uitvoer is een bestand of een pipe",
                en: "the screens need a terminal; input or output is a file or a pipe")
        }
        let hint = LocalizedText(nl: "de opdrachten werken wel: intervisie --help",
                                 en: "the commands work without one: intervisie --help")
        return text.text(language) + "; " + hint.text(language)
    }

    private var term: String {
        switch self {
        case .unknown(let term), .noTerminfo(let term), .cannotAddressCursor(let term): return term
        case .termNotSet, .notATerminal: return ""
        }
    }

    /// TERM comes from the environment and may hold anything: shown with its control characters
    /// made visible, and cut short.
    private static func shown(_ term: String) -> String {
        let visible = ControlPictures.visible(term)
        return visible.count > 40 ? String(visible.prefix(40)) + "…" : visible
    }
}
