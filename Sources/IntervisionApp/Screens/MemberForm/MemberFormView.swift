import IntervisionCore

/// Adding or changing a member: the fields with what each will be read as (the BIG number padded to
/// 11 digits, a date in words, or why it does not read), the hours this member earns, and the
/// fixed-composition rule as it would apply to the dates typed.
enum MemberFormView {
    static func draw(_ canvas: inout Canvas, form: MemberForm, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        guard let group = state.group(form.groupID) else { return }
        let width = canvas.size.width
        let title = form.editing == nil ? MemberFormTexts.nameNew.text(language)
            : MemberFormTexts.titleEdit(group.member(form.editing!)?.name ?? "").text(language)
        canvas.write(title, row: 1, column: 1, maxWidth: width - 2, role: .title)

        let labelWidth = FormRow.labelWidth(form.visibleFields.map { label($0).text(language) })
        let fieldWidth = max(8, min(24, width - labelWidth - 6))
        let noteColumn = 2 + labelWidth + 1 + fieldWidth + 2
        var row = 2
        for field in form.visibleFields where row < canvas.size.height - 1 {
            let focused = form.focus == field
            let (note, noteRole) = self.note(field, form: form, language: language)
            if field == .contact {
                let column = FormRow.drawLabel(&canvas, row: row, label: label(field).text(language), labelWidth: labelWidth, focused: focused)
                let value = (form.contact ? "[x] " : "[ ] ") + (form.contact ? AppTexts.yes : AppTexts.no).text(language)
                canvas.write(value, row: row, column: column, role: focused ? .selection : .text)
                canvas.write(MemberFormTexts.spaceSwitches.text(language), row: row, column: noteColumn, role: .muted)
                if focused { canvas.cursor = nil }
            } else {
                row = FormRow.drawChecked(&canvas, row: row, label: label(field).text(language), labelWidth: labelWidth,
                                          field: form.fields[field] ?? TextField(), fieldWidth: fieldWidth, focused: focused,
                                          note: note, noteRole: noteRole, refusal: form.refusal(field), language: language).lastRow
            }
            row += 1
        }
        row += 1
        for (text, role) in facts(form, group: group, state: state) where row < canvas.size.height - 1 {
            for line in TextLayout.wrap(text, width: width - 4) where row < canvas.size.height - 1 {
                canvas.write(line, row: row, column: 2, role: role)
                row += 1
            }
        }
        Chrome.drawStatusBar(&canvas, scope: .form, state: state)
    }

    /// Beside the field: what it will be read as (why it does not read stands under it).
    static func note(_ field: MemberForm.Field, form: MemberForm, language: Language) -> (String, StyleRole) {
        let text = form.text(field).trimmingSpaces()
        switch field {
        case .big:
            if text.isEmpty { return (MemberFormTexts.noBIG.text(language), .warning) }
            guard case .success(let number) = BIGNumber.parse(text) else { return ("", .muted) }
            return (MemberFormTexts.bigReadsAs(number.digits).text(language), .ok)
        case .joined, .periodStart, .left:
            if text.isEmpty {
                let key: LocalizedText = field == .joined ? MemberFormTexts.joinedEmpty : field == .periodStart ? MemberFormTexts.periodEmpty : MemberFormTexts.leftEmpty
                return (key.text(language), .muted)
            }
            guard case .success(let date) = CivilDate.parse(text) else { return ("", .muted) }
            return (Format.longDate(date, language), .muted)
        default:
            return ("", .muted)
        }
    }

    /// Hours and attendance as the rules engine counts them, and the fixed-composition warning.
    static func facts(_ form: MemberForm, group: Group, state: AppState) -> [(String, StyleRole)] {
        let language = state.language
        var lines: [(String, StyleRole)] = []
        if let standing = form.preview {
            var hours = MemberFormTexts.hoursThisYear(standing.hoursThisYear).text(language)
            if let from = standing.periodStart, let to = standing.periodEnd {
                hours += " · " + MemberFormTexts.hoursInPeriod(from: from, to: to, hours: standing.hoursInPeriod).text(language)
            }
            lines.append((hours, standing.hoursInPeriod > 24 ? .warning : .text))
            if standing.expected > 0 {
                lines.append((MemberFormTexts.attendance(attended: standing.attended, expected: standing.expected,
                                                            percentage: standing.percentage, mayMiss: max(0, standing.mayStillMiss)).text(language),
                              standing.canReach75 ? .text : .error))
            }
        }
        let joined = (try? MemberForm.optionalDate(form.text(.joined)).get()) ?? nil
        let left = form.showsLeft ? ((try? MemberForm.optionalDate(form.text(.left)).get()) ?? nil) : nil
        for warning in group.compositionWarnings(name: form.text(.name), joined: joined, left: left, today: state.today) {
            lines.append(("! " + RuleID.groupFixed.shortName.text(language) + ": " + warning.text(language), .warning))
        }
        return lines
    }

    static func label(_ field: MemberForm.Field) -> LocalizedText {
        switch field {
        case .name: return AppTexts.columnName
        case .specialism: return AppTexts.columnSpecialism
        case .big: return AppTexts.columnBIG
        case .phone: return AppTexts.fieldPhone
        case .joined: return MemberFormTexts.joined
        case .periodStart: return MemberFormTexts.periodStart
        case .left: return MemberFormTexts.left
        case .contact: return MemberFormTexts.contact
        }
    }
}
