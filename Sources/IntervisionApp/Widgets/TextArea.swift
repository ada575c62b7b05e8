import IntervisionCore

/// Text of several lines being edited (the evaluation's answers): typing, Enter for a new line,
/// Backspace/Delete, ←→ by grapheme, ↑↓ and Home/End by the lines as wrapped on screen. Long lines
/// wrap at spaces; a word longer than the box is broken.
public struct TextArea: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Insertion point, 0...characters.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies an editing key at a box `width` columns wide (a character, or what the key table's
    /// text scope makes of the key; start and end are those of the line as shown); false when it is
    /// not an editing key. ↑↓ are not handled here: `moveLine` says whether the cursor could move
    /// inside the text.
    @discardableResult
    public mutating func handle(_ key: Key, width: Int) -> Bool {
        if case .character(let c) = key {
            insert(c)
            return true
        }
        let line = location(width: width).line
        let start = lines(width: width)[line].lowerBound
        switch KeyTable.action(for: key, in: .textEditing) {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .lineStart: cursor = start
        case .lineEnd: cursor = lineEnd(line, width: width)
        case .deleteBackward: GraphemeEdit.deleteBackward(&characters, cursor: &cursor)
        case .deleteForward: GraphemeEdit.deleteForward(&characters, cursor: cursor)
        case .deleteToStart:
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToEnd: characters.removeSubrange(cursor..<max(cursor, lineEnd(line, width: width)))
        case .deleteWord: GraphemeEdit.deleteWordBackward(&characters, cursor: &cursor)
        default: return false
        }
        return true
    }

    public mutating func insert(_ character: Character) {
        GraphemeEdit.insert(character, into: &characters, cursor: &cursor)
    }

    public mutating func insertNewline() { insert("\n") }

    /// The lines as shown in a box `width` columns wide: ranges of `characters` (a line break
    /// itself belongs to no line). Never empty.
    public func lines(width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var result: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace = -1
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                result.append(start..<index)
                start = index + 1
                used = 0
                lastSpace = -1
                index += 1
                continue
            }
            let w = DisplayWidth.shown(character)
            if used + w > width && index > start {
                if character == " " {
                    // A space at the edge ends the line without taking room on the next.
                    result.append(start..<(index + 1))
                    start = index + 1
                    used = 0
                    lastSpace = -1
                    index += 1
                    continue
                }
                let breakAt = lastSpace >= start ? lastSpace + 1 : index
                result.append(start..<breakAt)
                start = breakAt
                used = characters[start..<index].reduce(0) { $0 + DisplayWidth.shown($1) }
                lastSpace = -1
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        result.append(start..<characters.count)
        return result
    }

    /// The cursor's line (in `lines(width:)`) and column in display cells.
    public func location(width: Int) -> (line: Int, column: Int) {
        let all = lines(width: width)
        let line = all.lastIndex { $0.lowerBound <= cursor } ?? 0
        let start = all[line].lowerBound
        let column = characters[start..<max(start, cursor)].reduce(0) { $0 + DisplayWidth.shown($1) }
        return (line, min(column, max(0, width - 1)))
    }

    /// Moves the cursor `delta` lines (±1), keeping its column as well as the line allows; false
    /// when there is no such line (the form then moves to the field above or below).
    public mutating func moveLine(_ delta: Int, width: Int) -> Bool {
        let all = lines(width: width)
        let (line, column) = location(width: width)
        let target = line + delta
        guard all.indices.contains(target) else { return false }
        var position = all[target].lowerBound
        var used = 0
        let end = lineEnd(target, width: width)
        while position < end {
            let w = DisplayWidth.shown(characters[position])
            if used + w > column { break }
            used += w
            position += 1
        }
        cursor = position
        return true
    }

    /// The last cursor position on a line: before its line break, or before the space a wrapped
    /// line ends with (a cursor after it would show on the next line).
    private func lineEnd(_ line: Int, width: Int) -> Int {
        let all = lines(width: width)
        let range = all[line]
        let wrapped = line + 1 < all.count && all[line + 1].lowerBound == range.upperBound
        return wrapped ? max(range.lowerBound, range.upperBound - 1) : range.upperBound
    }

    /// Draws lines `first ..< first + height` in a box; returns the cursor's screen position when
    /// it is inside the box.
    @discardableResult
    public func draw(on canvas: inout Canvas, row: Int, column: Int, width: Int, height: Int, first: Int = 0,
                     role: StyleRole = .input) -> (row: Int, column: Int)? {
        canvas.fill(row: row, column: column, width: width, height: height, role: role)
        let all = lines(width: width)
        for offset in 0..<height where first + offset < all.count {
            var shown = String(characters[all[first + offset]])
            while shown.hasSuffix(" ") && DisplayWidth.of(ControlPictures.visible(shown)) > width { shown.removeLast() }
            canvas.write(shown, row: row + offset, column: column, maxWidth: width, role: role)
        }
        let (line, cursorColumn) = location(width: width)
        guard line >= first, line < first + height else { return nil }
        return (row + line - first, column + cursorColumn)
    }
}
