/// The layout-neutral shape of every printable export (yearly plan, attendance list, evaluation):
/// built once from the model, then rendered to DOCX, HTML or Markdown by one renderer per format.
/// Texts here are raw user text; each renderer escapes for its own format.
struct ExportDocument: Sendable {
    var title: String
    var blocks: [Block]
    /// Printed at the foot of every page (the plan form's footnotes and version line).
    var footer: [String] = []
    /// Marks every page CONCEPT.
    var draft: Bool = false

    /// The draft marking, in every format.
    static let draftMark = "CONCEPT"

    enum Block: Sendable {
        /// A section heading; `newPage` starts it on a fresh page where the format has pages.
        case heading(String, newPage: Bool = false)
        /// A paragraph; each element is one line.
        case paragraph([String], style: ParagraphStyle = .normal)
        /// Label/value rows, as in the form's "Basisgegevens"; values may have several lines.
        case fields([Field])
        case table(Table)
    }

    enum ParagraphStyle: Sendable {
        case normal
        case small
    }

    struct Field: Sendable {
        var label: String
        var lines: [String]
    }

    struct Table: Sendable {
        var columns: [Column]
        /// One array of cells per row; each cell is an array of lines.
        var rows: [[[String]]]
        /// Room to write by hand (a signature column): rows are made taller.
        var handwritten: Bool = false
        /// Shown as the only row when `rows` is empty.
        var emptyText: String = ""
    }

    struct Column: Sendable {
        var title: String
        /// Share of the text width, 0...1.
        var width: Double
    }
}
