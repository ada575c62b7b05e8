import IntervisionCore

/// The passphrase fields' texts (export and import).
enum PassphraseTexts {
    /// Its name in the trail (help opened over the dialog).
    static let name = LocalizedText(nl: "Wachtzin", en: "Passphrase")
    static let title = LocalizedText(nl: "Versleutelen met een wachtzin", en: "Encrypting with a passphrase")
    static let intro = LocalizedText(nl: "Het groepsbestand wordt versleuteld (age). Geef de wachtzin aan de ander op een andere manier dan het bestand: per telefoon of persoonlijk, niet in dezelfde e-mail.",
                                     en: "The group file is encrypted (age). Give the passphrase to the other person another way than the file: by phone or in person, not in the same e-mail.")
    static let passphrase = LocalizedText(nl: "Wachtzin", en: "Passphrase")
    static let again = LocalizedText(nl: "Nogmaals", en: "Again")
    static let typedHidden = LocalizedText(nl: "(getypt, niet getoond)", en: "(typed, not shown)")
    static let notShown = LocalizedText(nl: "Wat u typt wordt niet getoond.", en: "What you type is not shown.")
    static let proposalHeading = LocalizedText(nl: "Voorgestelde wachtzin (lees hem voor; hij wordt nergens bewaard en niet meer getoond):",
                                               en: "Proposed passphrase (read it out; it is stored nowhere and not shown again):")
    static let proposeHint = LocalizedText(nl: "Ctrl-G stelt een wachtzin van zes woorden voor, makkelijk voor te lezen.",
                                           en: "Ctrl-G proposes a passphrase of six words, easy to read out.")
    static let empty = LocalizedText(nl: "Typ een wachtzin, of laat er een voorstellen (Ctrl-G).", en: "Type a passphrase, or have one proposed (Ctrl-G).")
    static let differ = LocalizedText(nl: "De twee wachtzinnen verschillen; typ hem nogmaals.", en: "The two passphrases differ; type it again.")
    static let writing = LocalizedText(nl: "Versleutelen en schrijven…", en: "Encrypting and writing…")
    static let footer = LocalizedText(nl: "Enter schrijft · Esc terug", en: "Enter writes · Esc back")
}
