import IntervisionCore

/// Recording a meeting: fields, attendance with exceptions, suggestions from the plan, and a save
/// that goes through `Group.recordMeeting` (which refuses a future date, a date outside every year
/// and a second meeting on a day; the message then shows by the date and the form stays).
extension MeetingForm {
    static func recording(_ group: Group, on date: CivilDate, topic: String?, _ state: AppState) -> MeetingForm {
        let language = state.language
        let plan = group.plan(containing: date) ?? state.report(group.id)?.year
        let topics = Self.topicSuggestions(group, near: date)
        let chosenTopic = topic.flatMap { $0.isEmpty ? nil : $0 } ?? Self.plannedTopic(group, near: date) ?? ""
        let methods = state.methods.choices(for: group)
        // A planned meeting of that day brings its time and place.
        let planned = plan?.planned.first { $0.date == date }
        var form = MeetingForm(groupID: group.id, date: Format.date(date, language), time: planned?.time?.text ?? "",
                               duration: plan?.durationHours.map { NumberInput.hoursText($0, language: language) } ?? "",
                               topic: chosenTopic, method: group.methods.first ?? "", location: planned?.location ?? "")
        form.topicChoice = topics.firstIndex(of: chosenTopic) ?? -1
        form.topicTouched = topic.map { !$0.isEmpty } ?? false
        form.methodChoice = methods.firstIndex(of: form.method.text) ?? -1
        form.arrive(at: form.focus)
        form.refreshPlanWarning(group, state)
        return form
    }

    static func changing(_ meeting: Meeting, of group: Group, _ state: AppState) -> MeetingForm {
        let language = state.language
        let hours = meeting.durationHours ?? group.plan(containing: meeting.date)?.durationHours
        var form = MeetingForm(groupID: group.id, editing: meeting.id, date: Format.date(meeting.date, language),
                               time: meeting.time?.text ?? "", duration: hours.map { NumberInput.hoursText($0, language: language) } ?? "",
                               topic: meeting.topic, method: meeting.method, location: meeting.location)
        for entry in meeting.attendance where !entry.present {
            form.absences[entry.memberID] = AbsenceEntry(reason: entry.reason, excused: entry.excused)
        }
        let ofTheDay = Set(group.members(on: meeting.date).map(\.id))
        form.extraMembers = meeting.attendance.map(\.memberID).filter { !ofTheDay.contains($0) }
        form.topicTouched = true
        form.methodChoice = state.methods.choices(for: group).firstIndex(of: meeting.method) ?? -1
        form.arrive(at: form.focus)
        form.refreshPlanWarning(group, state)
        return form
    }

    /// Whether recording the meeting on the typed date makes PLAN_BEFORE_FIRST an error: said
    /// before saving, so the supervisor can mark the plan as submitted first when it was.
    mutating func refreshPlanWarning(_ group: Group, _ state: AppState) {
        guard case .success(let date) = CivilDate.parse(self.date.text) else {
            planWarning = nil
            return
        }
        planWarning = group.planBeforeFirstWarning(meetingOn: date, replacing: editing, supervisor: state.catalog.supervisor)
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        let members = attendanceMembers(group, today: state.today)
        let listHeight = MeetingFormLayout(form: self, size: state.size, language: state.language).listHeight
        let selected = members.indices.contains(list.selected) ? members[list.selected] : nil

        // Typing the reason of an absence: Enter/Tab keep it, Esc drops the change.
        if var reason = self.reason {
            switch action {
            case .acceptInput:
                // A reason that will not do stays in its field, with why over the list.
                guard reasonRefusal == nil else { return Outcome() }
                if let member = selected { absences[member.id, default: AbsenceEntry()].reason = reason.text }
                self.reason = nil
                isDirty = true
            case .cancelInput:
                self.reason = nil
            default:
                reason.handle(key)
                self.reason = reason
            }
            return Outcome()
        }

        if let outcome = formAction(action, &state) { return outcome }
        switch action {
        case .moveUp where focus == .attendance && list.selected == 0:
            focus(on: .location)
        case .moveUp, .moveDown:
            list.apply(action == .moveUp ? .up : .down, count: members.count, height: listHeight)
        case .nextSuggestion, .previousSuggestion:
            suggest(action == .nextSuggestion ? 1 : -1, group, state)
        case .methodSteps:
            return Outcome([], .push(MethodPanel(showing: method.text, of: group, state)))
        case .togglePresent:
            guard let member = selected else { break }
            if absences[member.id] == nil { absences[member.id] = AbsenceEntry() } else { absences[member.id] = nil }
            isDirty = true
        case .toggleExcused:
            guard let member = selected else { break }
            // On someone present: absent with notice. On someone absent: with or without notice.
            absences[member.id, default: AbsenceEntry()].excused.toggle()
            isDirty = true
        case .editReason:
            guard let member = selected else { break }
            let entry = absences[member.id] ?? AbsenceEntry()
            absences[member.id] = entry
            self.reason = TextField(entry.reason)
            self.reason?.select()
            isDirty = true
        case nil where focus == .attendance:
            if case .character(let letter) = key { list.jump(to: letter, labels: members.map(\.name), height: listHeight) }
        default:
            guard let path = focusedField else { break }
            let before = self[keyPath: path].text
            self[keyPath: path].handle(key)
            guard self[keyPath: path].text != before else { break }
            isDirty = true
            errors[focus] = nil
            fieldChanged(group, state)
        }
        // With the layout as the key left it (a refusal cleared, another date's members).
        clamp(state)
        return Outcome()
    }

    /// A typed change: a new date brings the planned topic nearest to it (unless the topic was
    /// chosen), and the attendance list follows the members of that date.
    private mutating func fieldChanged(_ group: Group, _ state: AppState) {
        switch focus {
        case .date:
            refreshPlanWarning(group, state)
            guard !topicTouched, case .success(let date) = CivilDate.parse(self.date.text) else { return }
            let planned = Self.plannedTopic(group, near: date) ?? ""
            self.topic = TextField(planned)
            topicChoice = Self.topicSuggestions(group, near: date).firstIndex(of: planned) ?? -1
        case .topic:
            topicTouched = true
            topicChoice = -1
        case .method:
            methodChoice = -1
        default:
            break
        }
    }

    /// PgDn/PgUp on the topic or method: the next planned topic, or the next method.
    private mutating func suggest(_ step: Int, _ group: Group, _ state: AppState) {
        switch focus {
        case .topic:
            let date = try? CivilDate.parse(self.date.text).get()
            let topics = Self.topicSuggestions(group, near: date ?? state.today)
            guard !topics.isEmpty else { return }
            topicChoice = Self.nextChoice(topicChoice, step, count: topics.count)
            self.topic = TextField(topics[topicChoice])
            self.topic.select()
            topicTouched = true
            errors[.topic] = nil
        case .method:
            let methods = state.methods.choices(for: group)
            guard !methods.isEmpty else { return }
            methodChoice = Self.nextChoice(methodChoice, step, count: methods.count)
            method = TextField(methods[methodChoice])
            method.select()
            errors[.method] = nil
        default:
            return
        }
        isDirty = true
    }

    /// The next suggestion round the list; from a typed text (-1) forward is the first, back the last.
    static func nextChoice(_ current: Int, _ step: Int, count: Int) -> Int {
        if current < 0 { return step > 0 ? 0 : count - 1 }
        return (current + step + count) % count
    }

    var tabOrder: [Field] { Field.allCases }

    mutating func editText(of field: Field, _ edit: (inout TextField) -> Void) {
        if let path = textField(field) { edit(&self[keyPath: path]) }
    }

    mutating func save(_ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        // A refusal puts its message under the field, so the list below may have fewer lines.
        let outcome = record(group, &state)
        clamp(state)
        return outcome
    }

    private mutating func record(_ group: Group, _ state: inout AppState) -> Outcome {
        errors = [:]
        let date: CivilDate
        switch CivilDate.parse(self.date.text) {
        case .success(let parsed): date = parsed
        case .failure(let error):
            errors[.date] = error.message
            focus(onRefused: .date)
            return Outcome()
        }
        var hours: Double?
        if !duration.text.trimmingSpaces().isEmpty {
            switch NumberInput.hours(duration.text) {
            case .success(let value): hours = value
            case .failure(let error):
                errors[.duration] = error.message
                focus(onRefused: .duration)
                return Outcome()
            }
        }
        var time: MeetingTime?
        if !self.time.text.trimmingSpaces().isEmpty {
            switch MeetingTime.parse(self.time.text) {
            case .success(let value): time = value
            case .failure(let error):
                errors[.time] = error.message
                focus(onRefused: .time)
                return Outcome()
            }
        }
        // A topic, method or place that will not do (too long, a control character) is refused by its field.
        for field in [Field.topic, .method, .location] {
            guard let problem = refusal(field) else { continue }
            errors[field] = problem.text
            focus(onRefused: field)
            return Outcome()
        }
        var absent: [MemberID: (reason: String, excused: Bool)] = [:]
        for member in attendanceMembers(group, today: state.today) {
            if let entry = absences[member.id] { absent[member.id] = (entry.reason, entry.excused) }
        }
        var changed = group
        let meeting: Meeting
        do throws(EditError) {
            meeting = try changed.recordMeeting(on: date, today: state.today, topic: self.topic.text, method: method.text,
                                                durationHours: hours, absent: absent, time: time, location: location.text,
                                                replacing: editing)
            if time == nil { changed.setMeetingTime(nil, meetingID: meeting.id) }
        } catch {
            var field = MeetingForm.Field.date
            switch error {
            case .invalidDuration: field = .duration
            case .textRefused(FieldLabel.topic, _): field = .topic
            case .textRefused(FieldLabel.method, _): field = .method
            case .textRefused(FieldLabel.location, _): field = .location
            default: break
            }
            errors[field] = error.message
            focus(onRefused: field)
            return Outcome()
        }
        let what = editing == nil ? MeetingFormTexts.undoMeetingAdded(date) : MeetingFormTexts.undoMeetingChanged(date)
        asked = meeting.id
        return Outcome(App.save(changed, .meeting, replacing: group, what: what, &state))
    }

    /// Saved: the group screen below shows the meetings, on the one just saved, and what the
    /// meeting did takes the form's place. Refused: the form stays as it was typed.
    mutating func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .meeting, let id = asked else { return Outcome() }
        asked = nil
        let group = answer.save.group
        guard answer.isConfirmed, let meeting = group.meetings.first(where: { $0.id == id }) else { return Outcome() }
        guard let before = answer.reportBefore, let after = state.report(group.id) else { return Outcome([], .pop) }
        GroupScreen.show(group.id, tab: .meetings, row: { $0.meetings.firstIndex { $0.id == meeting.id } }, &state)
        let result = MeetingResult(groupID: group.id, date: meeting.date, isNew: editing == nil, present: meeting.presentCount,
                                   expected: meeting.attendance.count, changes: ReportChanges(before: before, after: after))
        return Outcome([], .replace(result))
    }
}
