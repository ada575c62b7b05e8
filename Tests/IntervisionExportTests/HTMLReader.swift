import Foundation

/// Parses an HTML export with Python's html.parser: tables as rows of cell texts (<br> as a line
/// break, entities decoded), headings, footer paragraphs, the tags used and the text of the page.
struct HTMLReport: Decodable {
    var title: String
    var h1: [String]
    var h2: [String]
    var tables: [[[String]]]
    var footer: [String]
    var tags: [String]
    var classes: [String]
    var styles: String
    var text: String

    static func read(_ html: String) throws -> HTMLReport {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: file)
        let result = try Python.run(script, arguments: [file.path])
        guard result.status == 0 else { throw DocxReport.ReadError(message: result.stderr) }
        return try JSONDecoder().decode(HTMLReport.self, from: Data(result.stdout.utf8))
    }

    static let script = #"""
import sys, json
from html.parser import HTMLParser
class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.tables, self.cell, self.heading, self.para = [], [], None, None, None
        self.out = {'title': '', 'h1': [], 'h2': [], 'footer': [], 'tags': [], 'classes': [], 'styles': '', 'text': ''}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.out['tags'].append(tag)
        self.out['classes'] += (a.get('class') or '').split()
        if tag == 'table': self.tables.append([])
        elif tag == 'tr': self.tables[-1].append([])
        elif tag in ('td', 'th'): self.cell = ''
        elif tag == 'br' and self.cell is not None: self.cell += '\n'
        elif tag in ('h1', 'h2', 'title'): self.heading = (tag, '')
        elif tag == 'p' and 'footer' in self.stack: self.para = ''
        if tag not in ('br', 'meta', 'col'): self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in ('td', 'th'):
            self.tables[-1][-1].append(self.cell); self.cell = None
        elif tag in ('h1', 'h2', 'title') and self.heading:
            kind, text = self.heading
            if kind == 'title': self.out['title'] = text
            else: self.out[kind].append(text)
            self.heading = None
        elif tag == 'p' and self.para is not None:
            self.out['footer'].append(self.para); self.para = None
        while self.stack and self.stack.pop() != tag: pass
    def handle_data(self, data):
        if self.stack and self.stack[-1] == 'style': self.out['styles'] += data; return
        self.out['text'] += data
        if self.cell is not None: self.cell += data
        if self.heading: self.heading = (self.heading[0], self.heading[1] + data)
        if self.para is not None: self.para += data
reader = Reader()
reader.feed(open(sys.argv[1], encoding='utf-8').read())
reader.close()
reader.out['tables'] = reader.tables
print(json.dumps(reader.out))
"""#
}
