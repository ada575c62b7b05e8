/// A table whose rows are produced on demand: only the rows in view are ever built or drawn, so a
/// list of 10,000 groups costs what a screenful costs.
public struct Table {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        /// Columns with weight 0 get exactly `width`; the rest share what is left by weight.
        public var width: Int
        public var weight: Int
        public var alignment: Alignment

        public init(_ title: String, width: Int, weight: Int = 0, alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.weight = weight
            self.alignment = alignment
        }
    }

    /// A cell's text and role (the selection bar overrides the role).
    public struct Item: Sendable {
        public var text: String
        public var role: StyleRole
        /// Runs on over the columns to its right (a heading inside a list).
        public var spans = false
        public init(_ text: String, _ role: StyleRole = .text) {
            self.text = text
            self.role = role
        }

        public static func spanning(_ text: String, _ role: StyleRole = .text) -> Item {
            var item = Item(text, role)
            item.spans = true
            return item
        }
    }

    public var columns: [Column]
    /// Left edge and total width.
    public var column: Int
    public var width: Int
    public private(set) var widths: [Int] = []

    public init(columns: [Column], column: Int = 1, width: Int) {
        self.columns = columns
        self.column = column
        self.width = width
        widths = Table.layout(columns, width: width)
    }

    /// Fixed columns keep their width; flexible ones share the rest (each at least its own width).
    static func layout(_ columns: [Column], width: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { $0 + $1.width }
        let spare = max(0, width - gaps - fixed)
        let totalWeight = columns.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return columns.map(\.width) }
        var result = columns.map(\.width)
        var given = 0
        let flexible = columns.indices.filter { columns[$0].weight > 0 }
        for (n, index) in flexible.enumerated() {
            let share = n == flexible.count - 1 ? spare - given : spare * columns[index].weight / totalWeight
            result[index] += share
            given += share
        }
        return result
    }

    public func drawHeader(_ canvas: inout Canvas, row: Int) {
        canvas.fill(row: row, role: .columnHeader)
        draw(&canvas, row: row, items: columns.map { Item($0.title, .columnHeader) }, rowRole: .columnHeader)
    }

    /// Draws rows `cursor.scroll ..< scroll + height` at `top`; `item(i)` builds row i on demand.
    public func drawRows(_ canvas: inout Canvas, top: Int, height: Int, count: Int, cursor: ListCursor?,
                         item: (Int) -> [Item]) {
        let first = cursor?.scroll ?? 0
        let last = min(count, first + height)
        guard first < last else { return }
        for index in first..<last {
            let row = top + index - first
            let selected = cursor?.selected == index
            if selected { canvas.fill(row: row, role: .selection) }
            draw(&canvas, row: row, items: item(index), rowRole: selected ? .selection : nil)
        }
    }

    private func draw(_ canvas: inout Canvas, row: Int, items: [Item], rowRole: StyleRole?) {
        var col = column
        for (index, columnWidth) in widths.enumerated() where index < items.count {
            let item = items[index]
            let role = rowRole ?? item.role
            if item.spans {
                canvas.write(item.text, row: row, column: col, maxWidth: column + width - col, role: role)
                break
            }
            if columns[index].alignment == .right {
                canvas.writeRight(item.text, row: row, column: col, width: columnWidth, role: role)
            } else {
                canvas.write(item.text, row: row, column: col, maxWidth: columnWidth, role: role)
            }
            col += columnWidth + 1
            if col >= column + width { break }
        }
    }
}

/// A line of muted text centred in an empty list.
public enum EmptyList {
    public static func draw(_ canvas: inout Canvas, text: String, row: Int) {
        let width = DisplayWidth.of(text)
        let column = max(1, (canvas.size.width - width) / 2)
        canvas.write(text, row: row, column: column, maxWidth: canvas.size.width - column - 1, role: .muted)
    }
}
