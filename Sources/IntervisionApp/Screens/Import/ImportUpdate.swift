import IntervisionCore

/// The import screen's keys, step by step, and what the runtime found. Reading the file (and
/// decrypting it, about a second) is an effect; nothing is written until Enter on the review.
extension ImportScreen {
    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        switch step {
        case .path: return updatePath(key, action)
        case .passphrase: return updatePassphrase(key, action)
        case .opening: return action == .back ? Outcome([], .pop) : Outcome()
        case .review: return updateReview(action, &state)
        }
    }

    private mutating func updatePath(_ key: Key, _ action: Action?) -> Outcome {
        switch action {
        case .acceptInput:
            guard !path.text.trimmingSpaces().isEmpty else { return Outcome() }
            path.deselect()
            failure = nil
            candidates = []
            noCandidates = false
            step = .opening
            return Outcome([.share(.openHandover(path: path.text, passphrase: nil))])
        case .completePath:
            path.deselect()
            // "~" is a folder: Tab goes into it.
            if path.text == "~" {
                path = TextField("~/")
                return Outcome()
            }
            return Outcome([.share(.completePath(path.text))])
        case .back:
            return Outcome([], .pop)
        default:
            let before = path.text
            if path.handle(key), path.text != before {
                candidates = []
                noCandidates = false
                failure = nil
            }
            return Outcome()
        }
    }

    private mutating func updatePassphrase(_ key: Key, _ action: Action?) -> Outcome {
        switch action {
        case .acceptInput:
            guard !passphrase.isEmpty else {
                failure = PassphraseTexts.empty
                return Outcome()
            }
            let secret = passphrase.text
            passphrase.clear()
            failure = nil
            step = .opening
            return Outcome([.share(.openHandover(path: openedPath ?? path.text, passphrase: secret))])
        case .back:
            passphrase.clear()
            failure = nil
            step = .path
            return Outcome()
        default:
            if passphrase.handle(key) { failure = nil }
            return Outcome()
        }
    }

    private mutating func updateReview(_ action: Action?, _ state: inout AppState) -> Outcome {
        let height = Layout.importReviewHeight(state.size)
        let lastScroll = max(0, reviewLineCount(state) - height)
        switch action {
        case .moveUp: scroll = max(0, scroll - 1)
        case .moveDown: scroll = min(lastScroll, scroll + 1)
        case .pageUp: scroll = max(0, scroll - max(1, height - 1))
        case .pageDown: scroll = min(lastScroll, scroll + max(1, height - 1))
        case .applyImport: return apply(&state)
        case .back:
            state.message = StatusMessage(ImportTexts.unchanged.text(state.language))
            return Outcome([], .pop)
        default: break
        }
        return Outcome()
    }

    /// Enter on the review: the changes as they are now (the data here may have changed since
    /// they were listed, by a sync: then the new list is shown first), saved as any change is.
    private mutating func apply(_ state: inout AppState) -> Outcome {
        guard let incoming, let shown = review else { return Outcome() }
        let current = Self.review(of: incoming, source: path.text, usableID: usableID, state)
        guard current == shown else {
            review = current
            scroll = 0
            failure = ImportTexts.changedMeanwhile
            return Outcome()
        }
        switch current.action {
        case .add(let group):
            // The review stays until the store answers (`saveAnswered`).
            return Outcome(App.save(group, .imported, replacing: nil, what: ImportTexts.importOf(group.name), &state))
        case .update(let local, let merged):
            return Outcome(App.save(merged, .imported, replacing: local, what: ImportTexts.importOf(merged.name), &state))
        case .unchanged:
            state.message = StatusMessage(ImportTexts.unchanged.text(state.language))
            return Outcome([], .pop)
        }
    }

    /// Taken in: the overview shows the group and the import closes. Refused: the review stays
    /// (the refusal over it), to apply again.
    func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .imported, answer.isConfirmed else { return Outcome() }
        let group = answer.save.group
        let text = answer.save.before == nil ? ImportReview.added(group) : ImportTexts.applied(group.name, from: path.text)
        state.message = StatusMessage(text.text(state.language))
        Self.selectInOverview(group.id, &state)
        return Outcome([], .pop)
    }

    static func review(of incoming: Group, source: String, usableID: Bool, _ state: AppState) -> ImportReview {
        ImportReview.make(incoming: incoming, source: source, into: state.catalog.groups, isUsableID: { _ in usableID })
    }

    /// The overview below shows the group taken in (unless a filter is set there).
    private static func selectInOverview(_ id: GroupID, _ state: inout AppState) {
        guard let index = state.stack.firstIndex(where: { $0 is OverviewScreen }), var overview = state.stack[index] as? OverviewScreen,
              overview.matches == nil, let row = state.catalog.rowIndex(of: id) else { return }
        overview.cursor.apply(.to(row), count: state.catalog.rows.count, height: Layout.overviewListHeight(state.size))
        state.stack[index] = overview
    }

    /// The lines the review scrolls through.
    func reviewLineCount(_ state: AppState) -> Int {
        ImportView.reviewLines(self, state).count
    }

    // MARK: What the runtime found

    /// A result for the import screen; dropped when the screen is gone or moved on (Esc while opening).
    static func received(_ result: ShareResult, _ state: inout AppState) -> [Effect] {
        guard let index = state.stack.lastIndex(where: { $0 is ImportScreen }), var screen = state.stack[index] as? ImportScreen else {
            return []
        }
        switch result {
        case .pathCompletions(let typed, let candidates):
            guard screen.step == .path, screen.path.text == typed else { return [] }
            let completed = PathCompletion.complete(typed, with: candidates)
            screen.path = TextField(completed)
            // One candidate is taken; several are listed (what is left to choose among).
            screen.candidates = candidates.count > 1 ? candidates : []
            screen.noCandidates = candidates.isEmpty
        case .handoverNeedsPassphrase(let path):
            guard screen.step == .opening else { return [] }
            screen.openedPath = path
            screen.step = .passphrase
        case .handoverFailed(let message, let wrongPassphrase):
            guard screen.step == .opening else { return [] }
            screen.failure = message
            // A wrong passphrase may simply be typed again; anything else is about the file.
            screen.step = wrongPassphrase ? .passphrase : .path
        case .handoverOpened(_, let group, let usableID):
            guard screen.step == .opening else { return [] }
            screen.incoming = group
            screen.usableID = usableID
            screen.review = review(of: group, source: screen.path.text, usableID: usableID, state)
            screen.failure = nil
            screen.scroll = 0
            screen.step = .review
        default:
            return []
        }
        state.stack[index] = screen
        return []
    }
}
