/// Screen geometry that `update` (to keep selections visible) and the views (to draw) must agree on.
public enum Layout {
    /// Below this the "terminal too small" screen is shown. 60×16 keeps the overview's columns
    /// readable and leaves eight list rows: a whole group's members.
    public static let minimumSize = Size(width: 60, height: 16)

    /// Header, summary line, column headings above; status bar below.
    public static func overviewListHeight(_ size: Size) -> Int { max(1, size.height - 4) }
    /// Header, group line, two facts lines, tabs, column headings above; status bar below.
    public static func groupListHeight(_ size: Size) -> Int { max(1, size.height - 7) }
    /// Header and title/intro above; status bar below.
    public static func helpListHeight(_ size: Size) -> Int { max(1, size.height - 4) }
    public static func settingsListHeight(_ size: Size) -> Int { SettingsRow.allCases.count }
}
