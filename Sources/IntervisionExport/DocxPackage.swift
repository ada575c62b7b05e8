import Foundation

/// Assembles the OOXML (WordprocessingML) package around rendered body, header and footer XML:
/// content types, relationships, styles, settings and document properties.
///
/// Word validates element order against the schema (ECMA-376 Part 1), so the XML here and in
/// `DocxRenderer` writes child elements in the order the schema lists them.
enum DocxPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    struct Parts {
        var document: String
        var header: String?
        var footer: String?
        var title: String
    }

    static func archive(_ parts: Parts) -> Data {
        var zip = ZipWriter()
        zip.add(path: "[Content_Types].xml", text: contentTypes(parts))
        zip.add(path: "_rels/.rels", text: packageRelationships)
        zip.add(path: "docProps/core.xml", text: coreProperties(title: parts.title))
        zip.add(path: "docProps/app.xml", text: appProperties)
        zip.add(path: "word/document.xml", text: declaration + parts.document)
        zip.add(path: "word/_rels/document.xml.rels", text: documentRelationships(parts))
        zip.add(path: "word/styles.xml", text: styles)
        zip.add(path: "word/settings.xml", text: settings)
        if let header = parts.header { zip.add(path: "word/header1.xml", text: declaration + header) }
        if let footer = parts.footer { zip.add(path: "word/footer1.xml", text: declaration + footer) }
        return zip.finish()
    }

    // Relationship ids the renderer refers to in sectPr.
    static let headerRelationshipID = "rIdHeader1"
    static let footerRelationshipID = "rIdFooter1"

    private static func contentTypes(_ parts: Parts) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var overrides = [
            ("/word/document.xml", "\(main).document.main+xml"),
            ("/word/styles.xml", "\(main).styles+xml"),
            ("/word/settings.xml", "\(main).settings+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        if parts.header != nil { overrides.append(("/word/header1.xml", "\(main).header+xml")) }
        if parts.footer != nil { overrides.append(("/word/footer1.xml", "\(main).footer+xml")) }
        return declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
            + "</Types>"
    }

    private static let packageRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    private static func documentRelationships(_ parts: Parts) -> String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var relationships = [
            ("rIdStyles", "\(base)/styles", "styles.xml"),
            ("rIdSettings", "\(base)/settings", "settings.xml"),
        ]
        if parts.header != nil { relationships.append((headerRelationshipID, "\(base)/header", "header1.xml")) }
        if parts.footer != nil { relationships.append((footerRelationshipID, "\(base)/footer", "footer1.xml")) }
        return declaration
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + relationships.map { #"<Relationship Id="\#($0.0)" Type="\#($0.1)" Target="\#($0.2)"/>"# }.joined()
            + "</Relationships>"
    }

    private static func coreProperties(title: String) -> String {
        declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(Markup.escape(TextCleaning.line(title)))</dc:title>"
            + "<dc:creator>intervisie</dc:creator>"
            + "<dc:language>nl-NL</dc:language>"
            + "</cp:coreProperties>"
    }

    private static let appProperties = declaration
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>intervisie</Application>"
        + "</Properties>"

    /// compatibilityMode 15: Word opens the file as a current document, not in compatibility mode.
    private static let settings = declaration
        + #"<w:settings xmlns:w="\#(wordNamespace)">"#
        + #"<w:defaultTabStop w:val="709"/>"#
        + #"<w:characterSpacingControl w:val="doNotCompress"/>"#
        + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        + "</w:settings>"

    /// Arial 10 pt, Dutch proofing language; a title, a heading, a small style for footnotes, and
    /// a bordered table style like the form's grid.
    private static let styles = declaration
        + #"<w:styles xmlns:w="\#(wordNamespace)">"#
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + #"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#
        + #"<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/>"#
        + "</w:rPr></w:rPrDefault>"
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>"#
        + "</w:docDefaults>"
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="15"/><w:szCs w:val="15"/></w:rPr></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Concept"><w:name w:val="Concept"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="C00000"/><w:spacing w:val="40"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>"#
        + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>"#
        + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + #"<w:style w:type="table" w:styleId="FormGrid"><w:name w:val="Form Grid"/><w:basedOn w:val="TableNormal"/><w:qFormat/>"#
        + #"<w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>"#
        + #"<w:tblPr><w:tblBorders>"#
        + #"<w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#
        + #"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#
        + #"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/>"#
        + #"</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>"#
        + #"<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>"#
        + "</w:styles>"
}
