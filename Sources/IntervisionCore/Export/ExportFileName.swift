import Foundation

/// File names for exports, made from a group's name: the same names from the command line and the
/// screens, safe on every file system.
public enum ExportFileName {
    /// The longest name we make, in bytes: well inside every file system's 255 and short enough for
    /// e-mail attachments and upload forms.
    static let maximumLength = 100

    /// The extension an encrypted hand-over file gets after its own (`groep-….json.age`).
    public static let encryptedExtension = "age"

    private static let windowsReservedNames = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    /// A file name like `jaarplan-Geintensiveerde-zorg-Leiden.docx` for any group name.
    ///
    /// Diacritics are folded to ASCII (ï → i) and anything else that is not an ASCII letter or
    /// digit becomes a single `-`: such names survive every file system, ZIP tool, mail program
    /// and upload form (GAIA included), where non-ASCII names still get mangled. No path
    /// separators, no `: * ? " < > |`, no control characters, no leading dot, at most 100 bytes.
    public static func safe(for groupName: String, kind: String, ext: String) -> String {
        let ext = String(ASCIIFolding.words(ext).filter { $0 != "-" }.prefix(10)).lowercased()
        let kind = String(ASCIIFolding.words(kind).prefix(30))
        var group = ASCIIFolding.words(groupName)
        if group.isEmpty { group = "groep" }
        let stem = kind.isEmpty ? group : "\(kind)-\(group)"
        let room = maximumLength - (ext.isEmpty ? 0 : ext.count + 1)
        var cut = String(stem.prefix(room))
        while cut.hasSuffix("-") { cut.removeLast() }
        if windowsReservedNames.contains(cut.uppercased()) { cut += "-bestand" }
        return ext.isEmpty ? cut : "\(cut).\(ext)"
    }
}
