/// Markdown treats punctuation as formatting and passes raw HTML through, so a topic like
/// "<script>" or "*urgent*" must be neutralised: HTML specials become entities (which Markdown
/// renders as the characters) and Markdown punctuation gets a backslash.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in TextCleaning.line(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "{", "}", "#", "|", "~", "!":
                result += "\\" + String(character)
            default: result.append(character)
            }
        }
        // A line starting with "1." or "-" would become a list item; escape the marker.
        if let first = result.first, first == "-" || first == "+" { result = "\\" + result }
        if let dot = result.firstIndex(of: "."), result[..<dot].allSatisfy(\.isNumber), dot != result.startIndex {
            result.insert("\\", at: dot)
        }
        return result
    }
}
