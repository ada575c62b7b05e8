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
    /// `breakingLongWords`: a word wider than a line (a file's path) goes on over the next lines
    /// instead of being cut with "…".
    public static func wrap(_ text: String, width: Int, breakingLongWords: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var piece = String(word)
                var pieceWidth = DisplayWidth.of(piece)
                if pieceWidth > width && breakingLongWords {
                    if lineWidth > 0 { lines.append(line) }
                    var chunks = split(piece, width: width)
                    piece = chunks.removeLast()
                    pieceWidth = DisplayWidth.of(piece)
                    lines += chunks
                    line = ""
                    lineWidth = 0
                } else if pieceWidth > width {
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

    /// `text` in pieces at most `width` columns wide (never empty), broken after a "/" where the
    /// piece has one (a path reads best broken between its folders).
    private static func split(_ text: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in text {
            if DisplayWidth.of(piece + String(character)) > width, !piece.isEmpty {
                if let slash = piece.lastIndex(of: "/"), piece.index(after: slash) < piece.endIndex {
                    pieces.append(String(piece[...slash]))
                    piece = String(piece[piece.index(after: slash)...])
                } else {
                    pieces.append(piece)
                    piece = ""
                }
            }
            piece.append(character)
        }
        return pieces + [piece]
    }
}
