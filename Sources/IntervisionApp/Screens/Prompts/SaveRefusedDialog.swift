import IntervisionCore

/// "Niet bewaard": the data folder refused a save, and why, in the user's words. Shown over the
/// screen that asked, which keeps everything typed (Esc goes back to it, to try again). When the
/// file was changed by someone else, `r` reads it again from disk: the screens then show what is
/// there now, and a form still holds the edit, to save again.
public struct SaveRefusedDialog: DialogScreen, Equatable {
    /// What `r` reads again (nil: nothing to read again, the demo data).
    public var file: StoredFile?
    /// Which change was not saved.
    public var notSaved: LocalizedText
    public var refusal: StoreRefusal
    /// The dialog this one took the place of (a prompt with what was typed in it), given back on close.
    var covered: CoveredDialog?

    init(file: StoredFile?, notSaved: LocalizedText, refusal: StoreRefusal) {
        self.file = file
        self.notSaved = notSaved
        self.refusal = refusal
    }

    var keyScope: KeyScope { offersReload ? .changedOnDisk : .saveRefused }

    /// Named in the trail, by its title, when help is opened over the dialog.
    func title(_ state: AppState) -> String { SaveTexts.refusedTitle.text(state.language) }

    private var offersReload: Bool { refusal.offersReload && file != nil }

    func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch action {
        case .reload where offersReload:
            // The answer (`reloaded`) closes this dialog.
            return Outcome(file.map { [.reload($0)] } ?? [])
        case .closeDialog:
            return Outcome([], closing)
        default:
            return Outcome()
        }
    }

    /// Back to the screen below, or to the dialog this one covered.
    var closing: Navigation { covered.map { .replace($0.screen) } ?? .pop }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let explain = offersReload ? file.map(SaveTexts.reloadExplain) ?? SaveTexts.keptExplain : SaveTexts.keptExplain
        Dialog(title: SaveTexts.refusedTitle.text(language),
               lines: [Dialog.Line(notSaved.text(language)), Dialog.Line(""),
                       Dialog.Line(refusal.message.text(language), .error), Dialog.Line(""),
                       Dialog.Line(explain.text(language), .muted)],
               footer: (offersReload ? SaveTexts.reloadOrBack : SaveTexts.back).text(language),
               breaksLongWords: true).draw(on: &canvas)
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
    }
}

/// A dialog put aside while the refusal is shown over its place (dialogs never stack).
struct CoveredDialog: Sendable, Equatable {
    let screen: any Screen

    init(_ screen: any Screen) { self.screen = screen }

    static func == (a: CoveredDialog, b: CoveredDialog) -> Bool { a.screen.isSame(as: b.screen) }
}
