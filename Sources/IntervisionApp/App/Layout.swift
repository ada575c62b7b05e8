/// Screen geometry that `update` (to keep selections visible) and the views (to draw) must agree on.
/// Each screen adds its own (`Layout.overviewListHeight`, …) in its folder.
public enum Layout {
    /// Below this the "terminal too small" screen is shown. 60×16 keeps the overview's columns
    /// readable and leaves eight list rows: a whole group's members.
    public static let minimumSize = Size(width: 60, height: 16)
}
