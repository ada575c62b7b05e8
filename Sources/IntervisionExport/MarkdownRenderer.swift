/// Renders an `ExportDocument` as Markdown (GitHub-flavoured tables). Markdown has no pages, so a
/// draft is marked CONCEPT in the title line and in a note at the top and bottom.
enum MarkdownRenderer {
    static func render(_ document: ExportDocument) -> String {
        var lines: [String] = []
        lines.append("# \(MarkdownText.escape(document.title))\(document.draft ? " — \(ExportDocument.draftMark)" : "")")
        lines.append("")
        if document.draft {
            lines.append("> **\(ExportDocument.draftMark)**")
            lines.append("")
        }
        for block in document.blocks {
            switch block {
            case .heading(let text, _):
                lines.append("## \(MarkdownText.escape(text))")
            case .paragraph(let paragraph, _):
                lines.append(paragraph.flatMap(TextCleaning.lines).map(MarkdownText.escape).joined(separator: "  \n"))
            case .fields(let fields):
                lines.append("| Veld | Waarde |")
                lines.append("| --- | --- |")
                lines += fields.map { "| \(MarkdownText.escape($0.label)) | \(cell($0.lines)) |" }
            case .table(let table):
                lines.append("| " + table.columns.map { MarkdownText.escape($0.title) }.joined(separator: " | ") + " |")
                lines.append("|" + String(repeating: " --- |", count: table.columns.count))
                if table.rows.isEmpty {
                    lines.append("| " + ([MarkdownText.escape(table.emptyText)] + Array(repeating: "", count: table.columns.count - 1)).joined(separator: " | ") + " |")
                }
                lines += table.rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
            }
            lines.append("")
        }
        if !document.footer.isEmpty {
            lines.append("---")
            lines.append("")
            lines.append(document.footer.map(MarkdownText.escape).joined(separator: "  \n"))
            lines.append("")
        }
        if document.draft {
            lines.append("> **\(ExportDocument.draftMark)**")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// A table cell: lines joined with <br> (a raw newline would end the table row).
    private static func cell(_ lines: [String]) -> String {
        lines.flatMap(TextCleaning.lines).map(MarkdownText.escape).joined(separator: "<br>")
    }
}
