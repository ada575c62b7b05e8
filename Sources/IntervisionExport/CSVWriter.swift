import Foundation

/// CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a field quoted when it holds a
/// comma, quote, CR or LF, with quotes doubled inside. Control characters other than line breaks
/// are made visible (`TextCleaning`); line breaks inside a field are kept (quoted), as RFC 4180 allows.
///
/// Spreadsheet programs execute a cell that starts with `=`, `+`, `-` or `@` as a formula ("CSV
/// injection"); user text that starts so gets a leading apostrophe, the usual neutraliser (OWASP),
/// which spreadsheets show and a CSV reader keeps. See docs/exports.md.
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
        var cleaned = TextCleaning.clean(value, keepLineBreaks: true).replacingOccurrences(of: "\n", with: "\r\n")
        if let first = cleaned.first, "=+-@".contains(first) { cleaned = "'" + cleaned }
        return cleaned
    }
}
