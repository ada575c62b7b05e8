import Foundation

/// A passphrase of words drawn at random from the EFF's large word list, to read out over the
/// phone. The list (Resources/eff_large_wordlist.txt) is the EFF's long list for dice (7,776
/// words, CC BY 3.0 US, Electronic Frontier Foundation) without its 4 words with a hyphen, so the
/// words can be joined by hyphens and still be told apart: 7,772 words, 12.9 bits each; six words
/// are 77.6 bits, far beyond guessing even without scrypt's cost per try.
public enum GeneratedPassphrase {
    /// The number of words in a proposed passphrase.
    public static let defaultWordCount = 6

    /// The word list, one lowercase word per entry.
    public static let words: [String] = {
        guard let url = Bundle.module.url(forResource: "eff_large_wordlist", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }()

    /// Bits of entropy of a passphrase of `count` words.
    public static func entropyBits(words count: Int = defaultWordCount) -> Double {
        Double(count) * log2(Double(words.count))
    }

    /// `count` words chosen uniformly with the system's secure random generator, joined by hyphens.
    public static func make(words count: Int = defaultWordCount) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &generator)] }.joined(separator: "-")
    }
}
