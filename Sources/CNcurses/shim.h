// The C side of the terminal layer. Swift 6 rejects mutable C globals (stdscr, LINES, COLS)
// and cannot call ncurses macros, so they are wrapped here as small inline functions.
// Signal handlers live here too: a handler may only set a flag (or, for a fatal signal,
// restore the terminal and re-raise), and that is easiest to guarantee in plain C.
#ifndef INTERVISIE_CNCURSES_SHIM_H
#define INTERVISIE_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
// Linux keeps the wide-character ncurses apart (ncursesw); macOS's system ncurses is wide-capable
// under the plain name. The library is chosen per platform in Package.swift.
#if __has_include(<ncursesw/ncurses.h>)
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>
#else
#include <ncurses.h>
#include <term.h>
#endif

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline int shim_key_resize(void) { return KEY_RESIZE; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline int shim_color_pair(int n) { return COLOR_PAIR(n); }

/// ncurses 6 takes colour pair numbers as int (extended colours); older ones, such as macOS's
/// system ncurses 5.7, only as short.
static inline int shim_init_pair(int pair, int foreground, int background) {
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
    return init_extended_pair(pair, foreground, background);
#else
    return init_pair((short)pair, (short)foreground, (short)background);
#endif
}

/// How long a lone Esc waits for the rest of a key's escape sequence.
static inline void shim_set_escdelay(int milliseconds) {
#if defined(NCURSES_EXT_FUNCS) && NCURSES_EXT_FUNCS >= 20081102
    set_escdelay(milliseconds);
#else
    ESCDELAY = milliseconds;
#endif
}

/// The C library's width of a character in the current locale: what ncurses itself assumes.
extern int wcwidth(wchar_t c);
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }

/// Draws one cell: up to 5 wide characters (a base and its combining marks), with attributes and
/// colour pair, at (y, x). The cchar_t is built here because its layout is ncurses' business.
static inline int shim_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
    cchar_t cell;
    memset(&cell, 0, sizeof cell);
#if defined(NCURSES_EXT_COLORS) && NCURSES_EXT_COLORS
    if (setcchar(&cell, chars, attrs, 0, &pair) != OK) return ERR;
#else
    if (setcchar(&cell, chars, attrs, (short)pair, NULL) != OK) return ERR;
#endif
    return mvwadd_wch(stdscr, y, x, &cell);
}

// ---- Can curses drive this terminal? ----------------------------------------------------------

enum shim_terminal_verdict {
    shim_terminal_usable = 0,
    shim_terminal_unset,             // TERM is not set, or empty
    shim_terminal_unknown,           // terminfo has no entry for TERM
    shim_terminal_no_database,       // no terminfo database at all
    shim_terminal_cannot_address,    // no cursor addressing: dumb, hardcopy or generic terminals
    shim_terminal_not_a_terminal,    // standard input or output is a file or a pipe
};

/// Looks at TERM's terminfo entry before curses starts: `initscr` would exit with its own terse
/// message on an unknown terminal, and on one without cursor addressing (TERM=dumb) it draws a
/// broken screen. Reads the entry and lets it go again; prints nothing.
static inline enum shim_terminal_verdict shim_check_terminal(void) {
    const char *name = getenv("TERM");
    if (name == NULL || name[0] == '\0') return shim_terminal_unset;
    int status = 0;
    if (setupterm(NULL, STDOUT_FILENO, &status) != OK) {
        return status == -1 ? shim_terminal_no_database : shim_terminal_unknown;
    }
    const char *cursor_address_string = tigetstr("cup");
    int addressable = cursor_address_string != NULL && cursor_address_string != (const char *)-1
        && tigetflag("hc") <= 0 && tigetflag("gn") <= 0;
    del_curterm(cur_term);
    if (!addressable) return shim_terminal_cannot_address;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) return shim_terminal_not_a_terminal;
    return shim_terminal_usable;
}

/// The terminal's size as the kernel knows it now. (term.h makes `lines` and `columns` macros,
/// hence the names.)
static inline int shim_window_size(int *height, int *width) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return ERR;
    *height = size.ws_row;
    *width = size.ws_col;
    return OK;
}

// ---- Signals -------------------------------------------------------------------------------
// Each Swift source file that calls these gets its own copy of a header's static variables, so
// every call that touches the flags below is made from one file: Terminal/CursesScreen.swift.
// Handlers only set flags; the event loop acts on them, on the one thread that calls curses.

/// The last quit signal (SIGINT, SIGTERM, SIGHUP) received, 0 when none; read by the event loop.
static volatile sig_atomic_t shim_quit_signal_received = 0;
/// SIGTSTP from outside (`kill -TSTP`): the event loop suspends the app as Ctrl-Z does.
static volatile sig_atomic_t shim_stop_requested = 0;
/// SIGCONT: the process ran on after a stop the app did not see coming (SIGSTOP); redraw.
static volatile sig_atomic_t shim_continued = 0;
/// Whether the app may stop itself: not when it was started with SIGTSTP ignored (a parent
/// without job control, which could never continue it).
static volatile sig_atomic_t shim_can_stop = 1;
/// Set while curses owns the terminal, so the fatal handler knows whether to restore it.
static volatile sig_atomic_t shim_curses_active = 0;

static inline void shim_on_quit_signal(int sig) { shim_quit_signal_received = sig; }
static inline void shim_on_stop_signal(int sig) { (void)sig; shim_stop_requested = 1; }
static inline void shim_on_continue_signal(int sig) { (void)sig; shim_continued = 1; }

/// A crash must not leave the user's terminal in raw mode without echo: restore it, then let the
/// signal do what it would have done (core dump, exit status) by re-raising it with the default action.
static inline void shim_on_fatal_signal(int sig) {
    if (shim_curses_active) { shim_curses_active = 0; endwin(); }
    signal(sig, SIG_DFL);
    raise(sig);
}

/// Installed before curses starts, so ncurses keeps ours (it installs its own SIGTSTP handler,
/// which calls curses inside the handler, only where SIGTSTP has the default action). No
/// SA_RESTART: a signal interrupts the wait for a key, and the loop sees the flag at once.
static inline void shim_install_signal_handlers(void) {
    struct sigaction quit_action;
    memset(&quit_action, 0, sizeof quit_action);
    quit_action.sa_handler = shim_on_quit_signal;
    sigemptyset(&quit_action.sa_mask);
    sigaction(SIGINT, &quit_action, NULL);
    sigaction(SIGTERM, &quit_action, NULL);
    sigaction(SIGHUP, &quit_action, NULL);

    struct sigaction previous_stop;
    sigaction(SIGTSTP, NULL, &previous_stop);
    shim_can_stop = previous_stop.sa_handler != SIG_IGN;
    if (shim_can_stop) {
        struct sigaction stop_action;
        memset(&stop_action, 0, sizeof stop_action);
        stop_action.sa_handler = shim_on_stop_signal;
        sigemptyset(&stop_action.sa_mask);
        sigaction(SIGTSTP, &stop_action, NULL);
    }
    struct sigaction continue_action;
    memset(&continue_action, 0, sizeof continue_action);
    continue_action.sa_handler = shim_on_continue_signal;
    sigemptyset(&continue_action.sa_mask);
    sigaction(SIGCONT, &continue_action, NULL);

    struct sigaction fatal_action;
    memset(&fatal_action, 0, sizeof fatal_action);
    fatal_action.sa_handler = shim_on_fatal_signal;
    sigemptyset(&fatal_action.sa_mask);
    fatal_action.sa_flags = SA_RESETHAND;
    int fatal[] = { SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &fatal_action, NULL);
}

static inline int shim_take_quit_signal(void) {
    int sig = shim_quit_signal_received;
    shim_quit_signal_received = 0;
    return sig;
}

static inline int shim_take_stop_request(void) {
    int requested = shim_stop_requested;
    shim_stop_requested = 0;
    return requested;
}

static inline int shim_take_continued(void) {
    int continued = shim_continued;
    shim_continued = 0;
    return continued;
}

/// Whether a shell could continue the app after a stop: not when SIGTSTP was ignored at start,
/// nor when the app runs in the session leader's own process group (started directly by tmux,
/// ssh or a `sh -c` without job control), where nothing would ever bring it back.
static inline int shim_may_stop(void) {
    return shim_can_stop && getpgrp() != getsid(0);
}

/// Stops the app as Ctrl-Z in a cooked terminal would: SIGTSTP, with its default action, to the
/// whole foreground process group (a wrapper script stops with it, so the shell sees the job
/// stopped); returns when the shell continues it (`fg`). Call with the terminal restored, and
/// only when `shim_may_stop()`. In an orphaned process group the kernel drops the signal, and
/// this returns at once.
static inline void shim_stop_process(void) {
    struct sigaction default_action, ours;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(SIGTSTP, &default_action, &ours);
    sigset_t stop_only, previous_mask;
    sigemptyset(&stop_only);
    sigaddset(&stop_only, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &stop_only, &previous_mask);
    kill(0, SIGTSTP);
    sigprocmask(SIG_SETMASK, &previous_mask, NULL);
    sigaction(SIGTSTP, &ours, NULL);
    shim_stop_requested = 0;
}

static inline void shim_set_curses_active(int active) { shim_curses_active = active; }

#endif
