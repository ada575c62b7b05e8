import IntervisionCore

/// The supervisor's profile. At 80×24:
///
/// ```
///  Profiel begeleider
/// › Naam              Marieke van den Berg
///   Telefoon          06-12345678
///   Registratie       ‹ LVSC (coach/supervisor) ›       ←→ kiest
///   Registratienummer L-2019-0042
///   Uren in 5 jaar    59                                minimaal 60 nodig
///
///   ✗ Voldoet niet (registratie begeleider): LVSC-registratie met 59 uur …
/// ```
///
/// The verdict follows the fields as they are typed, in the rule's own words.
enum ProfileFormView {
    static func draw(_ canvas: inout Canvas, form: ProfileForm, state: AppState) {
        let language = state.language
        Chrome.drawHeader(&canvas, trail: App.trail(state), state: state)
        let width = canvas.size.width
        let bottom = canvas.size.height - 1
        canvas.write(ProfileTexts.name.text(language), row: 1, column: 1, maxWidth: width - 2, role: .title)

        let labelWidth = FormRow.labelWidth(ProfileForm.Field.allCases.map { label($0).text(language) })
        let fieldWidth = max(8, min(32, width - labelWidth - 6))
        var row = 2
        for field in form.visibleFields where row < bottom {
            let focused = form.focus == field
            let labelText = label(field).text(language)
            let (note, noteRole) = self.note(field, form: form, language: language)
            if field == .registration {
                let value = form.registration.map { $0.name.text(language) } ?? ProfileTexts.registrationNone.text(language)
                let column = FormRow.drawChoice(&canvas, row: row, label: labelText, labelWidth: labelWidth, value: value,
                                                fieldWidth: fieldWidth, focused: focused, note: note, noteRole: noteRole)
                if let refusal = form.refusal(field) {
                    row = FormRow.writeUnder(&canvas, refusal.text.text(language), after: row, column: column, role: refusal.role)
                }
            } else {
                row = FormRow.drawChecked(&canvas, row: row, label: labelText, labelWidth: labelWidth,
                                          field: form.fields[field] ?? TextField(), fieldWidth: fieldWidth, focused: focused,
                                          note: note, noteRole: noteRole, refusal: form.refusal(field), language: language).lastRow
            }
            row += 1
        }
        row += 1
        for (text, role) in facts(form, language: language) {
            for line in TextLayout.wrap(text, width: width - 4) where row < bottom {
                canvas.write(line, row: row, column: 2, role: role)
                row += 1
            }
            if role != .muted { row += 1 }  // the verdict stands apart from the explanations
        }
        Chrome.drawStatusBar(&canvas, scope: form.keyScope, state: state)
    }

    /// Beside a field: how the registration is changed, what the LVSC route needs. Why a phone
    /// number or the hours as typed will not do stands under the field (`ProfileForm.refusal`).
    static func note(_ field: ProfileForm.Field, form: ProfileForm, language: Language) -> (String, StyleRole) {
        switch field {
        case .registration: return (ProfileTexts.choose.text(language), .muted)
        case .hours where form.refusal(.hours) == nil: return (ProfileTexts.hoursNeeded.text(language), .muted)
        default: return ("", .muted)
        }
    }

    /// The verdict on the registration as typed, then what the regulation asks.
    static func facts(_ form: ProfileForm, language: Language) -> [(String, StyleRole)] {
        var lines: [(String, StyleRole)] = []
        if let shortfall = Supervisor.registrationShortfall(form.draft) {
            lines.append((ProfileTexts.fails(shortfall).text(language), .error))
        } else {
            lines.append((ProfileTexts.meets.text(language), .ok))
        }
        if form.registration == .lvsc { lines.append((ProfileTexts.lvscExplain.text(language), .muted)) }
        lines.append((ProfileTexts.regulation.text(language), .muted))
        lines.append((ProfileTexts.appliesToAll.text(language), .muted))
        return lines
    }

    static func label(_ field: ProfileForm.Field) -> LocalizedText {
        switch field {
        case .name: return AppTexts.columnName
        case .phone: return AppTexts.fieldPhone
        case .registration: return ProfileTexts.registration
        case .number: return ProfileTexts.registrationNumber
        case .hours: return ProfileTexts.lvscHours
        }
    }
}
