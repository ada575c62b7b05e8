import Foundation

/// Opens a DOCX with Python's zipfile + ElementTree (and python-docx when installed) and reports
/// what a reader sees: the parts, whether every part is typed and every relationship resolves, the
/// body as paragraphs and tables, header and footer texts, and page size.
struct DocxReport: Decodable {
    struct Block: Decodable {
        var paragraph: String?
        var style: String?
        var table: [[String]]?
    }

    struct Page: Decodable {
        var w, h, top, left, right, bottom: String
    }

    struct PythonDocx: Decodable {
        var tables: [[[String]]]
        var paragraphs: [String]
        var header: [String]?
        var footer: [String]
        var page: [Int]
    }

    var parts: [String]
    var untyped: [String]
    var missingParts: [String]
    var dangling: [String]
    var blocks: [Block]
    var header: [String]?
    var footer: [String]?
    var page: Page
    var allText: [String: String]
    var pythonDocx: PythonDocx?
    /// Parts whose bytes contain a control character other than tab, CR and LF.
    var rawControls: [String]

    var tables: [[[String]]] { blocks.compactMap(\.table) }
    var paragraphs: [String] { blocks.compactMap(\.paragraph) }

    static func read(_ data: Data) throws -> DocxReport {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.docx")
        try data.write(to: file)
        let result = try Python.run(script, arguments: [file.path])
        guard result.status == 0 else { throw ReadError(message: result.stderr) }
        return try JSONDecoder().decode(DocxReport.self, from: Data(result.stdout.utf8))
    }

    struct ReadError: Error, CustomStringConvertible {
        var message: String
        var description: String { "the DOCX could not be read: \(message)" }
    }

    static let script = #"""
import sys, json, zipfile, xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
PR = '{http://schemas.openxmlformats.org/package/2006/relationships}'
CT = '{http://schemas.openxmlformats.org/package/2006/content-types}'
path = sys.argv[1]
z = zipfile.ZipFile(path)
bad = z.testzip()
assert bad is None, 'CRC error in ' + str(bad)
names = z.namelist()
trees = {n: ET.fromstring(z.read(n)) for n in names if n.endswith('.xml') or n.endswith('.rels')}
types = trees['[Content_Types].xml']
overrides = {o.get('PartName').lstrip('/'): o.get('ContentType') for o in types.iter(CT + 'Override')}
defaults = {d.get('Extension'): d.get('ContentType') for d in types.iter(CT + 'Default')}
untyped = [n for n in names if n not in overrides and n.rsplit('.', 1)[-1] not in defaults]
missing = [p for p in overrides if p not in names]
def rels(base, relfile):
    return {r.get('Id'): base + r.get('Target') for r in trees[relfile].iter(PR + 'Relationship')}
package_rels = rels('', '_rels/.rels')
doc_rels = rels('word/', 'word/_rels/document.xml.rels')
dangling = [t for t in list(package_rels.values()) + list(doc_rels.values()) if t not in names]
def para_text(p):
    out = ''
    for el in p.iter():
        if el.tag == W + 't': out += el.text or ''
        elif el.tag == W + 'br': out += '\n'
        elif el.tag == W + 'tab': out += '\t'
    return out
body = trees['word/document.xml'].find(W + 'body')
blocks = []
for child in body:
    if child.tag == W + 'p':
        style = child.find(W + 'pPr/' + W + 'pStyle')
        blocks.append({'paragraph': para_text(child), 'style': None if style is None else style.get(W + 'val')})
    elif child.tag == W + 'tbl':
        blocks.append({'table': [['\n'.join(para_text(p) for p in tc.findall(W + 'p')) for tc in tr.findall(W + 'tc')]
                                 for tr in child.findall(W + 'tr')]})
sect = body.find(W + 'sectPr')
def referenced(kind):
    for ref in sect.findall(W + kind + 'Reference'):
        return [para_text(p) for p in trees[doc_rels[ref.get(R + 'id')]].iter(W + 'p')]
    return None
pg, mar = sect.find(W + 'pgSz'), sect.find(W + 'pgMar')
result = {
    'parts': names, 'untyped': untyped, 'missingParts': missing, 'dangling': dangling, 'blocks': blocks,
    'header': referenced('header'), 'footer': referenced('footer'),
    'page': {k: el.get(W + a) for k, el, a in [('w', pg, 'w'), ('h', pg, 'h'), ('top', mar, 'top'),
             ('left', mar, 'left'), ('right', mar, 'right'), ('bottom', mar, 'bottom')]},
    'allText': {n: ''.join(t.itertext()) for n, t in trees.items()},
    'pythonDocx': None,
    'rawControls': [n for n in names if any(b < 0x20 and b not in (9, 10, 13) for b in z.read(n))],
}
try:
    import docx
except ImportError:
    pass
else:
    d = docx.Document(path)
    s = d.sections[0]
    result['pythonDocx'] = {
        'tables': [[[c.text for c in row.cells] for row in t.rows] for t in d.tables],
        'paragraphs': [p.text for p in d.paragraphs],
        'header': None if s.header.is_linked_to_previous else [p.text for p in s.header.paragraphs],
        'footer': [p.text for p in s.footer.paragraphs],
        'page': [s.page_width.twips, s.page_height.twips],
    }
print(json.dumps(result))
"""#
}
