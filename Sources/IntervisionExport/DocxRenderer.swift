import Foundation

/// Renders an `ExportDocument` as a Word document: A4 portrait, 2 cm margins, the footer lines in
/// a footer part and, for a draft, CONCEPT in a header part; both repeat on every page.
enum DocxRenderer {
    /// A4 in twentieths of a point (210 × 297 mm) and 2 cm margins.
    private static let pageWidth = 11906, pageHeight = 16838, margin = 1134
    private static let textWidth = pageWidth - 2 * margin
    /// A signature needs about a centimetre of height.
    private static let handwrittenRowHeight = 567

    static func render(_ document: ExportDocument) -> Data {
        let header = document.draft
            ? part("hdr", paragraph([ExportDocument.draftMark], style: "Concept"))
            : nil
        let footer = document.footer.isEmpty
            ? nil
            : part("ftr", document.footer.map { paragraph([$0], style: "Small") }.joined())
        var body = paragraph([document.title], style: "Title")
        for (index, item) in document.blocks.enumerated() {
            body += block(item)
            guard isTable(item) else { continue }
            // Word needs a paragraph between two tables, or it merges them, and a document that ends
            // in a table still ends in a paragraph: the last one must not push a blank page out.
            body += index == document.blocks.count - 1 ? endParagraph : "<w:p/>"
        }
        let xml = #"<w:document xmlns:w="\#(DocxPackage.wordNamespace)" xmlns:r="\#(DocxPackage.relationshipNamespace)">"#
            + "<w:body>" + body + sectionProperties(header: header != nil, footer: footer != nil) + "</w:body></w:document>"
        return DocxPackage.archive(.init(document: xml, header: header, footer: footer, title: document.title))
    }

    private static func part(_ root: String, _ content: String) -> String {
        #"<w:\#(root) xmlns:w="\#(DocxPackage.wordNamespace)" xmlns:r="\#(DocxPackage.relationshipNamespace)">"#
            + content + "</w:\(root)>"
    }

    private static func sectionProperties(header: Bool, footer: Bool) -> String {
        var xml = "<w:sectPr>"
        if header { xml += #"<w:headerReference w:type="default" r:id="\#(DocxPackage.headerRelationshipID)"/>"# }
        if footer { xml += #"<w:footerReference w:type="default" r:id="\#(DocxPackage.footerRelationshipID)"/>"# }
        xml += #"<w:pgSz w:w="\#(pageWidth)" w:h="\#(pageHeight)"/>"#
        xml += #"<w:pgMar w:top="\#(margin)" w:right="\#(margin)" w:bottom="\#(margin)" w:left="\#(margin)" w:header="567" w:footer="567" w:gutter="0"/>"#
        xml += #"<w:cols w:space="708"/>"#
        return xml + "</w:sectPr>"
    }

    /// The paragraph after a final table: hidden (Word lays it out as nothing) and 0.1 pt high
    /// (LibreOffice, which lays out hidden paragraph marks all the same), so a table that ends at the
    /// foot of a page does not bring a second, empty page with only the footer.
    static let endParagraph = #"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="2" w:lineRule="exact"/>"#
        + #"<w:rPr><w:vanish/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>"#

    private static func isTable(_ block: ExportDocument.Block) -> Bool {
        switch block {
        case .fields, .table: return true
        case .heading, .paragraph: return false
        }
    }

    private static func block(_ block: ExportDocument.Block) -> String {
        switch block {
        case .heading(let text, let newPage):
            return paragraph([text], style: "Heading1", pageBreakBefore: newPage)
        case .paragraph(let lines, let style):
            return paragraph(lines, style: style == .small ? "Small" : nil)
        case .fields(let fields):
            return fieldsTable(fields)
        case .table(let table):
            return dataTable(table)
        }
    }

    /// One paragraph; several lines are joined with line breaks so they stay one block.
    private static func paragraph(_ lines: [String], style: String? = nil, bold: Bool = false,
                                  pageBreakBefore: Bool = false) -> String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        var xml = "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
        let text = lines.map { TextCleaning.clean($0, keepLineBreaks: true) }.joined(separator: "\n")
        if !text.isEmpty {
            xml += "<w:r>" + (bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "") + runContent(text) + "</w:r>"
        }
        return xml + "</w:p>"
    }

    /// Text with its line breaks as <w:br/> and tabs as <w:tab/> (a raw newline in <w:t> would show as a space).
    private static func runContent(_ text: String) -> String {
        var xml = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { xml += "<w:br/>" }
            for (tabIndex, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if tabIndex > 0 { xml += "<w:tab/>" }
                if !piece.isEmpty { xml += #"<w:t xml:space="preserve">\#(Markup.escape(String(piece)))</w:t>"# }
            }
        }
        return xml
    }

    private static func twips(_ share: Double) -> Int { Int((Double(textWidth) * share).rounded()) }

    private static func table(widths: [Int], rows: [String]) -> String {
        "<w:tbl><w:tblPr>"
            + #"<w:tblStyle w:val="FormGrid"/><w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/>"#
            + #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>"#
            + "</w:tblPr><w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
            + rows.joined() + "</w:tbl>"
    }

    private static func cell(_ lines: [String], width: Int, bold: Bool = false, shaded: Bool = false) -> String {
        "<w:tc><w:tcPr>" + #"<w:tcW w:w="\#(width)" w:type="dxa"/>"#
            + (shaded ? #"<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>"# : "")
            + "</w:tcPr>" + paragraph(lines, bold: bold) + "</w:tc>"
    }

    /// Rows that do not break across pages; `header` rows repeat at the top of every page.
    private static func row(_ cells: [String], header: Bool = false, minimumHeight: Int? = nil) -> String {
        var properties = "<w:cantSplit/>"
        if let minimumHeight { properties += #"<w:trHeight w:val="\#(minimumHeight)" w:hRule="atLeast"/>"# }
        if header { properties += "<w:tblHeader/>" }
        return "<w:tr><w:trPr>\(properties)</w:trPr>" + cells.joined() + "</w:tr>"
    }

    private static func fieldsTable(_ fields: [ExportDocument.Field]) -> String {
        let widths = [twips(0.42), twips(0.58)]
        return table(widths: widths, rows: fields.map { field in
            row([cell([field.label], width: widths[0], bold: true, shaded: true), cell(field.lines, width: widths[1])])
        })
    }

    private static func dataTable(_ table: ExportDocument.Table) -> String {
        let widths = table.columns.map { twips($0.width) }
        let header = row(zip(table.columns, widths).map { cell([$0.title], width: $1, bold: true, shaded: true) }, header: true)
        let height = table.handwritten ? handwrittenRowHeight : nil
        var rows = table.rows.map { cells in
            row(zip(cells, widths).map { cell($0, width: $1) }, minimumHeight: height)
        }
        if rows.isEmpty {
            rows = [row(widths.enumerated().map { cell($0 == 0 ? [table.emptyText] : [], width: $1) }, minimumHeight: height)]
        }
        return Self.table(widths: widths, rows: [header] + rows)
    }
}
