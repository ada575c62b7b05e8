import IntervisionCore

/// The passphrase of an encrypted group file, over the screen the export dialog was opened from
/// (it takes the dialog's place and gives it back on Esc): typed twice without echo, or proposed
/// as six words to read out over the phone, shown once. Enter encrypts and writes (off the UI
/// thread: scrypt takes about a second); the dialog stays, "writing", until the result is in.
struct PassphraseScreen: DialogScreen, Equatable {
    enum Field: Int { case first, second }

    /// The export dialog this came from, given back on Esc or when the file exists.
    var export: ExportScreen
    var first = PassphraseField()
    var second = PassphraseField()
    var focus: Field = .first
    /// The proposed passphrase, shown in the dialog while the fields still hold it.
    var proposal: String?
    var failure: LocalizedText?
    /// The file is being encrypted and written.
    var isWriting = false

    var keyScope: KeyScope { .newPassphrase }

    /// Named in the trail when help is opened over the dialog.
    func title(_ state: AppState) -> String { PassphraseTexts.name.text(state.language) }

    /// Takes the export dialog's place: to ask for the passphrase, or (when the dialog already has
    /// one, after "the file exists, Enter overwrites") to write at once.
    static func ask(for export: ExportScreen, order: ExportOrder?) -> Outcome {
        var screen = PassphraseScreen(export: export)
        guard let order else { return Outcome([], .replace(screen)) }
        screen.isWriting = true
        return Outcome([.export(order)], .replace(screen))
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        if isWriting { return Outcome() }
        switch action {
        case .back:
            var export = self.export
            export.passphrase = nil
            return Outcome([], .replace(export))
        case .nextField, .previousField:
            focus = focus == .first ? .second : .first
            return Outcome()
        case .proposePassphrase:
            return Outcome([.share(.proposePassphrase)])
        case .acceptInput:
            return accept(&state)
        default:
            let changed = focus == .first ? first.handle(key) : second.handle(key)
            if changed {
                failure = nil
                if let proposal, first.text != proposal || second.text != proposal { self.proposal = nil }
            }
            return Outcome()
        }
    }

    /// Enter: on the first field, on to the second; then both must match.
    private mutating func accept(_ state: inout AppState) -> Outcome {
        if first.isEmpty {
            failure = PassphraseTexts.empty
            focus = .first
            return Outcome()
        }
        if focus == .first && second.isEmpty {
            focus = .second
            return Outcome()
        }
        guard first.text == second.text else {
            failure = PassphraseTexts.differ
            second.clear()
            focus = .second
            return Outcome()
        }
        var export = self.export
        export.passphrase = first.text
        guard case .success(let order) = export.order(state) else {
            // The group went away meanwhile: the export dialog says why.
            return Outcome([], .replace(export))
        }
        self.export = export
        first.clear()
        second.clear()
        isWriting = true
        return Outcome([.export(order)])
    }

    /// Six words from the runtime: both fields hold them, and the dialog shows them once.
    static func proposed(_ words: String, _ state: inout AppState) -> [Effect] {
        guard var screen = state.top as? PassphraseScreen, !screen.isWriting else { return [] }
        screen.proposal = words
        screen.first.set(words)
        screen.second.set(words)
        screen.failure = nil
        state.stack[state.stack.count - 1] = screen
        return []
    }

    /// The encrypted file was written, or not: the export dialog takes over again, and says so.
    /// (Help opened over the dialog while it wrote closes: the outcome is about the dialog.)
    static func exported(_ result: EffectResult, _ state: inout AppState) -> [Effect] {
        guard let index = state.stack.lastIndex(where: { $0 is PassphraseScreen }),
              let screen = state.stack[index] as? PassphraseScreen, screen.isWriting else { return ExportScreen.exported(result, &state) }
        state.stack.removeSubrange((index + 1)...)
        state.stack[index] = screen.export
        return ExportScreen.exported(result, &state)
    }

    func drawDialog(_ canvas: inout Canvas, _ state: AppState) {
        Chrome.drawStatusBar(&canvas, scope: keyScope, state: state)
        PassphraseView.draw(&canvas, screen: self, state: state)
    }
}
