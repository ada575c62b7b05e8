@testable import IntervisionApp
import Testing

@Suite("Display width and the canvas")
struct CanvasTests {
    @Test("width per grapheme cluster", arguments: [
        ("Müller", 6), ("Çelik", 5), ("Geïntensiveerd", 14), ("日本", 4), ("e\u{301}", 1), ("Zoë", 3),
        ("Ze\u{308}", 2), ("👍", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("🇳🇱", 2), ("한국", 4), ("ＡＢ", 4), ("a\u{200B}b", 2),
        ("👍🏽", 2), ("abc", 3), ("", 0),
    ])
    func width(_ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func truncatesByWidthWithEllipsis() {
        #expect(TextLayout.truncate("Geïntensiveerde zorg", toWidth: 10) == "Geïntensi…")
        #expect(TextLayout.truncate("日本語テキスト", toWidth: 5) == "日本…")
        #expect(TextLayout.truncate("日本語", toWidth: 6) == "日本語")
        #expect(TextLayout.truncate("abc", toWidth: 0) == "")
        #expect(DisplayWidth.of(TextLayout.pad("日本", toWidth: 7)) == 7)
    }

    /// Plain ASCII takes a shorter path through `write`: it cuts, places and blanks half a wide
    /// character exactly as the general path does.
    @Test func asciiIsWrittenAsTheGeneralPathWritesIt() {
        for width in 0...12 {
            for column in [-3, 0, 2] {
                var ascii = Canvas(size: Size(width: 12, height: 1))
                var general = Canvas(size: Size(width: 12, height: 1))
                ascii.write("Jansen-Smit", row: 0, column: column, maxWidth: width)
                general.write("Jansen-Smit\u{301}", row: 0, column: column, maxWidth: width)  // a combining mark: not ASCII
                #expect(ascii.lines() == general.lines().map { $0.replacingOccurrences(of: "\u{301}", with: "") }, "width \(width) at \(column)")
            }
        }
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.write("日本語", row: 0, column: 0)
        canvas.write("x", row: 0, column: 1)
        #expect(canvas[0, 0].symbol == " " && canvas[0, 1].symbol == "x" && canvas[0, 2].symbol == "本")
    }

    @Test func wideCharactersTakeTwoCells() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        canvas.write("a日b", row: 0, column: 0)
        #expect(canvas[0, 1].symbol == "日")
        #expect(canvas[0, 2].isContinuation)
        #expect(canvas[0, 3].symbol == "b")
        #expect(canvas.lines() == ["a日b    "])
        // A wide character that does not fit in the last column is cut, never split.
        var narrow = Canvas(size: Size(width: 3, height: 1))
        narrow.write("ab日", row: 0, column: 0)
        #expect(narrow.lines() == ["ab…"])
        // Overwriting half of a wide character blanks the other half.
        canvas.write("x", row: 0, column: 2)
        #expect(canvas[0, 1].symbol == " ")
    }

    @Test func combiningMarksStayInTheirCell() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("Ze\u{308}r", row: 0, column: 0)
        #expect(canvas[0, 1].symbol == "e\u{308}")
        #expect(canvas[0, 2].symbol == "r")
    }

    @Test("control characters are drawn visibly, never raw", arguments: [
        ("a\u{1B}[31mb", "a␛[31mb"), ("bel\u{07}", "bel␇"), ("nul\u{00}", "nul␀"), ("del\u{7F}", "del␡"),
        ("c1\u{9B}x", "c1<9B>x"), ("cr\r\nlf", "cr␍␊lf"), ("tab\t", "tab␉"), ("rtl\u{202E}x", "rtl<202E>x"),
    ])
    func controlCharacters(_ text: String, _ shown: String) {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.write(text, row: 0, column: 0)
        let line = canvas.lines()[0]
        #expect(line.hasPrefix(shown))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func namesLineUpInATable() {
        let names = ["Müller", "Çelik", "Geïntensiveerd", "日本", "Zoë de Vries", "José", "👍 Smit", "Ze\u{308}ger"]
        var canvas = Canvas(size: Size(width: 40, height: names.count))
        let table = Table(columns: [Table.Column("Naam", width: 12), Table.Column("BIG", width: 11)], column: 0, width: 24)
        table.drawRows(&canvas, top: 0, height: names.count, count: names.count, cursor: nil) { index in
            [Table.Item(names[index]), Table.Item("12345678901")]
        }
        for row in 0..<names.count {
            // The second column starts in the same cell on every row.
            #expect(canvas[row, 13].symbol == "1", "row \(row): \(canvas.lines()[row])")
            #expect(canvas[row, 12].symbol == " ")
        }
        #expect(canvas.lines()[2].hasPrefix("Geïntensive… 1"))
    }

    @Test func diffSendsOnlyChangedCells() {
        var old = Canvas(size: Size(width: 10, height: 3))
        old.write("hello", row: 1, column: 0)
        var new = old
        new.write("J", row: 1, column: 0)
        #expect(CanvasDiff.runs(from: old, to: new) == [CanvasDiff.Run(row: 1, column: 0, length: 1)])
        #expect(CanvasDiff.runs(from: old, to: old).isEmpty)
        #expect(CanvasDiff.runs(from: nil, to: new).count == 3)
        // A wide character change includes both halves.
        var wide = old
        wide.write("日", row: 2, column: 4)
        let runs = CanvasDiff.runs(from: old, to: wide)
        #expect(runs == [CanvasDiff.Run(row: 2, column: 4, length: 2)])
    }

    @Test func wrapsByWidth() {
        #expect(TextLayout.wrap("een twee drie vier", width: 9) == ["een twee", "drie vier"])
        #expect(TextLayout.wrap("日本 日本 日本", width: 5) == ["日本", "日本", "日本"])
    }
}

@Suite("Text field")
struct TextFieldTests {
    @Test func editsByGraphemeCluster() {
        var field = TextField()
        for c in "Zoe" { field.insert(c) }
        field.insert("\u{308}")  // combining diaeresis joins the e
        #expect(field.text == "Zoë".decomposedForTest)
        #expect(field.characters.count == 3)
        field.handle(.backspace)
        #expect(field.text == "Zo")
        field.handle(.home)
        field.insert("👍")
        #expect(field.text == "👍Zo")
        field.handle(.right)
        field.handle(.delete)
        #expect(field.text == "👍Z")
        field.handle(.end)
        field.insert("日")
        #expect(field.text == "👍Z日")
        field.handle(.control("u"))
        #expect(field.isEmpty)
    }

    @Test func scrollsToKeepTheCursorVisible() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        let field = TextField("abcdefghijklmnop")
        let cursor = field.draw(on: &canvas, row: 0, column: 0, width: 6)
        #expect(cursor == 5)
        #expect(canvas.lines()[0].hasPrefix("lmnop"))
    }
}

extension String {
    /// "Zoe" + U+0308 as typed, which Swift compares equal to the precomposed "Zoë".
    var decomposedForTest: String { self }
}
