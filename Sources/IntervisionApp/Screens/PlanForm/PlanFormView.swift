import IntervisionCore

/// The yearly plan form, section by section as the official form, with what is still missing
/// beside it (wide terminals) or under it.
///
/// ```
///  intervisie › Overzicht › Chirurgen Utrecht › Jaarplan          contactpersoon · 22-11-2026
///  Jaarplan 01-01-2027 – 31-12-2027                                              onvolledig
///  Basisgegevens
///   Naam intervisiegroep
///     [Chirurgen Utrecht                     ]
///   Naam + telefoonnummer intervisiebegeleider
///     [Marieke van den Berg      ] tel. [06-12345678   ]
/// ```
enum PlanFormView {
    static func draw(_ canvas: inout Canvas, screen: PlanFormScreen, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        guard let content = PlanFormContent(screen: screen, state: state) else { return }
        let size = canvas.size
        let wide = Layout.planFormHasSidePanel(size)
        let bodyWidth = wide ? size.width - Layout.planFormPanelWidth - 1 : size.width

        drawTitle(&canvas, content: content, isDirty: screen.draft != nil, state: state)
        var drawer = LineDrawer(content: content, screen: screen, language: language, width: bodyWidth)
        let height = Layout.planFormBodyHeight(size)
        for (offset, line) in content.lines.dropFirst(screen.scroll).prefix(height).enumerated() {
            drawer.draw(line, on: &canvas, row: 2 + offset)
        }
        if wide {
            SidePanel.draw(&canvas, content: content, screen: screen, state: state, column: bodyWidth + 1)
        } else {
            BottomPanel.draw(&canvas, content: content, screen: screen, state: state)
        }
        if let list = screen.choice {
            Chrome.drawStatusBar(&canvas, scope: .planChoice, state: state)
            ChoiceView.draw(&canvas, list: list, title: choiceTitle(list.kind, language), state: state)
        } else {
            Chrome.drawStatusBar(&canvas, scope: .planForm, state: state)
            canvas.cursor = drawer.cursor
        }
    }

    /// "Jaarplan 01-01-2027 – 31-12-2027" and where the plan stands: submitted in GAIA, exported
    /// (or changed since), complete or not; with both dates where they fit. While the form holds
    /// edits not saved, it says so.
    static func drawTitle(_ canvas: inout Canvas, content: PlanFormContent, isDirty: Bool, state: AppState) {
        let language = state.language
        var title = PlanFormTexts.title(from: content.plan.from, to: content.plan.to).text(language)
        if isDirty {
            title += " · " + PlanFormTexts.unsaved.text(language)
        } else if content.planIndex == nil {
            title += " · " + PlanFormTexts.proposed.text(language)
        }
        let room = canvas.size.width - DisplayWidth.of(title) - 4
        let choices = statusChoices(content, language: language)
        let status = choices.first { DisplayWidth.of($0.0) <= room } ?? choices[choices.count - 1]
        let statusWidth = DisplayWidth.of(status.0)
        canvas.write(title, row: 1, column: 1, maxWidth: max(1, canvas.size.width - statusWidth - 4), role: .title)
        canvas.writeRight(status.0, row: 1, column: 0, width: canvas.size.width - 1, role: status.1)
    }

    /// The plan's state, longest first: the title shows the first that fits.
    static func statusChoices(_ content: PlanFormContent, language: Language) -> [(String, StyleRole)] {
        if let application = content.application, application.exported != nil || application.submitted != nil {
            let exported = application.exportState.text(language)
            let submitted = application.submissionState.text(language)
            if application.submitted != nil {
                let both = application.exported == nil ? [] : [(exported + " · " + submitted, StyleRole.ok)]
                return both + [(submitted, .ok)]
            }
            let role: StyleRole = application.changedSinceExport ? .warning : .text
            return [(exported + " · " + PlanFormTexts.notSubmitted.text(language), role), (exported, role)]
        }
        return content.missing.isEmpty ? [(AppTexts.planComplete.text(language), .text)]
                                       : [(AppTexts.planIncomplete.text(language), .warning)]
    }

    static func choiceTitle(_ kind: ChoiceList.Kind, _ language: Language) -> String {
        switch kind {
        case .focusAreas: return label(.focusAreas, language)
        case .methods: return label(.methods, language)
        case .contact: return PlanFormTexts.chooseContact.text(language)
        }
    }

    /// The form's Dutch label; in English with the English one beside it.
    static func label(_ field: PlanField, _ language: Language) -> String {
        language == .nl ? field.label.nl : field.label.nl + " / " + field.label.en
    }

    static func section(_ section: PlanField.Section, _ language: Language) -> String {
        language == .nl ? section.label.nl : section.label.nl + " / " + section.label.en
    }
}

/// Draws the form's lines; remembers where the terminal cursor goes (the focused field).
private struct LineDrawer {
    let content: PlanFormContent
    let screen: PlanFormScreen
    let language: Language
    let width: Int
    var cursor: (row: Int, column: Int)?

    init(content: PlanFormContent, screen: PlanFormScreen, language: Language, width: Int) {
        self.content = content
        self.screen = screen
        self.language = language
        self.width = width
    }

    mutating func draw(_ line: FormLine, on canvas: inout Canvas, row: Int) {
        switch line {
        case .blank:
            break
        case .section(let section):
            canvas.write(PlanFormView.section(section, language), row: row, column: 1, maxWidth: width - 2, role: .title)
        case .label(let field):
            canvas.write(PlanFormView.label(field, language), row: row, column: 2, maxWidth: width - 3, role: .columnHeader)
        case .fields(let targets):
            drawFields(targets, on: &canvas, row: row)
        case .participantsHeader:
            let keys: [LocalizedText] = [PlanFormTexts.columnName, PlanFormTexts.columnSpecialism, PlanFormTexts.columnBIG]
            drawHeaderTexts(keys, table: participantTable, on: &canvas, row: row)
        case .meetingsHeader:
            drawHeaderTexts([PlanFormTexts.columnDate, PlanFormTexts.columnTopic, PlanFormTexts.columnTime, PlanFormTexts.columnLocation],
                            table: meetingTable, on: &canvas, row: row)
        case .participantRow(let index):
            var column = participantTable.column
            for (cell, cellWidth) in zip(ParticipantColumn.allCases, participantTable.widths) {
                drawInput(.participant(index, cell), on: &canvas, row: row, column: column, width: cellWidth)
                column += cellWidth + 1
            }
            drawRowNote(participantNote(index), on: &canvas, row: row, column: column)
        case .meetingRow(let index):
            var column = meetingTable.column
            for (cell, cellWidth) in zip(MeetingColumn.allCases, meetingTable.widths) {
                drawInput(.meeting(index, cell), on: &canvas, row: row, column: column, width: cellWidth)
                column += cellWidth + 1
            }
        case .message(let text, let role):
            canvas.write("↳ " + text.text(language), row: row, column: 5, maxWidth: width - 6, role: role)
        case .note(let key):
            canvas.write(key.text(language), row: row, column: 2, maxWidth: width - 3, role: .muted)
        }
    }

    private mutating func drawFields(_ targets: [FormTarget], on canvas: inout Canvas, row: Int) {
        let left = 4
        let room = max(4, width - left - 2)
        switch targets {
        case [.supervisorName, .supervisorPhone], [.contact, .contactPhone]:
            let phoneLabel = PlanFormTexts.phone.text(language)
            let phoneWidth = min(18, max(8, room / 3))
            let nameWidth = max(4, min(40, room - phoneWidth - DisplayWidth.of(phoneLabel) - 3))
            drawInput(targets[0], on: &canvas, row: row, column: left, width: nameWidth)
            let labelColumn = left + nameWidth + 1
            canvas.write(phoneLabel, row: row, column: labelColumn, role: .muted)
            drawInput(targets[1], on: &canvas, row: row, column: labelColumn + DisplayWidth.of(phoneLabel) + 1, width: phoneWidth)
        case [.periodFrom, .periodTo]:
            var column = left
            column += canvas.write(PlanFormTexts.from.text(language) + " ", row: row, column: column, role: .muted)
            drawInput(.periodFrom, on: &canvas, row: row, column: column, width: 12)
            column += 13
            column += canvas.write(PlanFormTexts.to.text(language) + " ", row: row, column: column, role: .muted)
            drawInput(.periodTo, on: &canvas, row: row, column: column, width: 12)
        case [.totalMeetings]:
            drawInput(.totalMeetings, on: &canvas, row: row, column: left, width: 6)
        case [.duration]:
            drawInput(.duration, on: &canvas, row: row, column: left, width: 6)
            canvas.write(PlanFormTexts.hours.text(language), row: row, column: left + 7, role: .muted)
        default:
            if let target = targets.first { drawInput(target, on: &canvas, row: row, column: left, width: min(room, 64)) }
        }
    }

    /// One input: the editor where the focus is (with the terminal cursor), else the value (or a
    /// refused draft in the error colour), or a hint in an empty field.
    private mutating func drawInput(_ target: FormTarget, on canvas: inout Canvas, row: Int, column: Int, width: Int) {
        guard width > 0 else { return }
        let focused = target == screen.focus
        if focused && !target.isChoice && screen.choice == nil {
            // Highlighted while typing would replace the text; the cursor shows where it goes.
            cursor = (row, screen.editor.draw(on: &canvas, row: row, column: column, width: width))
            if screen.editor.isEmpty, let placeholder = placeholder(target) {
                canvas.write(placeholder, row: row, column: column, maxWidth: width, role: .muted)
            }
            return
        }
        let role: StyleRole = focused ? .selection : screen.errors[target] != nil ? .error : .input
        canvas.fill(row: row, column: column, width: width, role: role)
        let text = content.shownText(target, screen: screen, language: language)
        if text.isEmpty, let placeholder = placeholder(target) {
            canvas.write(placeholder, row: row, column: column, maxWidth: width, role: focused ? .selection : .muted)
        } else {
            canvas.write(text, row: row, column: column, maxWidth: width, role: role)
        }
    }

    private func placeholder(_ target: FormTarget) -> String? {
        switch target {
        case .focusAreas, .methods: return PlanFormTexts.chooseHint.text(language)
        case .contact: return (content.participants.contains { $0.left == nil } ? PlanFormTexts.chooseHint : PlanFormTexts.noParticipantsYet).text(language)
        case .contactPhone where content.group.contactMemberID == nil: return PlanFormTexts.chooseContactFirst.text(language)
        case .participant(_, .name) where content.isNewRow(target):
            return PlanFormTexts.newRow.text(language)
        case .meeting(_, .date), .periodFrom, .periodTo:
            return PlanFormTexts.datePlaceholder.text(language)
        case .meeting(_, .time):
            return PlanFormTexts.timePlaceholder.text(language)
        default: return nil
        }
    }

    private var participantTable: Table {
        Table(columns: [
            Table.Column("", width: 12, weight: 3), Table.Column("", width: 10, weight: 2), Table.Column("", width: 11),
            Table.Column("", width: 7, weight: 1),
        ], column: 3, width: width - 4)
    }

    private var meetingTable: Table {
        // Date and time fit whole (`19:00-21:30` and the cursor after it); the topic takes twice the location's share of the rest.
        Table(columns: [Table.Column("", width: 12), Table.Column("", width: 18, weight: 2), Table.Column("", width: 12),
                        Table.Column("", width: 10, weight: 1)], column: 3, width: width - 4)
    }

    private func drawHeaderTexts(_ keys: [LocalizedText], table: Table, on canvas: inout Canvas, row: Int) {
        canvas.fill(row: row, column: 0, width: width, role: .columnHeader)
        var column = table.column
        for (key, cellWidth) in zip(keys, table.widths) {
            canvas.write(key.text(language), row: row, column: column, maxWidth: cellWidth, role: .columnHeader)
            column += cellWidth + 1
        }
    }

    /// Beside a participant: the contact person, or that the person left during the year.
    private func participantNote(_ row: Int) -> (String, StyleRole)? {
        guard row < content.participants.count else { return nil }
        let member = content.participants[row]
        if member.left != nil { return (PlanFormTexts.leftMark.text(language), .muted) }
        if member.id == content.group.contactMemberID { return (PlanFormTexts.contactMark.text(language), .muted) }
        return nil
    }

    private func drawRowNote(_ note: (String, StyleRole)?, on canvas: inout Canvas, row: Int, column: Int) {
        guard let note, column < width else { return }
        canvas.write(note.0, row: row, column: column, maxWidth: width - column, role: note.1)
    }
}

/// "What is still missing" beside the form: the empty required fields, the planning checks, and
/// input that was refused.
private enum SidePanel {
    static func draw(_ canvas: inout Canvas, content: PlanFormContent, screen: PlanFormScreen, state: AppState, column: Int) {
        let language = state.language
        let bottom = canvas.size.height - 2
        for row in 2...max(2, bottom) { canvas.write("│", row: row, column: column, role: .border) }
        let left = column + 2
        let width = canvas.size.width - left - 1
        var row = 2
        func line(_ text: String, _ role: StyleRole, indent: Int = 0) {
            for part in TextLayout.wrap(text, width: max(1, width - indent)) where row <= bottom {
                canvas.write(part, row: row, column: left + indent, maxWidth: width - indent, role: role)
                row += 1
            }
        }
        for (text, role, indent) in PanelContent.lines(content: content, screen: screen, language: language) {
            line(text, role, indent: indent)
        }
    }
}

/// The same, as two lines under the form on a narrow terminal.
private enum BottomPanel {
    static func draw(_ canvas: inout Canvas, content: PlanFormContent, screen: PlanFormScreen, state: AppState) {
        let language = state.language
        let first = canvas.size.height - 3
        let width = canvas.size.width - 2
        canvas.fill(row: first, column: 0, width: canvas.size.width, height: 2, role: .text)
        let missing: (String, StyleRole) = content.missing.isEmpty
            ? ("✓ " + PlanFormTexts.isComplete.text(language), .ok)
            : (PlanFormTexts.missingTitle(content.missing.count).text(language) + ": "
                + content.missing.map { $0.shortLabel.text(language) }.joined(separator: " · "), .warning)
        canvas.write(missing.0, row: first, column: 1, maxWidth: width, role: missing.1)
        var second: [(String, StyleRole)] = []
        if let problem = content.problems.first {
            let more = content.problems.count > 1 ? " (+\(content.problems.count - 1))" : ""
            second.append((PlanFormTexts.checksTitle.text(language) + ": " + problem.message.text(language) + more, .warning))
        } else {
            second.append((PlanFormTexts.checksTitle.text(language) + ": " + PlanFormTexts.checksFine.text(language), .ok))
        }
        let refused = screen.errors.count
        if refused > 0 { second.insert((PlanFormTexts.refusedCount(refused).text(language), .error), at: 0) }
        var column = 1
        for (index, part) in second.enumerated() {
            if index > 0 { column += canvas.write(" · ", row: first + 1, column: column, role: .muted) }
            guard column < width else { break }
            column += canvas.write(part.0, row: first + 1, column: column, maxWidth: width - column + 1, role: part.1)
        }
    }
}

/// The side panel's lines: (text, role, indent).
enum PanelContent {
    static func lines(content: PlanFormContent, screen: PlanFormScreen, language: Language) -> [(String, StyleRole, Int)] {
        var lines: [(String, StyleRole, Int)] = []
        if content.missing.isEmpty {
            lines.append(("✓ " + PlanFormTexts.isComplete.text(language), .ok, 0))
        } else {
            lines.append((PlanFormTexts.missingTitle(content.missing.count).text(language), .warning, 0))
            for field in content.missing { lines.append(("• " + field.shortLabel.text(language), .text, 1)) }
        }
        lines.append(("", .text, 0))
        lines.append((PlanFormTexts.checksTitle.text(language), .title, 0))
        if content.problems.isEmpty {
            lines.append(("✓ " + PlanFormTexts.checksFine.text(language), .ok, 1))
        } else {
            for problem in content.problems { lines.append(("! " + problem.message.text(language), .warning, 1)) }
        }
        if !screen.errors.isEmpty {
            lines.append(("", .text, 0))
            lines.append((PlanFormTexts.refusedCount(screen.errors.count).text(language), .error, 0))
        }
        lines.append(("", .text, 0))
        if let application = content.application, application.exported != nil {
            lines.append((application.exportState.text(language), application.changedSinceExport ? .warning : .text, 0))
            if application.changedSinceExport { lines.append((PlanFormTexts.exportAgain.text(language), .warning, 1)) }
        } else {
            lines.append(((content.missing.isEmpty ? PlanFormTexts.readyToExport : PlanFormTexts.exportAsDraft).text(language), .muted, 0))
        }
        if let application = content.application {
            if application.submitted != nil {
                lines.append((application.submissionState.text(language), .ok, 0))
            } else {
                lines.append((application.submissionState.text(language), .text, 0))
                lines.append((PlanFormTexts.markSubmitted.text(language), .muted, 1))
            }
        }
        return lines
    }
}
