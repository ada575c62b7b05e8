/// The cells that changed between two frames, so the terminal layer sends only those.
public enum CanvasDiff {
    /// A run of changed cells on one row: start column and length (continuation cells included).
    public struct Run: Equatable, Sendable {
        public var row: Int
        public var column: Int
        public var length: Int
    }

    /// Changed runs from `old` to `new`; everything when the sizes differ (after a resize the whole
    /// screen is redrawn from state).
    public static func runs(from old: Canvas?, to new: Canvas) -> [Run] {
        let width = new.size.width
        guard let old, old.size == new.size else {
            return (0..<new.size.height).map { Run(row: $0, column: 0, length: width) }
        }
        var runs: [Run] = []
        for row in 0..<new.size.height {
            var column = 0
            while column < width {
                if old[row, column] == new[row, column] { column += 1; continue }
                // A changed cell that belongs to a wide character: include its left half.
                var start = column
                if new[row, start].isContinuation || old[row, start].isContinuation, start > 0 { start -= 1 }
                var end = column + 1
                while end < width && old[row, end] != new[row, end] { end += 1 }
                if end < width && (new[row, end].isContinuation || old[row, end].isContinuation) { end += 1 }
                if let last = runs.last, last.row == row, last.column + last.length >= start {
                    runs[runs.count - 1].length = end - last.column
                } else {
                    runs.append(Run(row: row, column: start, length: end - start))
                }
                column = end
            }
        }
        return runs
    }
}
