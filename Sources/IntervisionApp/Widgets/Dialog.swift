/// A bordered box over the screen with a title and wrapped lines (finding details; later:
/// confirmations such as "delete this meeting?").
public struct Dialog {
    public struct Line: Sendable {
        public var text: String
        public var role: StyleRole
        public init(_ text: String, _ role: StyleRole = .dialog) {
            self.text = text
            self.role = role
        }
    }

    public var title: String
    public var lines: [Line]
    public var footer: String
    /// A word wider than the dialog (a file's path) goes on over the next lines instead of being cut.
    public var breaksLongWords = false

    public init(title: String, lines: [Line], footer: String, breaksLongWords: Bool = false) {
        self.title = title
        self.lines = lines
        self.footer = footer
        self.breaksLongWords = breaksLongWords
    }

    /// Where the dialog was drawn: the text column and width, and the screen row of each of
    /// `lines` (nil when cut off), so a caller can put a text field on a blank line.
    public struct Frame: Sendable {
        public var column: Int
        public var width: Int
        public var rows: [Int?]
    }

    @discardableResult
    public func draw(on canvas: inout Canvas, maxWidth: Int = 72) -> Frame? {
        let width = min(maxWidth, canvas.size.width - 4)
        guard width >= 12 else { return nil }
        let inner = width - 4
        var body: [Line] = []
        var firstBodyLine: [Int] = []
        for line in lines {
            firstBodyLine.append(body.count)
            // A line that fits is kept as it is (with its indent); longer ones wrap at spaces, an
            // indented one with its continuation indented two more (an item of a list).
            if line.text.isEmpty || DisplayWidth.of(line.text) <= inner { body.append(line); continue }
            let indent = String(line.text.prefix { $0 == " " })
            let hanging = indent.isEmpty ? "" : indent + "  "
            let wrapped = TextLayout.wrap(String(line.text.dropFirst(indent.count)), width: max(1, inner - hanging.count),
                                          breakingLongWords: breaksLongWords)
            body += wrapped.enumerated().map { Line(($0.offset == 0 ? indent : hanging) + $0.element, line.role) }
        }
        let maxBody = max(0, canvas.size.height - 6)
        if body.count > maxBody { body = Array(body.prefix(maxBody)) }
        let height = body.count + 4
        let top = max(0, (canvas.size.height - height) / 2)
        let left = (canvas.size.width - width) / 2
        Box.frame(on: &canvas, top: top, left: left, width: width, height: height, title: title, footer: footer)
        for (index, line) in body.enumerated() {
            if line.role != .dialog && line.role != .text && line.text.isEmpty {
                canvas.fill(row: top + 2 + index, column: left + 2, width: inner, role: line.role)
            }
            canvas.write(line.text, row: top + 2 + index, column: left + 2, maxWidth: inner, role: line.role)
        }
        return Frame(column: left + 2, width: inner, rows: firstBodyLine.map { $0 < body.count ? top + 2 + $0 : nil })
    }
}
