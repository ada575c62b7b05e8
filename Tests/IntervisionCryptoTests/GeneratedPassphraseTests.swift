import Testing
@testable import IntervisionCrypto

@Suite struct GeneratedPassphraseTests {
    @Test func sixWordsFromTheList() {
        let list = Set(GeneratedPassphrase.words)
        #expect(GeneratedPassphrase.words.count == 7772)
        #expect(list.count == 7772)
        #expect(list.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "a" && $0 <= "z" } })
        let phrase = GeneratedPassphrase.make()
        let words = phrase.split(separator: "-").map(String.init)
        #expect(words.count == 6)
        #expect(words.allSatisfy(list.contains))
        #expect(GeneratedPassphrase.make() != phrase)
        #expect(GeneratedPassphrase.entropyBits() > 77.5)
    }
}
