#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sets the locale from the environment before curses starts, so ncursesw writes UTF-8.
///
/// A Dutch laptop often says `LANG=nl_NL.UTF-8` without that locale being generated; then
/// `setlocale` falls back to "C" and every é, ë and ï in names would be dropped. The character
/// type then comes from `C.UTF-8`, which glibc always has; messages and the rest stay as asked.
enum TerminalLocale {
    static func configure() {
        let chosen = setlocale(LC_ALL, "")
        if chosen == nil || !codesetIsUTF8() {
            for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
                if codesetIsUTF8() { return }
            }
        }
    }

    static func codesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
