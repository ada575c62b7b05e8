import IntervisionCore

/// A line of text being edited: cursor movement, insert and delete by grapheme cluster, so an
/// "ë" typed as e + combining diaeresis, or an emoji, is removed in one Backspace.
///
/// Arriving in a field selects its text (`select`), as in any form: typing replaces it, Backspace
/// or Delete clear it, and an arrow, Home or End first edit it instead (the selection goes, the
/// cursor moves).
public struct TextField: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Insertion point, 0...characters.count.
    public private(set) var cursor: Int
    /// The whole text is selected: the next typed character replaces it.
    public private(set) var isSelected = false

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Selects the whole text (arriving in the field), the cursor at its end.
    public mutating func select() {
        isSelected = !characters.isEmpty
        cursor = characters.count
    }

    /// Ends the selection (leaving the field), the text and cursor as they are.
    public mutating func deselect() {
        isSelected = false
    }

    /// Applies an editing key (a character, or what the key table's text scope makes of the key);
    /// returns false when the key is not an editing key. On a selected text a character replaces
    /// it, a deleting key clears it, a moving key first ends the selection.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        var action: Action?
        if case .character = key {
            // Typing over a selected text replaces it.
            if isSelected { (characters, cursor, isSelected) = ([], 0, false) }
        } else {
            action = KeyTable.action(for: key, in: .textEditing)
        }
        if isSelected {
            switch action {
            case .deleteBackward, .deleteForward, .deleteToStart, .deleteToEnd, .deleteWord:
                (characters, cursor, isSelected) = ([], 0, false)
                return true
            case .cursorLeft, .cursorRight, .lineStart, .lineEnd:
                isSelected = false
            default:
                return false
            }
        }
        if case .character(let c) = key {
            insert(c)
            return true
        }
        switch action {
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
        isSelected = false
        GraphemeEdit.insert(character, into: &characters, cursor: &cursor)
    }

    /// Draws the field at (row, column) in `width` columns, scrolled so the cursor is visible;
    /// returns the screen column of the cursor. A selected text (a field just arrived in) is
    /// highlighted and shows its beginning, a long one cut with "…", the cursor after what shows.
    @discardableResult
    public func draw(on canvas: inout Canvas, row: Int, column: Int, width: Int, role: StyleRole = .input) -> Int {
        let role = isSelected ? StyleRole.selection : role
        let fromStart = isSelected
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
            let w = DisplayWidth.shown(characters[start - 1])
            if used + w > width - 1 { break }
            used += w
            start -= 1
        }
        let visible = String(characters[start...])
        canvas.write(visible, row: row, column: column, maxWidth: width, role: role)
        return column + used
    }
}
