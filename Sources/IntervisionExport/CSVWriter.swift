import Foundation

/// CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a
/// comma, quote, CR or LF, with quotes doubled inside. Control characters other than line breaks
/// are made visible (`TextCleaning`); line breaks inside a field are kept (quoted), as RFC 4180 allows.
///
/// Spreadsheet programs execute a cell that starts with `=`, `+`, `-` or `@` as a formula ("CSV
/// injection"), and some skip leading spaces, tabs and line breaks before they look; user text
/// whose first character that is not white space is one of those gets a leading apostrophe, the
/// usual neutraliser (OWASP), which spreadsheets show and a CSV reader keeps. A tab is shown as its
/// picture (␉) like every other control character; line breaks stay. See docs/exports.md.
struct CSVWriter {
    private(set) var text = ""

    mutating func row(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// A field written exactly as given (quoted where needed), for values we build ourselves.
    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// User text: cleaned, line breaks as CRLF inside the quoted field, formulas neutralised.
    static func userText(_ value: String) -> String {
        let cleaned = TextCleaning.clean(value, keepLineBreaks: true)
        let first = cleaned.unicodeScalars.first { !$0.properties.isWhitespace }
        let guarded = first.map { "=+-@".unicodeScalars.contains($0) } ?? false
        let cell = cleaned.replacingOccurrences(of: "\t", with: "\u{2409}").replacingOccurrences(of: "\n", with: "\r\n")
        return guarded ? "'" + cell : cell
    }
}
