import IntervisionCore

/// A screen on the stack (overview → group → form …; help and settings open over any screen, Esc
/// goes back). Each screen is a value of its own type, in its own folder under `Screens/` with its
/// update, its view and its texts; the app reaches a screen only through this protocol, so adding a
/// screen means adding a folder (and, when it has keys of its own, their scope in `KeyTable`).
protocol Screen: Sendable, Equatable {
    /// Its name in the header's trail: "intervisie › Overzicht › Chirurgen Utrecht".
    func title(_ state: AppState) -> String
    /// Which part of the key table applies now.
    var keyScope: KeyScope { get }
    /// A key pressed while this screen is on top, with the action the key table makes of it in
    /// `keyScope`. Changes the screen and the state; returns the effects to run and where to go.
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome
    /// After a resize or a change of data: every selection again inside its (possibly shorter)
    /// list and in view.
    mutating func clamp(_ state: AppState)
    /// Draws the screen into a blank canvas of the state's size.
    func draw(_ canvas: inout Canvas, _ state: AppState)
    /// The store answered a save this screen asked for (keys wait for the answer, so the screen
    /// that asked is on top): confirmed, it goes on (closes, shows the result); refused, it keeps
    /// what was typed (the refusal dialog is shown over it).
    mutating func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome
    /// A group changed under this screen (read again from disk, or saved from a dialog over it):
    /// a screen holding unsaved edits of it keeps them on the new version.
    mutating func groupReloaded(from old: Group, to new: Group, _ state: AppState)
}

extension Screen {
    mutating func clamp(_ state: AppState) {}

    mutating func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome { Outcome() }

    mutating func groupReloaded(from old: Group, to new: Group, _ state: AppState) {}

    /// The same screen in the same state (screens are values).
    func isSame(as other: any Screen) -> Bool { (other as? Self) == self }
}

/// A dialog: drawn over the screen it was opened from, never over another dialog. It is drawn
/// with the trail of the screen below, but names itself all the same (`title`, no default): help
/// opened over it shows "Chirurgen Utrecht › Verwijderen › Help".
protocol DialogScreen: Screen {
    /// Draws the dialog (and the status bar) over the screen below, already drawn.
    func drawDialog(_ canvas: inout Canvas, _ state: AppState)
}

extension DialogScreen {
    func draw(_ canvas: inout Canvas, _ state: AppState) {
        canvas = App.viewUnderneath(state)
        drawDialog(&canvas, state)
    }
}

/// What a screen's update decided: effects to run and where to go.
struct Outcome {
    var effects: [Effect] = []
    var navigation: Navigation = .stay

    init(_ effects: [Effect] = [], _ navigation: Navigation = .stay) {
        self.effects = effects
        self.navigation = navigation
    }
}

/// A move on the screen stack.
enum Navigation {
    case stay
    case push(any Screen)
    case pop
    /// Replace the whole stack (first start → overview).
    case reset(any Screen)
    /// Replace the top screen (a saved form by the dialog that shows what the save did).
    case replace(any Screen)
    /// Take the top two screens off (a dialog and the form it was about).
    case popTwo
}
