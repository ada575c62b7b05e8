import IntervisionCore

/// Recording a meeting: fields, attendance with exceptions, suggestions from the plan, and a save
/// that goes through `Group.recordMeeting` (which refuses a future date, a date outside every year
/// and a second meeting on a day; the message then shows by the date and the form stays).
extension App {
    static func newMeetingForm(_ group: Group, on date: CivilDate, topic: String?, _ state: AppState) -> MeetingForm {
        let language = state.language
        let plan = group.plan(containing: date) ?? state.report(group.id)?.year
        let topics = topicSuggestions(group, near: date)
        let chosenTopic = topic.flatMap { $0.isEmpty ? nil : $0 } ?? topics.first ?? ""
        let methods = state.methods.choices(for: group)
        var form = MeetingForm(groupID: group.id, date: Format.date(date, language),
                               duration: plan?.durationHours.map { NumberInput.hoursText($0, language: language) } ?? "",
                               topic: chosenTopic, method: group.methods.first ?? "")
        form.topicChoice = topics.firstIndex(of: chosenTopic) ?? -1
        form.topicTouched = topic.map { !$0.isEmpty } ?? false
        form.methodChoice = methods.firstIndex(of: form.method.text) ?? -1
        return form
    }

    static func editMeetingForm(_ group: Group, _ meeting: Meeting, _ state: AppState) -> MeetingForm {
        let language = state.language
        let hours = meeting.durationHours ?? group.plan(containing: meeting.date)?.durationHours
        var form = MeetingForm(groupID: group.id, editing: meeting.id, date: Format.date(meeting.date, language),
                               duration: hours.map { NumberInput.hoursText($0, language: language) } ?? "", topic: meeting.topic, method: meeting.method)
        for entry in meeting.attendance where !entry.present {
            form.absences[entry.memberID] = AbsenceEntry(reason: entry.reason, excused: entry.excused)
        }
        let ofTheDay = Set(group.members(on: meeting.date).map(\.id))
        form.extraMembers = meeting.attendance.map(\.memberID).filter { !ofTheDay.contains($0) }
        form.topicTouched = true
        form.methodChoice = state.methods.choices(for: group).firstIndex(of: meeting.method) ?? -1
        return form
    }

    static func meetingForm(_ key: Key, _ action: Action?, _ form: inout MeetingForm, _ state: inout AppState) -> Outcome {
        guard let group = state.group(form.groupID) else { return Outcome([], .pop) }
        let members = attendanceMembers(form, group, today: state.today)
        let listHeight = MeetingFormLayout(form: form, size: state.size, language: state.language).listHeight
        let selected = members.indices.contains(form.list.selected) ? members[form.list.selected] : nil

        // Typing the reason of an absence: Enter/Tab keep it, Esc drops the change.
        if var reason = form.reason {
            switch action {
            case .acceptInput:
                if let member = selected { form.absences[member.id, default: AbsenceEntry()].reason = reason.text }
                form.reason = nil
                form.isDirty = true
            case .cancelInput:
                form.reason = nil
            default:
                reason.handle(key)
                form.reason = reason
            }
            return Outcome()
        }

        switch action {
        case .save:
            return saveMeeting(&form, group, &state)
        case .cancelForm:
            return cancelForm(isDirty: form.isDirty)
        case .nextField, .previousField:
            form.focus = MeetingForm.Field.allCases.cycling(from: form.focus, by: action == .nextField ? 1 : -1)
        case .moveUp where form.focus == .attendance && form.list.selected == 0:
            form.focus = .method
        case .moveUp, .moveDown:
            form.list.apply(action == .moveUp ? .up : .down, count: members.count, height: listHeight)
        case .nextSuggestion, .previousSuggestion:
            suggest(action == .nextSuggestion ? 1 : -1, &form, group, state)
        case .methodSteps:
            return Outcome([], .push(.prompt(.methodSteps(methodPanel(for: form.method.text, group: group, state)))))
        case .togglePresent:
            guard let member = selected else { break }
            if form.absences[member.id] == nil { form.absences[member.id] = AbsenceEntry() } else { form.absences[member.id] = nil }
            form.isDirty = true
        case .toggleExcused:
            guard let member = selected else { break }
            // On someone present: absent with notice. On someone absent: with or without notice.
            form.absences[member.id, default: AbsenceEntry()].excused.toggle()
            form.isDirty = true
        case .editReason:
            guard let member = selected else { break }
            let entry = form.absences[member.id] ?? AbsenceEntry()
            form.absences[member.id] = entry
            form.reason = TextField(entry.reason)
            form.isDirty = true
        default:
            guard let path = form.focusedField else { break }
            let before = form[keyPath: path].text
            guard form[keyPath: path].handle(key), form[keyPath: path].text != before else { break }
            form.isDirty = true
            form.errors[form.focus] = nil
            fieldChanged(&form, group, state)
        }
        form.list.clamp(count: attendanceMembers(form, group, today: state.today).count, height: listHeight)
        return Outcome()
    }

    /// A typed change: a new date brings the planned topic nearest to it (unless the topic was
    /// chosen), and the attendance list follows the members of that date.
    private static func fieldChanged(_ form: inout MeetingForm, _ group: Group, _ state: AppState) {
        switch form.focus {
        case .date:
            guard !form.topicTouched, case .success(let date) = CivilDate.parse(form.date.text) else { return }
            let topics = topicSuggestions(group, near: date)
            if let first = topics.first {
                form.topic = TextField(first)
                form.topicChoice = 0
            }
        case .topic:
            form.topicTouched = true
            form.topicChoice = -1
        case .method:
            form.methodChoice = -1
        default:
            break
        }
    }

    /// PgDn/PgUp on the topic or method: the next planned topic, or the next method.
    private static func suggest(_ step: Int, _ form: inout MeetingForm, _ group: Group, _ state: AppState) {
        switch form.focus {
        case .topic:
            let date = try? CivilDate.parse(form.date.text).get()
            let topics = topicSuggestions(group, near: date ?? state.today)
            guard !topics.isEmpty else { return }
            form.topicChoice = nextChoice(form.topicChoice, step, count: topics.count)
            form.topic = TextField(topics[form.topicChoice])
            form.topicTouched = true
            form.errors[.topic] = nil
        case .method:
            let methods = state.methods.choices(for: group)
            guard !methods.isEmpty else { return }
            form.methodChoice = nextChoice(form.methodChoice, step, count: methods.count)
            form.method = TextField(methods[form.methodChoice])
            form.errors[.method] = nil
        default:
            return
        }
        form.isDirty = true
    }

    /// The next suggestion round the list; from a typed text (-1) forward is the first, back the last.
    static func nextChoice(_ current: Int, _ step: Int, count: Int) -> Int {
        if current < 0 { return step > 0 ? 0 : count - 1 }
        return (current + step + count) % count
    }

    private static func saveMeeting(_ form: inout MeetingForm, _ group: Group, _ state: inout AppState) -> Outcome {
        form.errors = [:]
        let date: CivilDate
        switch CivilDate.parse(form.date.text) {
        case .success(let parsed): date = parsed
        case .failure(let error):
            form.errors[.date] = error.message
            form.focus = .date
            return Outcome()
        }
        var hours: Double?
        if !form.duration.text.trimmingSpaces().isEmpty {
            switch NumberInput.hours(form.duration.text) {
            case .success(let value): hours = value
            case .failure(let error):
                form.errors[.duration] = error.message
                form.focus = .duration
                return Outcome()
            }
        }
        var absent: [MemberID: (reason: String, excused: Bool)] = [:]
        for member in attendanceMembers(form, group, today: state.today) {
            if let entry = form.absences[member.id] { absent[member.id] = (entry.reason, entry.excused) }
        }
        var changed = group
        let meeting: Meeting
        do throws(EditError) {
            meeting = try changed.recordMeeting(on: date, today: state.today, topic: form.topic.text, method: form.method.text,
                                                durationHours: hours, absent: absent, replacing: form.editing)
        } catch {
            var field = MeetingForm.Field.date
            if case .invalidDuration = error { field = .duration }
            form.errors[field] = error.message
            form.focus = field
            return Outcome()
        }
        let before = state.report(group.id)
        let what = LocalizedText(nl: Texts.format(form.editing == nil ? .undoMeetingAdded : .undoMeetingChanged, .nl, date.dutch),
                                 en: Texts.format(form.editing == nil ? .undoMeetingAdded : .undoMeetingChanged, .en, date.iso))
        let effects = commit(changed, replacing: group, what: what, &state)
        guard let before, let after = state.report(group.id) else { return Outcome(effects, .pop) }
        // The group screen below shows the meetings, on the one just saved.
        if let content = state.content(of: GroupScreen(groupID: group.id, groupIndex: 0)),
           let row = content.meetings.firstIndex(where: { $0.id == meeting.id }) {
            showInGroupScreen(group.id, tab: .meetings, row: row, &state)
        }
        let result = MeetingResult(groupID: group.id, date: date, isNew: form.editing == nil, present: meeting.presentCount,
                                   expected: meeting.attendance.count, changes: ReportChanges(before: before, after: after))
        return Outcome(effects, .replace(.prompt(.meetingResult(result))))
    }
}
