public enum SettingsRow: Int, CaseIterable, Sendable {
    case theme, language, role
    // MARK: - Supervisor profile
    /// Not a value to cycle: Enter or → opens the profile form.
    case profile
}

public struct SettingsScreen: Sendable, Equatable {
    public var cursor = ListCursor()
    public init() {}
}
