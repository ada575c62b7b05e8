import IntervisionCore

/// Where the meeting form's parts go on a screen of a given size: shared by the view (to draw) and
/// `update` (to keep the attendance selection visible). Refusals (as typed, or from the last
/// Ctrl-S) are wrapped under their field, so the list below moves down while one is shown.
struct MeetingFormLayout {
    let labelWidth: Int
    let fieldColumn: Int
    let fieldWidth: Int
    var fieldRow: [MeetingForm.Field: Int] = [:]
    var errorLines: [MeetingForm.Field: (lines: [String], role: StyleRole)] = [:]
    /// The plan's warning under the date (`MeetingForm.planWarning`), wrapped.
    var warningLines: [String] = []
    var attendanceRow = 0
    var noteRow = 0
    var listTop = 0
    var listHeight = 1

    static let textFields: [MeetingForm.Field] = [.date, .duration, .topic, .method, .time, .location]

    init(form: MeetingForm, size: Size, language: Language) {
        let labels: [LocalizedText] = [AppTexts.fieldDate, MeetingFormTexts.duration, MeetingFormTexts.topic, MeetingFormTexts.method,
                                       MeetingFormTexts.time, MeetingFormTexts.location]
        labelWidth = FormRow.labelWidth(labels.map { $0.text(language) })
        fieldColumn = 2 + labelWidth + 1
        fieldWidth = max(12, min(32, (size.width - fieldColumn) / 2))
        var row = 2
        for field in Self.textFields {
            fieldRow[field] = row
            row += 1
            if let refusal = form.refusal(field) {
                let lines = TextLayout.wrap(refusal.text.text(language), width: max(10, size.width - fieldColumn - 1))
                errorLines[field] = (lines, refusal.role)
                row += lines.count
            } else if field == .date, let warning = form.planWarning {
                warningLines = TextLayout.wrap(warning.text(language), width: max(10, size.width - fieldColumn - 1))
                row += warningLines.count
            }
        }
        attendanceRow = row
        noteRow = row + 1
        listTop = row + 2
        listHeight = max(1, size.height - 1 - listTop)
    }
}

extension MeetingForm {
    /// After a resize: the attendance selection stays inside the list and in view.
    mutating func clamp(_ state: AppState) {
        guard let group = state.group(groupID) else { return }
        let count = attendanceMembers(group, today: state.today).count
        list.clamp(count: count, height: MeetingFormLayout(form: self, size: state.size, language: state.language).listHeight)
    }

    /// Who the attendance list shows: the members on the form's date (today while the date does not
    /// read), plus those an edited meeting had recorded.
    func attendanceMembers(_ group: Group, today: CivilDate) -> [Member] {
        TypedDate.members(of: group, onTyped: date.text, today: today, plus: extraMembers)
    }

    /// Under a field: why its text will not do, as typed or as refused by the last Ctrl-S.
    func refusal(_ field: Field) -> FieldRefusal? {
        let typed: LocalizedText?
        switch field {
        case .date: typed = FieldCheck.date(date.text)
        case .duration: typed = FieldCheck.hours(duration.text)
        case .topic: typed = FieldCheck.text(topic.text, .topic)
        case .method: typed = FieldCheck.text(method.text, .name)
        case .location: typed = FieldCheck.text(location.text, .name)
        // The time is read back beside it as typed (`MeetingFormView.timeNote`).
        case .time, .attendance: typed = nil
        }
        return FieldRefusal.pick(saved: errors[field], typed: typed)
    }

    /// The reason of an absence being typed: why it will not do (shown over the list).
    var reasonRefusal: LocalizedText? { reason.flatMap { FieldCheck.text($0.text, .topic) } }

    /// Planned topics of the year, the planned meeting nearest `date` first (PgDn/PgUp go through them).
    static func topicSuggestions(_ group: Group, near date: CivilDate?) -> [String] {
        var topics: [String] = []
        for entry in plannedNearest(group, to: date) where !topics.contains(entry.topic) { topics.append(entry.topic) }
        return topics
    }

    /// The topic a new meeting starts with: that of the planned meeting nearest `date` that was not
    /// held yet (no meeting recorded on its date or with its topic). None left: an extra, unplanned
    /// meeting, which starts with an empty topic.
    static func plannedTopic(_ group: Group, near date: CivilDate?) -> String? {
        let held = group.meetings
        return plannedNearest(group, to: date).first { planned in
            let topic = planned.topic.trimmingSpaces().lowercased()
            return !held.contains { $0.date == planned.date || $0.topic.trimmingSpaces().lowercased() == topic }
        }?.topic
    }

    /// The planned meetings with a topic of the year of `date` (else the nearest year), nearest first.
    private static func plannedNearest(_ group: Group, to date: CivilDate?) -> [PlannedMeeting] {
        guard let date, let plan = group.plan(containing: date) ?? group.plans.min(by: { abs($0.from.days(until: date)) < abs($1.from.days(until: date)) }) else {
            return []
        }
        return plan.planned.filter { !$0.topic.trimmingSpaces().isEmpty }.sorted { a, b in
            let da = a.date.map { abs($0.days(until: date)) } ?? Int.max
            let db = b.date.map { abs($0.days(until: date)) } ?? Int.max
            return da < db
        }
    }
}
