import CNcurses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IntervisionApp

/// The one owner of ncurses: start and stop, draw a canvas, read keys. Used from one thread only
/// (the event loop's), as curses requires.
final class CursesScreen {
    private(set) var colorDepth: ColorDepth = .none
    private var previous: Canvas?
    private var drawnTheme: Theme?
    private var pairs = ColorPairs()
    private var styles: [Style] = []
    private var isActive = false
    /// How long `nextEvent` waits for a key before it returns a tick, in milliseconds: a quarter
    /// second to notice quit signals, shorter while work off the UI thread may post results.
    var pollInterval: Int32 = 250 {
        didSet { if pollInterval != oldValue, isActive { wtimeout(shim_stdscr(), pollInterval) } }
    }

    /// Whether curses can drive the terminal this process runs in; `start` only when it can.
    static func checkTerminal() -> TerminalProblem? {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch shim_check_terminal() {
        case shim_terminal_usable: return nil
        case shim_terminal_unset: return .termNotSet
        case shim_terminal_unknown: return .unknown(term: term)
        case shim_terminal_no_database: return .noTerminfo(term: term)
        case shim_terminal_cannot_address: return .cannotAddressCursor(term: term)
        default: return .notATerminal
        }
    }

    /// Takes over the terminal. Signal handlers go in first, so ncurses keeps ours for quit and
    /// stop signals and installs only its SIGWINCH handler (which turns a resize into KEY_RESIZE).
    func start() {
        shim_install_signal_handlers()
        TerminalLocale.configure()
        initscr()
        isActive = true
        shim_set_curses_active(1)
        raw()  // Ctrl-C arrives as a key, so quitting is an event like any other
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        shim_set_escdelay(25)
        wtimeout(shim_stdscr(), pollInterval)  // wake up four times a second to notice quit signals
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()  // "default" is the user's own background; init_color is never called
            colorDepth = ColorDepth(colorCount: Int(shim_colors()))
        }
    }

    /// Ctrl-Z: gives the terminal back to the shell and stops the process; returns when the shell
    /// continues it (`fg`), with the next `draw` taking the terminal again and repainting every
    /// cell (the shell wrote over the screen meanwhile). Does nothing where no shell could
    /// continue the app (see `shim_may_stop`).
    func suspend() {
        guard isActive, shim_may_stop() != 0 else { return }
        shim_set_curses_active(0)
        endwin()
        shim_stop_process()
        _ = shim_take_continued()
        shim_set_curses_active(1)
        redrawAfterStop()
    }

    /// After a stop that was not ours (SIGSTOP, then SIGCONT): the shell may have changed the
    /// terminal's modes and written over the screen, so take it back as after a suspend.
    private func continued() {
        guard isActive else { return }
        endwin()
        redrawAfterStop()
    }

    /// With curses ended (`endwin`), the next `doupdate` takes the terminal back as ncurses does
    /// after any temporary exit: raw mode, the alternate screen, the keypad. A resize while the app
    /// was stopped sent it no SIGWINCH (the shell had the terminal), so the size is asked now: the
    /// first frame after `fg` is then drawn at the right size, not one frame later. The memory of
    /// the last frame goes, so that every cell is sent again.
    private func redrawAfterStop() {
        var height: Int32 = 0
        var width: Int32 = 0
        if shim_window_size(&height, &width) == OK, height != shim_lines() || width != shim_cols() {
            resizeterm(height, width)
        }
        previous = nil
        clearok(shim_stdscr(), true)
    }

    /// Gives the terminal back. Safe to call twice.
    func stop() {
        guard isActive else { return }
        isActive = false
        shim_set_curses_active(0)
        curs_set(1)
        endwin()
    }

    var size: Size { Size(width: Int(shim_cols()), height: Int(shim_lines())) }

    /// Writes a sequence the terminal acts on beside the screen (OSC 52, the clipboard) straight to
    /// it, whole, between two frames: `doupdate` has flushed what curses drew, and the sequence
    /// moves no cursor and prints nothing, so curses's picture of the screen stays true. False when
    /// curses is not running or the write failed.
    func send(_ sequence: String) -> Bool {
        guard isActive else { return false }
        fflush(nil)  // every stream: whatever curses left buffered goes first
        let bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Sends only the cells that changed since the last frame (everything after a resize or a
    /// theme change), then updates the physical screen once.
    func draw(_ canvas: Canvas, theme: Theme) {
        if theme != drawnTheme || previous?.size != canvas.size {
            drawnTheme = theme
            styles = StyleRole.allCases.map { theme.style($0) }
            previous = nil
            werase(shim_stdscr())
        }
        for run in CanvasDiff.runs(from: previous, to: canvas) {
            for column in run.column..<min(run.column + run.length, canvas.size.width) {
                drawCell(canvas, row: run.row, column: column)
            }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            wmove(shim_stdscr(), Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(shim_stdscr())
        doupdate()
        previous = canvas
    }

    private func drawCell(_ canvas: Canvas, row: Int, column: Int) {
        let cell = canvas[row, column]
        let style = styles[cell.role.index]
        let attributes = Self.cursesAttributes(style.attributes.union(cell.attributes))
        let pair = pairs.pair(foreground: style.foreground.paletteNumber, background: style.background.paletteNumber)
        if cell.isContinuation {
            // The left half drew a wide character, unless the terminal's own idea of its width
            // (the C library's, in the current locale) is narrower: then fill the gap with a blank.
            let left = column > 0 ? canvas[row, column - 1].symbol : ""
            guard let base = left.unicodeScalars.first, shim_wcwidth(wchar_t(base.value)) < 2 else { return }
            var blank: [wchar_t] = [32, 0]
            _ = shim_put_cell(Int32(row), Int32(column), &blank, attributes, pair)
            return
        }
        var chars = Self.terminalCharacters(cell.symbol)
        _ = shim_put_cell(Int32(row), Int32(column), &chars, attributes, pair)
    }

    /// A grapheme cluster as ncurses can hold it in one cell: the base character and up to four
    /// combining marks. Longer sequences (emoji joined with ZWJ) keep their first picture, so the
    /// grid stays aligned whatever the terminal makes of the rest.
    static func terminalCharacters(_ symbol: String) -> [wchar_t] {
        var result: [wchar_t] = []
        for scalar in symbol.unicodeScalars {
            if result.isEmpty {
                result.append(wchar_t(scalar.value))
                continue
            }
            if scalar.value == 0x200D || result.count >= 5 { break }
            guard DisplayWidth.isZeroWidthScalar(scalar) else { break }
            result.append(wchar_t(scalar.value))
        }
        if result.isEmpty { result.append(32) }
        result.append(0)
        return result
    }

    static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= shim_a_bold() }
        if attributes.contains(.underline) { result |= shim_a_underline() }
        if attributes.contains(.reverse) { result |= shim_a_reverse() }
        if attributes.contains(.dim) { result |= shim_a_dim() }
        return result
    }

    /// The next event: a quit signal that arrived, a key, a resize, or a tick when nothing happened
    /// within the timeout. SIGINT is the interrupt key sent as a signal, so it arrives as Ctrl-C
    /// does in raw mode. A SIGTSTP from outside suspends here, as Ctrl-Z does; coming back from
    /// any stop is a resize (the size may have changed), after which every cell is drawn again.
    func nextEvent() -> Event {
        if let event = signalEvent() { return event }
        var character: wint_t = 0
        let status = wget_wch(shim_stdscr(), &character)
        if let event = signalEvent() { return event }
        if status == ERR { return .tick }
        if status == KEY_CODE_YES {
            let code = Int32(character)
            if code == shim_key_resize() { return .resize(size) }
            return KeyDecoder.functionKey(code).map(Event.key) ?? .tick
        }
        return KeyDecoder.character(UInt32(character)).map(Event.key) ?? .tick
    }

    private func signalEvent() -> Event? {
        switch shim_take_quit_signal() {
        case 0: break
        case SIGINT: return .key(.control("c"))
        default: return .quitSignal
        }
        if shim_take_stop_request() != 0 {
            suspend()
            return .resize(size)
        }
        if shim_take_continued() != 0 {
            continued()
            return .resize(size)
        }
        return nil
    }
}

/// Colour pairs are allocated the first time a foreground/background combination is drawn.
struct ColorPairs {
    private var numbers: [Int: Int32] = [:]
    private var next: Int32 = 1

    mutating func pair(foreground: Int, background: Int) -> Int32 {
        if foreground == -1 && background == -1 { return 0 }
        let key = (foreground + 1) << 25 | (background + 1)
        if let existing = numbers[key] { return existing }
        guard Int(next) < Int(shim_color_pairs()) else { return 0 }
        let number = next
        guard shim_init_pair(number, Int32(foreground), Int32(background)) == OK else { return 0 }
        next += 1
        numbers[key] = number
        return number
    }
}
