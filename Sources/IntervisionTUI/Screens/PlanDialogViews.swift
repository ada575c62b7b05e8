import IntervisionCore
import IntervisionExport

/// The list chosen from on the plan form: `[x]` rows for several, `(•)` for one, and a last line to
/// type an own entry.
enum ChoiceView {
    static func draw(_ canvas: inout Canvas, list: ChoiceList, title: String, state: AppState) {
        let language = state.language
        let height = min(list.rowCount, Layout.choiceListHeight(state.size))
        let widest = list.options.map { DisplayWidth.of($0) }.max() ?? 20
        let footer = Texts.text(list.allowsSeveral ? .planChoiceFooterSeveral : .planChoiceFooterOne, language)
        let box = Box.draw(on: &canvas, innerWidth: max(36, min(64, widest + 6)), innerHeight: height, title: title, footer: footer)
        let first = list.cursor.scroll
        for index in first..<min(list.rowCount, first + box.height) {
            let row = box.top + index - first
            let selected = index == list.cursor.selected
            if selected { canvas.fill(row: row, column: box.left, width: box.width, role: .selection) }
            let role: StyleRole = selected ? .selection : .dialog
            if index < list.options.count {
                let mark = list.allowsSeveral ? (list.chosen.contains(index) ? "[x] " : "[ ] ") : (list.chosen.contains(index) ? "(•) " : "( ) ")
                canvas.write(mark + list.options[index], row: row, column: box.left, maxWidth: box.width, role: role)
            } else {
                let label = Texts.text(.planChoiceOwn, language) + " "
                let labelWidth = canvas.write(label, row: row, column: box.left, maxWidth: box.width, role: role)
                let fieldWidth = max(1, box.width - labelWidth)
                let column = list.own.draw(on: &canvas, row: row, column: box.left + labelWidth, width: fieldWidth,
                                           role: selected ? .input : .dialog)
                if selected { canvas.cursor = (row, column) }
            }
        }
    }
}

/// The export dialog over the screen it was opened from.
enum ExportView {
    static func draw(_ canvas: inout Canvas, screen: ExportScreen, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let group = state.catalog.groups.first { $0.id == screen.groupID }
        let plan = group.flatMap { App.exportPlan(screen, $0, state) }
        var info: [(String, StyleRole)] = []
        // MARK: - Meetings and evaluation (issue 4): an evaluation is named by its date, not the plan.
        if screen.choice == .evaluation {
            info.append(screen.evaluation.map { (Texts.format(.exportEvaluationOf, language, Format.date($0.date, language)), .muted) }
                ?? (Texts.text(.exportNoEvaluation, language), .warning))
        } else if let plan {
            info.append((Texts.format(.planTitle, language, Format.date(plan.from, language), Format.date(plan.to, language)), .muted))
        } else if screen.choice != .groupFile {
            info.append((Texts.text(.exportNoPlan, language), .warning))
        }
        let order = App.exportOrder(screen, state)
        let fileName = App.exportFileName(App.exportContent(screen), groupName: group?.name ?? "")
        let folder = screen.folder.text.isEmpty ? "." : screen.folder.text
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName

        let width = min(76, canvas.size.width - 6)
        var notes: [(String, StyleRole)] = [(Texts.format(.exportPath, language, path), .dialog)]
        if let overwrite = screen.overwrite {
            notes.append((Texts.format(.exportOverwrite, language, overwrite), .warning))
        } else if let failure = screen.failure {
            notes.append((failure.text(language), .error))
        } else if case .failure(let refusal) = order {
            notes.append((refusal.message.text(language), .warning))
        } else if screen.choice == .plan, !screen.draft {
            notes.append((Texts.text(plan?.exported == nil ? .exportRecordsDate : .exportAlreadySent, language), .muted))
        } else if screen.choice == .groupFile {
            notes.append((Texts.text(.exportGroupFileNote, language), .muted))
        }
        let wrapped = notes.flatMap { note in TextLayout.wrap(note.0, width: max(10, width - 4)).map { ($0, note.1) } }
        let rows = screen.rows
        let box = Box.draw(on: &canvas, innerWidth: width - 4, innerHeight: info.count + 1 + rows.count + 1 + wrapped.count,
                           title: Texts.format(.exportTitle, language, group?.name ?? ""), footer: Texts.text(.exportFooter, language))
        var row = box.top
        func line(_ text: String, _ role: StyleRole) {
            guard row < box.top + box.height else { return }
            canvas.write(text, row: row, column: box.left, maxWidth: box.width, role: role)
            row += 1
        }
        for (text, role) in info { line(text, role) }
        row += 1
        let labels = rows.map { Texts.text(label($0), language) }
        let labelWidth = (labels.map { DisplayWidth.of($0) }.max() ?? 6) + 2
        for (exportRow, label) in zip(rows, labels) where row < box.top + box.height {
            let selected = exportRow == screen.row
            if selected { canvas.fill(row: row, column: box.left, width: box.width, role: .selection) }
            canvas.write(label, row: row, column: box.left, role: selected ? .selection : .columnHeader)
            let valueColumn = box.left + labelWidth
            let valueWidth = max(1, box.width - labelWidth)
            if exportRow == .folder {
                let column = screen.folder.draw(on: &canvas, row: row, column: valueColumn, width: valueWidth, role: selected ? .input : .dialog)
                if selected { canvas.cursor = (row, column) }
            } else {
                canvas.write("‹ " + value(exportRow, screen, plan: plan, group: group, state) + " ›", row: row, column: valueColumn,
                             maxWidth: valueWidth, role: selected ? .selection : .dialog)
            }
            row += 1
        }
        row += 1
        for (text, role) in wrapped { line(text, role) }
    }

    private static func label(_ row: ExportRow) -> TextKey {
        switch row {
        case .what: return .exportWhat
        case .format: return .exportFormat
        case .draft: return .exportDraft
        case .folder: return .exportFolder
        }
    }

    private static func value(_ row: ExportRow, _ screen: ExportScreen, plan: YearPlan?, group: Group?, _ state: AppState) -> String {
        let language = state.language
        switch row {
        case .what:
            let keys: [ExportChoice: TextKey] = [.plan: .exportChoicePlan, .attendance: .exportChoiceAttendance,
                                                 .calendar: .exportChoiceCalendar, .groupFile: .exportChoiceGroupFile,
                                                 .evaluation: .exportChoiceEvaluation]  // issue 4
            return Texts.text(keys[screen.choice]!, language)
        case .format:
            switch screen.choice {
            case .plan: return screen.planFormat.rawValue.uppercased()
            case .evaluation: return screen.evaluationFormat == .md ? "Markdown" : "HTML"  // issue 4
            default: return screen.attendanceFormat.rawValue.uppercased()
            }
        case .draft:
            var text = Texts.text(screen.draft ? .yes : .no, language)
            if let plan, let group {
                let missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: state.catalog.supervisor).count
                if missing > 0 { text += " (" + Texts.format(.exportFieldsEmpty, language, String(missing)) + ")" }
            }
            return text
        case .folder:
            return screen.folder.text
        }
    }
}

/// Asking the new group's name on the overview.
enum NewGroupView {
    static func draw(_ canvas: inout Canvas, screen: NewGroupScreen, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let width = min(60, canvas.size.width - 8)
        let box = Box.draw(on: &canvas, innerWidth: width, innerHeight: 4, title: Texts.text(.screenNewGroup, language),
                           footer: Texts.text(.newGroupFooter, language))
        canvas.write(Texts.text(.newGroupPrompt, language), row: box.top, column: box.left, maxWidth: box.width, role: .dialog)
        let column = screen.name.draw(on: &canvas, row: box.top + 1, column: box.left, width: box.width, role: .input)
        canvas.cursor = (box.top + 1, column)
        if let error = screen.error {
            canvas.write(error.text(language), row: box.top + 3, column: box.left, maxWidth: box.width, role: .error)
        }
    }
}
