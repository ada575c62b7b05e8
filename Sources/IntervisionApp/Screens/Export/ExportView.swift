import IntervisionCore

/// The export dialog over the screen it was opened from.
enum ExportView {
    static func draw(_ canvas: inout Canvas, screen: ExportScreen, state: AppState) {
        let language = state.language
        canvas.cursor = nil
        let group = state.catalog.groups.first { $0.id == screen.groupID }
        let plan = group.flatMap { screen.plan(of: $0, state) }
        var info: [(String, StyleRole)] = []
        // An evaluation is named by its date, not the plan.
        if screen.choice == .evaluation {
            info.append(screen.evaluation.map { (ExportTexts.evaluationOf($0.date).text(language), .muted) }
                ?? (ExportTexts.noEvaluation.text(language), .warning))
        } else if let plan, let group, screen.choice == .plan {
            // Where the plan stands: a document exported before the plan changed is stale.
            let application = group.application(of: plan, supervisor: state.catalog.supervisor)
            info.append((PlanFormTexts.title(from: plan.from, to: plan.to).text(language) + " · " + application.exportState.text(language),
                         application.changedSinceExport ? .warning : .muted))
        } else if let plan {
            info.append((PlanFormTexts.title(from: plan.from, to: plan.to).text(language), .muted))
        } else if screen.choice != .groupFile && screen.choice != .gaiaList {
            info.append((ExportTexts.noPlan.text(language), .warning))
        }
        let order = screen.order(state)
        let fileName = screen.request(state)?.fileName ?? ""
        let folder = screen.folder.text.isEmpty ? "." : screen.folder.text
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName

        let width = min(76, canvas.size.width - 6)
        var notes: [(String, StyleRole)] = [(ExportTexts.path(path).text(language), .dialog)]
        if let missing = screen.missingFolder {
            notes.append((ExportTexts.createFolder(missing).text(language), .warning))
        } else if let overwrite = screen.overwrite {
            notes.append((ExportTexts.overwrite(overwrite).text(language), .warning))
        } else if let failure = screen.failure {
            notes.append((failure.text(language), .error))
        } else if case .failure(let refusal) = order {
            notes.append((refusal.message.text(language), .warning))
        } else if screen.choice == .plan, !screen.draft {
            notes.append(((plan?.exported == nil ? ExportTexts.recordsDate : ExportTexts.alreadySent).text(language), .muted))
        } else if screen.choice == .groupFile {
            if !screen.encrypted { notes.append((ExportTexts.plainWarning.text(language), .warning)) }
            notes.append((ExportTexts.groupFileNote.text(language), .muted))
        } else if screen.choice == .gaiaList {
            notes.append((ExportTexts.gaiaListNote.text(language), .muted))
        } else if screen.choice == .meetingList, let date = screen.meetingDate, group?.meetings.contains(where: { $0.date == date }) == false {
            notes.append((ExportTexts.signInSheetNote.text(language), .muted))
        }
        let wrapped = notes.flatMap { note in TextLayout.wrap(note.0, width: max(10, width - 4)).map { ($0, note.1) } }
        let rows = screen.rows
        let box = Box.draw(on: &canvas, innerWidth: width - 4, innerHeight: info.count + 1 + rows.count + 1 + wrapped.count,
                           title: ExportTexts.title(group?.name ?? "").text(language), footer: ExportTexts.footer.text(language))
        var row = box.top
        func line(_ text: String, _ role: StyleRole) {
            guard row < box.top + box.height else { return }
            canvas.write(text, row: row, column: box.left, maxWidth: box.width, role: role)
            row += 1
        }
        for (text, role) in info { line(text, role) }
        row += 1
        let labels = rows.map { label($0).text(language) }
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

    private static func label(_ row: ExportRow) -> LocalizedText {
        switch row {
        case .what: return ExportTexts.what
        case .meeting: return ExportTexts.meeting
        case .format: return ExportTexts.format
        case .draft: return ExportTexts.draft
        case .folder: return ExportTexts.folder
        case .encryption: return ExportTexts.encryption
        }
    }

    private static func value(_ row: ExportRow, _ screen: ExportScreen, plan: YearPlan?, group: Group?, _ state: AppState) -> String {
        let language = state.language
        switch row {
        case .what:
            let keys: [ExportChoice: LocalizedText] = [.plan: ExportTexts.choicePlan, .attendance: ExportTexts.choiceAttendance,
                                                 .calendar: ExportTexts.choiceCalendar, .groupFile: ExportTexts.choiceGroupFile,
                                                 .evaluation: ExportTexts.choiceEvaluation, .meetingList: ExportTexts.choiceMeetingList,
                                                 .gaiaList: ExportTexts.choiceGAIAList]
            return keys[screen.choice]!.text(language)
        case .format:
            switch screen.choice {
            case .plan: return screen.planFormat.rawValue.uppercased()
            case .evaluation: return screen.evaluationFormat == .md ? "Markdown" : screen.evaluationFormat.rawValue.uppercased()
            default: return screen.attendanceFormat.rawValue.uppercased()
            }
        case .meeting:
            guard let date = screen.meetingDate else { return "—" }
            return ExportTexts.meetingValue(date, held: group?.meetings.contains { $0.date == date } ?? false).text(language)
        case .draft:
            var text = (screen.draft ? AppTexts.yes : AppTexts.no).text(language)
            if let plan, let group,
               case .incompletePlan(let missing) = ExportRequest(.plan(screen.planFormat), group: group, plan: plan,
                                                                 supervisor: state.catalog.supervisor, today: state.today).refusal {
                text += " (" + ExportTexts.fieldsEmpty(missing.count).text(language) + ")"
            }
            return text
        case .folder:
            return screen.folder.text
        case .encryption:
            return (screen.encrypted ? ExportTexts.encrypted : ExportTexts.plainJSON).text(language)
        }
    }
}
