import IntervisionCore

/// An export the effect runner carries out through the one `ExportJob`: Core's request (what, of
/// which group and year, refused or not, its file name), where it goes, and whether an existing
/// file may be replaced. Never over a file without `force`.
public struct ExportOrder: Sendable, Equatable {
    public var request: ExportRequest
    /// As typed; `~/` is the home folder.
    public var folder: String
    public var force: Bool
    /// The folder does not exist and the user said to make it (0700).
    public var createFolder: Bool
    /// Encrypts a group file (`ExportKind.groupFile(encrypted: true)`).
    public var passphrase: String?

    public init(_ request: ExportRequest, folder: String, force: Bool, createFolder: Bool = false, passphrase: String? = nil) {
        self.request = request
        self.folder = folder
        self.force = force
        self.createFolder = createFolder
        self.passphrase = passphrase
    }

    /// `jaarplan-<group>.docx`, …, `groep-<group>.json`: safe for any group name (`ExportFileName`).
    public var fileName: String { request.fileName }
}
