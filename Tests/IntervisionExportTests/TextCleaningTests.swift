import Foundation
@testable import IntervisionExport
import Testing

@Suite("Text cleaning and escaping")
struct TextCleaningTests {
    @Test("control characters become visible pictures; line breaks are kept or flattened")
    func controls() {
        #expect(TextCleaning.line("a\u{1B}b") == "a\u{241B}b")
        #expect(TextCleaning.line("a\u{0}b\u{7F}c\u{85}d") == "a\u{2400}b\u{2421}c\u{FFFD}d")
        #expect(TextCleaning.line("a\r\nb\tc") == "a b c")
        #expect(TextCleaning.clean("a\r\nb\rc\u{2028}d", keepLineBreaks: true) == "a\nb\nc\nd")
        #expect(TextCleaning.lines("\n\nx\n\ny\n \n") == ["x", "", "y"])
    }

    @Test("markup escaping covers the five XML/HTML specials")
    func markup() {
        #expect(Markup.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Markup.escape("\u{1B}") == "\u{241B}")
    }

    @Test("Markdown escaping neutralises formatting, HTML and list markers")
    func markdown() {
        #expect(MarkdownText.escape("*vet* _x_ [link](y) | <b>") == "\\*vet\\* \\_x\\_ \\[link\\](y) \\| &lt;b&gt;")
        #expect(MarkdownText.escape("- punt") == "\\- punt")
        #expect(MarkdownText.escape("1. punt") == "1\\. punt")
        #expect(MarkdownText.escape("# kop") == "\\# kop")
    }

    @Test("Dutch hours: decimal comma, no trailing zeros")
    func hours() {
        #expect(DutchFormatting.hours(2) == "2 uur")
        #expect(DutchFormatting.hours(2.5) == "2,5 uur")
        #expect(DutchFormatting.hours(1.75) == "1,75 uur")
    }

    @Test("CRC-32 matches the standard check value")
    func crc() {
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
    }
}
