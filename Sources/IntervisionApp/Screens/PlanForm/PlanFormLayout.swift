/// Geometry of the plan form and its dialogs, shared by `update` (scrolling) and the views.
extension Layout {
    /// From this width "what is still missing" is a panel beside the form; below it, two lines under it.
    static let planFormSidePanelFromWidth = 100
    static let planFormPanelWidth = 34

    static func planFormHasSidePanel(_ size: Size) -> Bool { size.width >= planFormSidePanelFromWidth }

    /// Header and title above; the status bar (and, when narrow, the two panel lines) below.
    static func planFormBodyHeight(_ size: Size) -> Int {
        max(1, size.height - 3 - (planFormHasSidePanel(size) ? 0 : 2))
    }

    /// The rows a choice list shows at once.
    static func choiceListHeight(_ size: Size) -> Int { max(1, size.height - 8) }
}
