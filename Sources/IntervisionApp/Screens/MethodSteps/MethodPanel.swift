import IntervisionCore

/// A method's steps, to run the meeting from the app; ←→ shows the other methods.
public struct MethodPanel: DialogScreen, Equatable {
    /// The names offered, the group's own first.
    public var names: [String]
    public var index: Int
    public var scroll = 0

    public init(names: [String], index: Int) {
        self.names = names
        self.index = index
    }

    /// The methods to page through, starting at `method` (or the group's first). A method typed by
    /// hand that the library does not know comes first, so the panel can say where to add it.
    init(showing method: String, of group: Group, _ state: AppState) {
        var names = state.methods.choices(for: group)
        let typed = method.trimmingSpaces()
        let known = state.methods.method(named: typed)
        if let index = names.firstIndex(where: { $0 == typed || (known?.isNamed($0) ?? false) }) {
            self.init(names: names, index: index)
            return
        }
        if !typed.isEmpty { names.insert(typed, at: 0) }
        self.init(names: names, index: 0)
    }

    var keyScope: KeyScope { .panel }

    /// Named in the trail when help is opened over the panel.
    func title(_ state: AppState) -> String { MethodStepsTexts.name.text(state.language) }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .closeDialog:
            return Outcome([], .pop)
        case .nextValue, .previousValue:
            guard !names.isEmpty else { return Outcome() }
            index = (index + (action == .nextValue ? 1 : -1) + names.count) % names.count
            scroll = 0
        case .moveUp:
            scroll = max(0, scroll - 1)
        case .moveDown:
            scroll = min(scroll + 1, MethodPanelText.maximumScroll(self, state))
        default:
            break
        }
        return Outcome()
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        canvas.cursor = nil
        MethodPanelText.dialog(self, state: state, canvasSize: canvas.size).draw(on: &canvas, maxWidth: MethodPanelText.maxWidth)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}
