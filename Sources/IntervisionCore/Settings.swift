/// Who is using the app: the supervisor keeps the records, the contact person fills in the plan.
public enum Role: String, Sendable, CaseIterable, Hashable {
    case supervisor
    case contactPerson = "contact"
}

/// The user's choices, kept in the data folder (settings.json).
public struct Settings: Hashable, Sendable {
    /// A shipped theme name or the name of a theme file in the data folder's themes/.
    public var theme: String
    /// nil: from the environment (LANG).
    public var language: Language?
    public var role: Role
    /// The folder the export dialog wrote to last, as typed (`~/…` allowed); nil: none yet.
    public var exportFolder: String?

    public init(theme: String = "default", language: Language? = nil, role: Role = .supervisor, exportFolder: String? = nil) {
        self.theme = theme
        self.language = language
        self.role = role
        self.exportFolder = exportFolder
    }
}
