import IntervisionCore

/// A terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var description: String { "\(width)×\(height)" }
}

/// One cell of the screen: a grapheme cluster, its role and extra attributes.
/// A wide character fills its own cell and marks the next one as its continuation (empty symbol).
public struct Cell: Hashable, Sendable {
    public var symbol: String
    public var role: StyleRole
    public var attributes: TextAttributes

    public init(symbol: String = " ", role: StyleRole = .text, attributes: TextAttributes = []) {
        self.symbol = symbol
        self.role = role
        self.attributes = attributes
    }

    /// The right half of a wide character: drawn by the cell to its left.
    public var isContinuation: Bool { symbol.isEmpty }
}

/// Everything a view draws: a grid of cells the terminal layer copies to the screen, and that
/// tests read as text (ratatui's Buffer). Writing is by display width, never by character count.
public struct Canvas: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (a text field being edited); nil hides it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set { cursorRow = newValue?.row; cursorColumn = newValue?.column ?? 0 }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    public init(size: Size, role: StyleRole = .text) {
        self.size = size
        cells = Array(repeating: Cell(role: role), count: size.width * size.height)
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.width + column] }
        set { cells[row * size.width + column] = newValue }
    }

    /// Fills a rectangle with blanks of one role (backgrounds of bars, selections, dialogs).
    public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, height: Int = 1, role: StyleRole,
                              attributes: TextAttributes = []) {
        let w = width ?? size.width - column
        for r in max(0, row)..<min(size.height, row + height) {
            for c in max(0, column)..<min(size.width, column + w) {
                self[r, c] = Cell(symbol: " ", role: role, attributes: attributes)
            }
        }
    }

    /// Writes `text` at (row, column), at most `maxWidth` columns (default: to the right edge),
    /// cutting with "…" when it does not fit. Control characters are drawn visibly.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, maxWidth: Int? = nil,
                               role: StyleRole = .text, attributes: TextAttributes = []) -> Int {
        guard row >= 0, row < size.height, column < size.width else { return 0 }
        let limit = min(maxWidth ?? (size.width - column), size.width - column)
        guard limit > 0 else { return 0 }
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return writeASCII(text.utf8, row: row, column: column, limit: limit, role: role, attributes: attributes)
        }
        let shown = TextLayout.truncate(ControlPictures.visible(text), toWidth: limit)
        var col = column
        for character in shown {
            let width = DisplayWidth.of(character)
            if width == 0 {
                // A stray zero-width cluster (e.g. a lone combining mark): attach to the previous cell.
                if col > column { appendToPrevious(character, row: row, before: col) }
                continue
            }
            if col < 0 { col += width; continue }
            clearWideNeighbours(row: row, column: col, width: width)
            self[row, col] = Cell(symbol: String(character), role: role, attributes: attributes)
            if width == 2 { self[row, col + 1] = Cell(symbol: "", role: role, attributes: attributes) }
            col += width
        }
        return col - column
    }

    /// `write` for printable ASCII, most of what the screens draw: a cell per byte, with no grapheme
    /// breaking, width table or control check (none of it can apply); the same cut with "…".
    private mutating func writeASCII(_ bytes: String.UTF8View, row: Int, column: Int, limit: Int,
                                     role: StyleRole, attributes: TextAttributes) -> Int {
        let fits = bytes.count <= limit
        var col = column
        for byte in bytes.prefix(fits ? limit : limit - 1) {
            if col >= 0 {
                clearWideNeighbours(row: row, column: col, width: 1)
                self[row, col] = Cell(symbol: String(UnicodeScalar(byte)), role: role, attributes: attributes)
            }
            col += 1
        }
        if !fits {
            if col >= 0 {
                clearWideNeighbours(row: row, column: col, width: 1)
                self[row, col] = Cell(symbol: String(TextLayout.ellipsis), role: role, attributes: attributes)
            }
            col += 1
        }
        return col - column
    }

    /// Writes text aligned right within a field of `width` columns ending before `column + width`.
    @discardableResult
    public mutating func writeRight(_ text: String, row: Int, column: Int, width: Int, role: StyleRole = .text,
                                    attributes: TextAttributes = []) -> Int {
        let textWidth = min(DisplayWidth.of(ControlPictures.visible(text)), width)
        return write(text, row: row, column: column + width - textWidth, maxWidth: textWidth, role: role, attributes: attributes)
    }

    /// Changes the role of cells without touching their symbols (a selection bar over a row).
    public mutating func setRole(_ role: StyleRole, row: Int, column: Int = 0, width: Int? = nil) {
        guard row >= 0, row < size.height else { return }
        let w = width ?? size.width - column
        for c in max(0, column)..<min(size.width, column + w) {
            cells[row * size.width + c].role = role
        }
    }

    private mutating func appendToPrevious(_ character: Character, row: Int, before col: Int) {
        var c = col - 1
        while c > 0 && self[row, c].isContinuation { c -= 1 }
        self[row, c].symbol += String(character)
    }

    /// Overwriting half of a wide character leaves the other half blank, never a broken glyph.
    private mutating func clearWideNeighbours(row: Int, column: Int, width: Int) {
        if self[row, column].isContinuation, column > 0 {
            self[row, column - 1].symbol = " "
        }
        let after = column + width
        if after < size.width, self[row, after].isContinuation {
            self[row, after].symbol = " "
        }
    }

    /// The screen as lines of text, trailing blanks kept so columns line up in snapshots.
    public func lines() -> [String] {
        (0..<size.height).map { row in
            var line = ""
            for column in 0..<size.width {
                line += self[row, column].symbol
            }
            return line
        }
    }

    /// One letter per cell naming its role (see `StyleRole.snapshotLetter`); continuation cells
    /// repeat their wide character's letter so the layer lines up with `lines()` by column.
    public func roleLines() -> [String] {
        (0..<size.height).map { row in
            String((0..<size.width).map { self[row, $0].role.snapshotLetter })
        }
    }

    /// Text and role layer together, as stored in snapshot files.
    public func snapshot() -> String {
        lines().joined(separator: "\n") + "\n" + String(repeating: "-", count: size.width) + "\n"
            + roleLines().joined(separator: "\n") + "\n"
    }
}
