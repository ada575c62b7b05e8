import IntervisionCore

/// The import screen: the file's line at the top, then what the step needs — the hint and Tab's
/// candidates, the passphrase field, or the changes with the question under them.
///
/// ```
///  intervisie › Overzicht › Importeren                          begeleider · 22-11-2026
///  Groepsbestand importeren (overdracht)
///
///  Bestand   ~/Downloads/groep-IC-Leiden.json
///
///  IC Leiden (ic-leiden): wijzigingen uit ~/Downloads/groep-IC-Leiden.json
///    • Lid toegevoegd: Zoë Nieuw (Urologie)
///  Enter neemt de wijzigingen over · Esc laat alles zoals het is
/// ```
enum ImportView {
    static func draw(_ canvas: inout Canvas, screen: ImportScreen, state: AppState) {
        let language = state.language
        let width = canvas.size.width
        canvas.cursor = nil
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        canvas.write(ImportTexts.heading.text(language), row: 1, column: 1, maxWidth: width - 2, role: .title)

        let label = ImportTexts.file.text(language)
        let labelWidth = max(DisplayWidth.of(label), DisplayWidth.of(PassphraseTexts.passphrase.text(language))) + 2
        let fieldColumn = 1 + labelWidth
        let fieldWidth = max(10, width - fieldColumn - 2)
        canvas.write(label, row: 3, column: 1, role: screen.step == .path ? .title : .columnHeader)
        if screen.step == .path {
            let column = screen.path.draw(on: &canvas, row: 3, column: fieldColumn, width: fieldWidth)
            canvas.cursor = (3, column)
        } else {
            canvas.write(screen.path.text, row: 3, column: fieldColumn, maxWidth: fieldWidth, role: .text)
        }

        let bottom = canvas.size.height - 2
        switch screen.step {
        case .path:
            var row = writeWrapped(&canvas, ImportTexts.pathHint.text(language), row: 5, role: .muted, bottom: bottom)
            if let failure = screen.failure {
                row = writeWrapped(&canvas, failure.text(language), row: row + 1, role: .error, bottom: bottom)
            } else if screen.noCandidates {
                row = writeWrapped(&canvas, ImportTexts.noMatch.text(language), row: row + 1, role: .warning, bottom: bottom)
            }
            drawCandidates(&canvas, screen.candidates, top: row + 1, bottom: bottom, language: language)
        case .passphrase, .opening:
            let focused = screen.step == .passphrase
            canvas.write(PassphraseTexts.passphrase.text(language), row: 4, column: 1, role: focused ? .title : .columnHeader)
            let column = screen.passphrase.draw(on: &canvas, row: 4, column: fieldColumn, width: min(40, fieldWidth),
                                                focused: focused, language: language)
            if focused { canvas.cursor = (4, column) }
            var row = 6
            if screen.step == .opening {
                row = writeWrapped(&canvas, ImportTexts.opening.text(language), row: row, role: .message, bottom: bottom)
            } else {
                row = writeWrapped(&canvas, ImportTexts.passphraseHint.text(language), row: row, role: .muted, bottom: bottom)
            }
            if let failure = screen.failure {
                _ = writeWrapped(&canvas, failure.text(language), row: row + 1, role: .error, bottom: bottom)
            }
        case .review:
            let lines = reviewLines(screen, state)
            let height = Layout.importReviewHeight(state.size)
            for (offset, line) in lines.dropFirst(screen.scroll).prefix(height).enumerated() {
                canvas.write(line.0, row: 5 + offset, column: 1, maxWidth: width - 2, role: line.1)
            }
            if lines.count > height {
                let last = min(lines.count, screen.scroll + height)
                canvas.writeRight(AppTexts.scrollPosition(first: screen.scroll + 1, last: last, of: lines.count).text(language),
                                  row: 1, column: 0, width: width - 1, role: .muted)
            }
            canvas.write(question(screen).text(language), row: bottom, column: 1, maxWidth: width - 2, role: .title)
        }
        Chrome.drawStatusBar(&canvas, scope: screen.keyScope, state: state)
    }

    /// Enter's meaning on the review.
    static func question(_ screen: ImportScreen) -> LocalizedText {
        switch screen.review?.action {
        case .add: return ImportTexts.addQuestion
        case .update: return ImportTexts.applyQuestion
        case .unchanged, nil: return ImportTexts.nothingToApply
        }
    }

    /// The review as the command line lists it, wrapped to the screen (a new group: its name and size).
    static func reviewLines(_ screen: ImportScreen, _ state: AppState) -> [(String, StyleRole)] {
        guard let review = screen.review else { return [] }
        let language = state.language
        let width = max(20, state.size.width - 2)
        var lines: [(String, StyleRole)] = []
        func add(_ prefix: String, _ text: String, _ role: StyleRole) {
            let indent = String(repeating: " ", count: prefix.count)
            for (index, part) in TextLayout.wrap(text, width: max(10, width - prefix.count)).enumerated() {
                lines.append(((index == 0 ? prefix : indent) + part, role))
            }
        }
        if let failure = screen.failure { add("", failure.text(language), .warning) }
        switch review.action {
        case .add(let group):
            add("", ImportTexts.newGroupHeading.text(language), .title)
            add("  ", "\(group.name) (\(group.id))", .text)
            add("  ", ImportTexts.contents(members: group.members.count, plans: group.plans.count, meetings: group.meetings.count).text(language), .muted)
        case .update, .unchanged:
            for line in review.lines {
                let role: StyleRole
                switch line.kind {
                case .heading: role = .title
                case .change: role = .text
                case .none: role = .muted
                case .keptHeading, .kept: role = .warning
                }
                add(line.prefix, line.text.text(language), role)
            }
        }
        return lines
    }

    /// Tab's candidates in columns, as many as fit; the rest counted.
    static func drawCandidates(_ canvas: inout Canvas, _ candidates: [PathCandidate], top: Int, bottom: Int, language: Language) {
        guard !candidates.isEmpty, top < bottom else { return }
        let names = candidates.map { $0.name + ($0.isFolder ? "/" : "") }
        let room = canvas.size.width - 4
        let columnWidth = min(room, (names.map { DisplayWidth.of(ControlPictures.visible($0)) }.max() ?? 10) + 2)
        let columns = max(1, room / max(1, columnWidth))
        let rows = bottom - top
        var shown = min(names.count, rows * columns)
        if shown < names.count { shown -= 1 }
        for index in 0..<shown {
            let row = top + index / columns, column = 2 + (index % columns) * columnWidth
            canvas.write(names[index], row: row, column: column, maxWidth: columnWidth - 1,
                         role: candidates[index].isFolder ? .title : .text)
        }
        if shown < names.count {
            canvas.write(ImportTexts.candidatesMore(names.count - shown).text(language), row: top + shown / columns,
                         column: 2 + (shown % columns) * columnWidth, role: .muted)
        }
    }

    /// Wrapped text from `row`; returns the last row written.
    private static func writeWrapped(_ canvas: inout Canvas, _ text: String, row: Int, role: StyleRole, bottom: Int) -> Int {
        var last = row - 1
        for line in TextLayout.wrap(text, width: max(10, canvas.size.width - 3)) where last + 1 < bottom {
            last += 1
            canvas.write(line, row: last, column: 1, role: role)
        }
        return max(last, row)
    }
}
