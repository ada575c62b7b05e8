import IntervisionCore

public enum SettingsRow: Int, CaseIterable, Sendable {
    case theme, language, role
    /// Not a value to cycle: Enter or → opens the profile form.
    case profile
}

/// Theme, language, role and the supervisor's profile; a change applies at once and is saved.
public struct SettingsScreen: Screen, Equatable {
    public var cursor = ListCursor()
    public init() {}

    var keyScope: KeyScope { .settings }

    func title(_ state: AppState) -> String { SettingsTexts.name.text(state.language) }

    mutating func clamp(_ state: AppState) {
        cursor.clamp(count: SettingsRow.allCases.count, height: Layout.settingsListHeight(state.size))
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        SettingsView.draw(&canvas, screen: self, state: state)
    }
}

extension Layout {
    public static func settingsListHeight(_ size: Size) -> Int { SettingsRow.allCases.count }
}
