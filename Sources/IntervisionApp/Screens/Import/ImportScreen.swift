import IntervisionCore

/// Taking in a hand-over file (`intervisie import` in the app): the path typed in place (Tab
/// completes it), the passphrase when the file is encrypted, then the changes exactly as the
/// command line lists them (`ImportReview`); Enter applies them, Esc leaves everything as it is.
public struct ImportScreen: Sendable, Equatable {
    public enum Step: Sendable, Equatable {
        /// Typing the path.
        case path
        /// The file is encrypted: typing its passphrase.
        case passphrase
        /// The runtime is reading (or decrypting) the file.
        case opening
        /// The changes, waiting for Enter or Esc.
        case review
    }

    public var step: Step = .path
    /// The path offered at the start is selected (as every text field is on arrival): typing
    /// replaces it, a moving key keeps it.
    public var path: TextField
    /// What Tab offered for the path as typed, listed under it when there is more than one.
    public var candidates: [PathCandidate] = []
    /// Tab found nothing to complete.
    public var noCandidates = false
    public var passphrase = PassphraseField()
    /// The file being opened, as the runtime named it (absolute).
    public var openedPath: String?
    /// Why the last attempt did not read the file (or did not open it).
    public var failure: LocalizedText?
    /// The group in the file, and what taking it in would do here.
    public var incoming: Group?
    public var usableID = true
    public var review: ImportReview?
    /// The first line of the review in view.
    public var scroll = 0

    public init(path: String = "~/") {
        self.path = TextField(path)
        self.path.select()
    }
}

extension ImportScreen: Screen {
    var keyScope: KeyScope {
        switch step {
        case .path: return .importPath
        case .passphrase, .opening: return .passphrase
        case .review: return .importReview
        }
    }

    func title(_ state: AppState) -> String { ImportTexts.name.text(state.language) }

    mutating func clamp(_ state: AppState) {
        scroll = max(0, min(scroll, reviewLineCount(state) - Layout.importReviewHeight(state.size)))
    }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        ImportView.draw(&canvas, screen: self, state: state)
    }
}

extension Layout {
    /// Header, title, the file's line and a blank above; the question and the status bar below.
    public static func importReviewHeight(_ size: Size) -> Int { max(1, size.height - 7) }
}
