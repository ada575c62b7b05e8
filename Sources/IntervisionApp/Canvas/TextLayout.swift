/// Cutting, padding and wrapping text by display width (never by character count, so "Müller"
/// and "日本" line up with "Jansen" in a table).
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// The text if it fits in `width` columns, else as much as fits followed by "…".
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        var total = 0
        var fitsWhole = true
        for character in text {
            total += DisplayWidth.of(character)
            if total > width { fitsWhole = false; break }
        }
        if fitsWhole { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result
    }

    /// The text cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, toWidth width: Int) -> String {
        let cut = truncate(text, toWidth: width)
        let w = DisplayWidth.of(cut)
        return w >= width ? cut : cut + String(repeating: " ", count: width - w)
    }

    /// Word-wraps text into lines of at most `width` columns; words longer than a line are cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var piece = String(word)
                var pieceWidth = DisplayWidth.of(piece)
                if pieceWidth > width {
                    piece = truncate(piece, toWidth: width)
                    pieceWidth = DisplayWidth.of(piece)
                }
                if lineWidth == 0 {
                    line = piece
                    lineWidth = pieceWidth
                } else if lineWidth + 1 + pieceWidth <= width {
                    line += " " + piece
                    lineWidth += 1 + pieceWidth
                } else {
                    lines.append(line)
                    line = piece
                    lineWidth = pieceWidth
                }
            }
            lines.append(line)
        }
        return lines
    }
}
