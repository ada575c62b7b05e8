/// A line of text being edited: cursor movement, insert and delete by grapheme cluster, so an
/// "ë" typed as e + combining diaeresis, or an emoji, is removed in one Backspace.
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Insertion point, 0...characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies an editing key (a character, or what the key table's text scope makes of the key);
    /// returns false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        if case .character(let c) = key {
            insert(c)
            return true
        }
        switch KeyTable.action(for: key, in: .textEditing) {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .lineStart: cursor = 0
        case .lineEnd: cursor = characters.count
        case .deleteBackward: GraphemeEdit.deleteBackward(&characters, cursor: &cursor)
        case .deleteForward: GraphemeEdit.deleteForward(&characters, cursor: cursor)
        case .deleteToStart: characters.removeFirst(cursor); cursor = 0
        case .deleteToEnd: characters.removeLast(characters.count - cursor)
        case .deleteWord: GraphemeEdit.deleteWordBackward(&characters, cursor: &cursor)
        default: return false
        }
        return true
    }

    public mutating func insert(_ character: Character) {
        GraphemeEdit.insert(character, into: &characters, cursor: &cursor)
    }

    /// Draws the field at (row, column) in `width` columns, scrolled so the cursor is visible;
    /// returns the screen column of the cursor. `fromStart` (a field just arrived in, whose text is
    /// selected): the text's beginning, a long one cut with "…", the cursor after what shows.
    @discardableResult
    public func draw(on canvas: inout Canvas, row: Int, column: Int, width: Int, role: StyleRole = .input, fromStart: Bool = false) -> Int {
        canvas.fill(row: row, column: column, width: width, role: role)
        guard width > 1 else { return column }
        if fromStart {
            let shown = canvas.write(text, row: row, column: column, maxWidth: width, role: role)
            return column + min(shown, width - 1)
        }
        // Start far enough right that the text before the cursor fits (one column kept for it).
        var start = cursor
        var used = 0
        while start > 0 {
            let w = DisplayWidth.of(VisibleText.sanitize(characters[start - 1]))
            if used + w > width - 1 { break }
            used += w
            start -= 1
        }
        let visible = String(characters[start...])
        canvas.write(visible, row: row, column: column, maxWidth: width, role: role)
        return column + used
    }
}
