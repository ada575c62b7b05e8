// The C side of the terminal layer. Swift 6 rejects mutable C globals (stdscr, LINES, COLS)
// and cannot call ncurses macros, so they are wrapped here as small inline functions.
#ifndef INTERVISIE_CNCURSES_SHIM_H
#define INTERVISIE_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

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

#endif
