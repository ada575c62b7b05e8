import IntervisionCore

/// Recording a meeting. At 80×24:
///
/// ```
///  Nieuwe bijeenkomst                       Jaargang 01-12-2025 t/m 30-11-2026 · 5 van 6
/// › Datum       22-11-2026             zondag 22 november 2026
///   Duur (uur)  2,5                    jaarplan: 2,5
///   Onderwerp   Grenzen stellen        PgDn: uit het plan (1/6)
///   Methode     Incidentmethode        PgDn: andere · F3: stappen
///   Aanwezigheid: 6 aanwezig · 2 afwezig (1 met bericht)
///   Afwezig met bericht telt ook als afwezig voor de 75%-regel.
///   [✓] Anna de Vries               aanwezig
///   [ ] Bram Jansen                 afwezig · met bericht · Dienst
/// ```
enum MeetingFormView {
    static func draw(_ canvas: inout Canvas, form: MeetingForm, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        guard let group = state.group(form.groupID) else { return }
        let layout = MeetingFormLayout(form: form, size: canvas.size, language: language)
        let width = canvas.size.width

        // Title, and the year on the right.
        let title = (form.editing == nil ? MeetingFormTexts.nameNew : MeetingFormTexts.nameEdit).text(language)
        let titleWidth = canvas.write(title, row: 1, column: 1, role: .title)
        if let report = state.report(group.id), let year = report.year {
            // The year and how far it is, or only the year when both do not fit.
            let period = GroupTexts.year(from: year.from, to: year.to).text(language)
            let held = GroupTexts.heldOfPlanned(held: report.heldThisYear, planned: max(report.plannedThisYear, year.meetingCount)).text(language)
            let text = [period + " · " + held, period].first { width - titleWidth - 4 > DisplayWidth.of($0) } ?? ""
            canvas.writeRight(text, row: 1, column: 0, width: width - 1, role: .muted)
        }

        // The fields, each with a note and its refusal under it.
        let date = try? CivilDate.parse(form.date.text).get()
        let plan = date.flatMap { group.plan(containing: $0) } ?? state.report(group.id)?.year
        let topics = MeetingForm.topicSuggestions(group, near: date ?? state.today)
        let methods = state.methods.choices(for: group)
        for field in MeetingFormLayout.textFields {
            guard let row = layout.fieldRow[field], let path = form.textField(field) else { continue }
            var note = ""
            var noteRole = StyleRole.muted
            switch field {
            case .date: note = TypedDate.note(form.date.text, language)
            case .time: (note, noteRole) = timeNote(form.time.text, language)
            case .location: break
            case .duration: note = plan?.durationHours.map { MeetingFormTexts.durationInPlan($0).text(language) } ?? ""
            case .topic: note = topics.isEmpty ? "" : MeetingFormTexts.fromPlan(choice: form.topicChoice, of: topics.count).text(language)
            case .method: note = MeetingFormTexts.otherMethods(choice: form.methodChoice, of: methods.count).text(language)
            case .attendance: break
            }
            let focused = form.focus == field && form.reason == nil
            let column = FormRow.draw(&canvas, row: row, label: label(field).text(language), labelWidth: layout.labelWidth,
                                      field: form[keyPath: path], fieldWidth: layout.fieldWidth, focused: focused, note: note,
                                      noteRole: noteRole)
            if let refusal = layout.errorLines[field] {
                for (offset, line) in refusal.lines.enumerated() {
                    canvas.write(line, row: row + 1 + offset, column: column, role: refusal.role)
                }
            }
            if field == .date, layout.errorLines[field] == nil {
                for (offset, line) in layout.warningLines.enumerated() {
                    canvas.write(line, row: row + 1 + offset, column: column, role: .warning)
                }
            }
        }
        if form.focus == .attendance || form.reason != nil { canvas.cursor = nil }

        drawAttendance(&canvas, form: form, group: group, layout: layout, state: state)
        Chrome.drawStatusBar(&canvas, scope: form.keyScope, state: state)
    }

    static func drawAttendance(_ canvas: inout Canvas, form: MeetingForm, group: Group, layout: MeetingFormLayout, state: AppState) {
        let language = state.language
        let members = form.attendanceMembers(group, today: state.today)
        let absent = members.filter { form.absences[$0.id] != nil }
        let excused = absent.filter { form.absences[$0.id]?.excused == true }.count
        var heading = MeetingFormTexts.attendanceCount(present: members.count - absent.count, absent: absent.count).text(language)
        if excused > 0 { heading += " " + MeetingFormTexts.excusedCount(excused).text(language) }
        let focused = form.focus == .attendance
        FormRow.drawLabel(&canvas, row: layout.attendanceRow, label: heading, labelWidth: canvas.size.width - 3, focused: focused)
        // Over the list, the reason being typed when it will not do (Enter keeps it in its field).
        if let refusal = form.reasonRefusal {
            canvas.write("↳ " + MeetingFormTexts.reason.text(language) + " " + refusal.text(language), row: layout.noteRow, column: 2,
                         maxWidth: canvas.size.width - 3, role: .warning)
        } else {
            canvas.write(MeetingFormTexts.excusedCounts.text(language), row: layout.noteRow, column: 2, role: .warning)
        }

        let nameWidth = max(12, min(30, canvas.size.width / 2 - 6))
        let table = Table(columns: [
            Table.Column("", width: 3), Table.Column("", width: nameWidth), Table.Column("", width: 10, weight: 1),
        ], column: 2, width: canvas.size.width - 3)
        if members.isEmpty { EmptyList.draw(&canvas, text: MeetingFormTexts.noMembersOnDate.text(language), row: layout.listTop) }
        table.drawRows(&canvas, top: layout.listTop, height: layout.listHeight, count: members.count, cursor: focused ? form.list : ListCursor(scroll: form.list.scroll)) { index in
            let member = members[index]
            guard let entry = form.absences[member.id] else {
                return [Table.Item("[✓]", .ok), Table.Item(member.name), Table.Item(MeetingFormTexts.present.text(language), .ok)]
            }
            var status = MeetingFormTexts.absent.text(language)
            if entry.excused { status += " · " + MeetingFormTexts.excused.text(language) }
            if !entry.reason.isEmpty && !(form.reason != nil && index == form.list.selected) { status += " · " + entry.reason }
            return [Table.Item("[ ]", .warning), Table.Item(member.name), Table.Item(status, .warning)]
        }
        // The reason being typed, after "absent · with notice · ".
        if let reason = form.reason, members.indices.contains(form.list.selected) {
            let row = layout.listTop + form.list.selected - form.list.scroll
            let entry = form.absences[members[form.list.selected].id] ?? AbsenceEntry()
            var prefix = MeetingFormTexts.absent.text(language) + " · "
            if entry.excused { prefix += MeetingFormTexts.excused.text(language) + " · " }
            prefix += MeetingFormTexts.reason.text(language) + " "
            let column = 2 + 3 + 1 + nameWidth + 1
            let used = canvas.write(prefix, row: row, column: column, role: .selection)
            let cursor = reason.draw(on: &canvas, row: row, column: column + used, width: max(6, min(30, canvas.size.width - column - used - 1)))
            canvas.cursor = (row, cursor)
        }
    }

    /// The time checked as it is typed (Core's `MeetingTime.parse`): read back, or what is wrong.
    static func timeNote(_ text: String, _ language: Language) -> (String, StyleRole) {
        guard !text.trimmingSpaces().isEmpty else { return (MeetingFormTexts.timeExample.text(language), .muted) }
        switch MeetingTime.parse(text) {
        case .success(let time): return (AppTexts.timeRead(time).text(language), .muted)
        case .failure(let error): return (AppTexts.timeProblem(error).text(language), .warning)
        }
    }

    private static func choice(_ index: Int, of count: Int) -> String {
        index >= 0 ? "\(index + 1)/\(count)" : "\(count)"
    }

    private static func label(_ field: MeetingForm.Field) -> LocalizedText {
        switch field {
        case .date: return AppTexts.fieldDate
        case .time: return MeetingFormTexts.time
        case .location: return MeetingFormTexts.location
        case .duration: return MeetingFormTexts.duration
        case .topic: return MeetingFormTexts.topic
        case .method: return MeetingFormTexts.method
        case .attendance: return GroupTexts.tabAttendance
        }
    }
}
