import IntervisionCore

/// The passphrase dialog: what it is for, the two hidden fields, the proposal when there is one.
enum PassphraseView {
    static func draw(_ canvas: inout Canvas, screen: PassphraseScreen, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let width = min(76, canvas.size.width - 6)
        let inner = max(10, width - 4)
        let folder = screen.export.folder.text.isEmpty ? "." : screen.export.folder.text
        let fileName = screen.export.request(state)?.fileName ?? ""
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName

        var above = TextLayout.wrap(PassphraseTexts.intro.text(language), width: inner).map { ($0, StyleRole.dialog) }
        above.append(("", .dialog))
        var below: [(String, StyleRole)] = [("", .dialog)]
        if screen.isWriting {
            below.append((PassphraseTexts.writing.text(language), .message))
        } else if let proposal = screen.proposal {
            below += TextLayout.wrap(PassphraseTexts.proposalHeading.text(language), width: inner).map { ($0, .dialog) }
            below += words(proposal, width: inner).map { ("  " + $0, .ok) }
        } else {
            below += TextLayout.wrap(PassphraseTexts.notShown.text(language) + " " + PassphraseTexts.proposeHint.text(language), width: inner)
                .map { ($0, .muted) }
        }
        if let failure = screen.failure {
            below += TextLayout.wrap(failure.text(language), width: inner).map { ($0, .error) }
        }
        below.append(("", .dialog))
        below += TextLayout.wrap(ExportTexts.path(path).text(language), width: inner).map { ($0, .dialog) }

        let box = Box.draw(on: &canvas, innerWidth: inner, innerHeight: above.count + 2 + below.count,
                           title: PassphraseTexts.title.text(language), footer: PassphraseTexts.footer.text(language))
        var row = box.top
        for (text, role) in above where row < box.top + box.height {
            canvas.write(text, row: row, column: box.left, maxWidth: box.width, role: role)
            row += 1
        }
        let labels = [PassphraseTexts.passphrase, PassphraseTexts.again].map { $0.text(language) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 8) + 2
        for (index, field) in [screen.first, screen.second].enumerated() where row < box.top + box.height {
            let focused = !screen.isWriting && index == screen.focus.rawValue
            canvas.write(labels[index], row: row, column: box.left, role: focused ? .title : .columnHeader)
            let column = field.draw(on: &canvas, row: row, column: box.left + labelWidth, width: min(40, box.width - labelWidth),
                                    focused: focused, language: language)
            if focused { canvas.cursor = (row, column) }
            row += 1
        }
        for (text, role) in below where row < box.top + box.height {
            canvas.write(text, row: row, column: box.left, maxWidth: box.width, role: role)
            row += 1
        }
    }

    /// The words on one line, or split at a hyphen into lines that fit (never cut off).
    static func words(_ passphrase: String, width: Int) -> [String] {
        guard DisplayWidth.of(passphrase) > width - 2 else { return [passphrase] }
        var lines: [String] = []
        var line = ""
        for word in passphrase.split(separator: "-", omittingEmptySubsequences: false) {
            let piece = line.isEmpty ? String(word) : "-" + word
            if !line.isEmpty && DisplayWidth.of(line + piece) > width - 3 {
                lines.append(line + "-")
                line = String(word)
            } else {
                line += piece
            }
        }
        lines.append(line)
        return lines
    }
}
