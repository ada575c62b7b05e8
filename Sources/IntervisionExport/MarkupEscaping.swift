/// One escaping rule for XML (DOCX parts) and HTML: the five characters that can end a text node or
/// an attribute value become entities that both languages know. Text is cleaned of control
/// characters first (see `TextCleaning`), so the result is always well-formed XML 1.0.
enum Markup {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in TextCleaning.clean(text, keepLineBreaks: true) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
