/// Renders an `ExportDocument` as one self-contained HTML file (inline CSS, no scripts, no external
/// resources) that prints on A4. A draft carries CONCEPT on screen in a fixed banner; in print in
/// the @page top margin box (where supported) and, everywhere, in a fixed diagonal watermark, which
/// browsers repeat on every printed page. The banner is hidden in print because a fixed element at
/// the top would cover the table header rows that repeat on each page.
enum HTMLRenderer {
    static func render(_ document: ExportDocument) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>\(Markup.escape(TextCleaning.line(document.title)))\(document.draft ? " (CONCEPT)" : "")</title>\n"
        html += "<style>\n\(css(draft: document.draft))</style>\n</head>\n<body>\n"
        if document.draft {
            html += "<div class=\"concept-banner\" role=\"note\">\(ExportDocument.draftMark)</div>\n"
            html += "<div class=\"concept-watermark\" aria-hidden=\"true\">\(ExportDocument.draftMark)</div>\n"
        }
        html += "<main>\n<h1>\(Markup.escape(TextCleaning.line(document.title)))</h1>\n"
        for block in document.blocks { html += render(block) }
        html += "</main>\n"
        if !document.footer.isEmpty {
            html += "<footer>\n" + document.footer.map { "<p>\(Markup.escape(TextCleaning.line($0)))</p>\n" }.joined() + "</footer>\n"
        }
        return html + "</body>\n</html>\n"
    }

    private static func render(_ block: ExportDocument.Block) -> String {
        switch block {
        case .heading(let text, let newPage):
            return "<h2\(newPage ? " class=\"new-page\"" : "")>\(Markup.escape(TextCleaning.line(text)))</h2>\n"
        case .paragraph(let lines, let style):
            return "<p\(style == .small ? " class=\"small\"" : "")>\(cellText(lines))</p>\n"
        case .fields(let fields):
            return "<table class=\"fields\">\n<colgroup><col style=\"width:42%\"><col></colgroup>\n<tbody>\n"
                + fields.map { "<tr><th scope=\"row\">\(Markup.escape(TextCleaning.line($0.label)))</th><td>\(cellText($0.lines))</td></tr>\n" }.joined()
                + "</tbody>\n</table>\n"
        case .table(let table):
            var html = "<table class=\"grid\(table.handwritten ? " handwritten" : "")\">\n<colgroup>"
            html += table.columns.map { "<col style=\"width:\(Int(($0.width * 100).rounded()))%\">" }.joined()
            html += "</colgroup>\n<thead><tr>"
            html += table.columns.map { "<th scope=\"col\">\(Markup.escape(TextCleaning.line($0.title)))</th>" }.joined()
            html += "</tr></thead>\n<tbody>\n"
            if table.rows.isEmpty {
                html += "<tr><td colspan=\"\(table.columns.count)\">\(Markup.escape(table.emptyText))</td></tr>\n"
            }
            for row in table.rows {
                html += "<tr>" + row.map { "<td>\(cellText($0))</td>" }.joined() + "</tr>\n"
            }
            return html + "</tbody>\n</table>\n"
        }
    }

    /// Lines of a cell, separated by <br>.
    private static func cellText(_ lines: [String]) -> String {
        lines.flatMap(TextCleaning.lines)
            .map { Markup.escape($0).replacingOccurrences(of: "\t", with: " ") }
            .joined(separator: "<br>")
    }

    private static func css(draft: Bool) -> String {
        var css = """
        @page { size: A4; margin: 20mm 20mm 22mm 20mm; }
        html { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #000; background: #fff; }
        body { margin: 0 auto; max-width: 170mm; padding: 12mm 0; }
        h1 { font-size: 16pt; margin: 0 0 6mm; }
        h2 { font-size: 12pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3mm; }
        th, td { border: 0.5pt solid #808080; padding: 1.2mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f2f2f2; font-weight: bold; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        table.handwritten td { height: 9mm; }
        p.small, footer { font-size: 7.5pt; }
        footer { margin-top: 8mm; border-top: 0.5pt solid #808080; padding-top: 2mm; }
        footer p { margin: 0 0 1mm; }
        .new-page { break-before: page; page-break-before: always; }
        @media print { body { padding: 0; max-width: none; } }

        """
        if draft {
            css += """
            .concept-banner { position: fixed; top: 0; left: 0; right: 0; text-align: center; font-weight: bold;
              letter-spacing: 0.3em; color: #c00000; background: #fff; border-bottom: 1pt solid #c00000; padding: 1mm 0; z-index: 2; }
            .concept-watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 90pt; font-weight: bold;
              color: rgba(192, 0, 0, 0.10); transform: rotate(-35deg); pointer-events: none; z-index: 1; }
            main, footer { position: relative; z-index: 0; }
            @page { @top-center { content: "CONCEPT"; color: #c00000; font-weight: bold; letter-spacing: 0.3em; } }
            @media screen { body { padding-top: 14mm; } }
            @media print { .concept-banner { display: none; } }

            """
        }
        return css
    }
}
