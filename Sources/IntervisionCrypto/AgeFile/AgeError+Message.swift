import IntervisionCore

extension AgeError {
    /// What went wrong, for the person at the keyboard; the caller names the file.
    public var message: LocalizedText {
        switch self {
        case .notAgeFile:
            return LocalizedText(nl: "geen versleuteld (age-)bestand", en: "not an encrypted (age) file")
        case .unsupportedVersion(let version):
            return LocalizedText(nl: "age-versie '\(version)' wordt niet ondersteund (alleen v1)",
                                 en: "age version '\(version)' is not supported (only v1)")
        case .armored:
            return LocalizedText(nl: "een age-bestand als tekst (-----BEGIN AGE ENCRYPTED FILE-----) wordt niet gelezen; vraag om het gewone bestand",
                                 en: "an age file in text form (-----BEGIN AGE ENCRYPTED FILE-----) is not read; ask for the plain binary file")
        case .notPassphraseEncrypted:
            return LocalizedText(nl: "versleuteld voor een age-sleutel, niet met een wachtzin",
                                 en: "encrypted for an age key, not with a passphrase")
        case .malformedHeader(let what):
            return LocalizedText(nl: "beschadigd: de kop van het versleutelde bestand klopt niet (\(what))",
                                 en: "damaged: the header of the encrypted file is not valid (\(what))")
        case .workFactorTooHigh(let factor, let maximum):
            let shown = factor == Int.max ? "> 99" : String(factor)
            return LocalizedText(nl: "vraagt te veel rekenwerk om te openen (scrypt-werkfactor \(shown), hoogstens \(maximum))",
                                 en: "asks for too much work to open (scrypt work factor \(shown), at most \(maximum))")
        case .wrongPassphrase:
            return LocalizedText(nl: "verkeerde wachtzin", en: "wrong passphrase")
        case .damaged(let damage):
            let part: (nl: String, en: String)
            switch damage {
            case .headerMAC: part = ("de kop is gewijzigd", "the header was changed")
            case .truncated: part = ("het bestand is afgekapt", "the file was cut short")
            case .truncatedOrChanged: part = ("het bestand is afgekapt of gewijzigd", "the file was cut short or changed")
            case .changed: part = ("de inhoud is gewijzigd", "the content was changed")
            }
            return LocalizedText(nl: "beschadigd: \(part.nl) sinds het werd versleuteld",
                                 en: "damaged: \(part.en) since it was encrypted")
        case .tooLarge(let size, let maximum):
            return LocalizedText(nl: "te groot (\(size) bytes; hoogstens \(maximum))", en: "too large (\(size) bytes; at most \(maximum))")
        case .emptyPassphrase:
            return LocalizedText(nl: "de wachtzin is leeg", en: "the passphrase is empty")
        case .cryptoFailure:
            return LocalizedText(nl: "versleutelen mislukt (te weinig geheugen?)", en: "encryption failed (not enough memory?)")
        }
    }
}
