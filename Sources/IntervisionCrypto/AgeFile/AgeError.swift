/// Why an age file could not be made or opened. The command line and the app show `message`.
public enum AgeError: Error, Equatable, Sendable {
    /// Not an age file at all (no "age-encryption.org/" first line).
    case notAgeFile
    /// An age file of a version this build does not know.
    case unsupportedVersion(String)
    /// The ASCII-armored form ("-----BEGIN AGE ENCRYPTED FILE-----"), which is not read here.
    case armored
    /// Encrypted for age keys (recipients), not with a passphrase.
    case notPassphraseEncrypted
    /// The header breaks the format's rules; what is wrong, in English (shown in both languages).
    case malformedHeader(String)
    /// The file asks for more scrypt work than we allow (see `AgeFile.maximumWorkFactor`).
    case workFactorTooHigh(Int, maximum: Int)
    /// The passphrase does not open the file.
    case wrongPassphrase
    /// The passphrase was right, but the file was changed or cut short after it was written.
    case damaged(Damage)
    /// Bigger than `AgeFile.maximumFileSize`.
    case tooLarge(Int, maximum: Int)
    case emptyPassphrase
    /// The crypto library refused (out of memory for scrypt, say).
    case cryptoFailure

    public enum Damage: Sendable, Equatable {
        case headerMAC
        case truncated
        case truncatedOrChanged
        case changed
    }
}
