import IntervisionCore

/// Adding and changing members. Input is read with Core's parsers (BIG, dates) and saved through
/// `Group.addMember`/`updateMember`, whose refusals show by the field they are about.
extension MemberForm {
    static func adding(to group: Group, _ state: AppState) -> MemberForm {
        // Someone added once the group has held meetings joins on the date given, today unless typed
        // otherwise, so the meetings before are not counted against them (and the form says what
        // that does to the fixed composition); before any meeting, a member from the start.
        let joined = group.defaultJoinDate(today: state.today, plan: state.report(group.id)?.year).map { Format.date($0, state.language) } ?? ""
        var form = MemberForm(groupID: group.id, editing: nil,
                              fields: Dictionary(uniqueKeysWithValues: MemberForm.Field.allCases.filter { $0 != .contact }.map { ($0, TextField()) }),
                              contact: false, showsLeft: false)
        form.fields[.joined] = TextField(joined)
        form.refreshPreview(group, state)
        form.arrive(at: form.focus)
        return form
    }

    static func changing(_ member: Member, of group: Group, _ state: AppState) -> MemberForm {
        let language = state.language
        let date = { (value: CivilDate?) in TextField(value.map { Format.date($0, language) } ?? "") }
        var form = MemberForm(groupID: group.id, editing: member.id, fields: [
            .name: TextField(member.name), .specialism: TextField(member.specialism), .big: TextField(member.big?.digits ?? ""),
            .phone: TextField(member.phone), .joined: date(member.joined), .periodStart: date(member.registrationPeriodStart),
            .left: date(member.left),
        ], contact: group.contactMemberID == member.id, showsLeft: member.left != nil)
        form.preview = state.report(group.id)?.members.first { $0.memberID == member.id }
        form.arrive(at: form.focus)
        return form
    }

    mutating func update(_ key: Key, _ action: Action?, _ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        if let outcome = formAction(action, &state) { return outcome }
        if focus == .contact {
            // The contact person is a yes/no: Space switches it.
            guard key == .character(" ") else { return Outcome() }
            contact.toggle()
            isDirty = true
            return Outcome()
        }
        guard var field = self.fields[focus] else { return Outcome() }
        let before = field.text
        field.handle(key)
        self.fields[focus] = field
        guard field.text != before else { return Outcome() }
        errors[focus] = nil
        isDirty = true
        if [.joined, .left, .periodStart].contains(focus) { refreshPreview(group, state) }
        return Outcome()
    }

    var tabOrder: [Field] { visibleFields }

    mutating func save(_ state: inout AppState) -> Outcome {
        guard let group = state.group(groupID) else { return Outcome([], .pop) }
        return record(group, &state)
    }

    /// A date field as typed: nil when empty, the refusal when it does not read.
    static func optionalDate(_ text: String) -> Result<CivilDate?, DateInputError> {
        if text.trimmingSpaces().isEmpty { return .success(nil) }
        return CivilDate.parse(text).map { Optional($0) }
    }

    /// The member as the form holds it, ignoring what does not read yet (for the live preview).
    private func draftMember(_ group: Group) -> Member {
        var member = editing.flatMap { group.member($0) } ?? Member(id: group.nextMemberID, name: self.text(.name))
        member.name = self.text(.name)
        member.joined = (try? Self.optionalDate(self.text(.joined)).get()) ?? nil
        member.registrationPeriodStart = (try? Self.optionalDate(self.text(.periodStart)).get()) ?? nil
        if showsLeft { member.left = (try? Self.optionalDate(self.text(.left)).get()) ?? nil }
        if member.big == nil, case .success(let big) = BIGNumber.parse(self.text(.big)) { member.big = big }
        return member
    }

    /// The hours this member would have with the dates as typed: one report for one group, only
    /// when a date field changes.
    mutating func refreshPreview(_ group: Group, _ state: AppState) {
        var draft = group
        let member = draftMember(group)
        if let index = draft.members.firstIndex(where: { $0.id == member.id }) { draft.members[index] = member } else { draft.members.append(member) }
        let report = RulesEngine.report(for: draft, supervisor: state.catalog.supervisor, today: state.today)
        preview = report.members.first { $0.memberID == member.id }
    }

    private mutating func record(_ group: Group, _ state: inout AppState) -> Outcome {
        errors = [:]
        var big: BIGNumber?
        if !self.text(.big).trimmingSpaces().isEmpty {
            switch BIGNumber.parse(self.text(.big)) {
            case .success(let number): big = number
            case .failure(let error): errors[.big] = error.message
            }
        }
        var dates: [MemberForm.Field: CivilDate] = [:]
        for field in [MemberForm.Field.joined, .periodStart, .left] where visibleFields.contains(field) {
            switch Self.optionalDate(self.text(field)) {
            case .success(let date): dates[field] = date
            case .failure(let error): errors[field] = error.message
            }
        }
        // A name, specialism or phone that will not do (too long, a control character, not a number).
        for field in [MemberForm.Field.name, .specialism, .phone] where errors[field] == nil {
            errors[field] = refusal(field)?.text
        }
        if let first = visibleFields.first(where: { errors[$0] != nil }) {
            focus(onRefused: first)
            return Outcome()
        }
        var changed = group
        var saved: Member
        do throws(EditError) {
            if let id = editing, var member = group.member(id) {
                member.name = self.text(.name).trimmingSpaces()
                member.specialism = self.text(.specialism).trimmingSpaces()
                member.big = big
                member.phone = self.text(.phone).trimmingSpaces()
                member.joined = dates[.joined]
                member.registrationPeriodStart = dates[.periodStart]
                if showsLeft { member.left = dates[.left] }
                try changed.updateMember(member)
                saved = member
            } else {
                saved = try changed.addMember(name: self.text(.name), specialism: self.text(.specialism), big: big,
                                              phone: self.text(.phone), joined: dates[.joined])
                if let start = dates[.periodStart] {
                    saved.registrationPeriodStart = start
                    try changed.updateMember(saved)
                }
            }
        } catch {
            let field: MemberForm.Field
            switch error {
            case .duplicateBIG: field = .big
            case .invalidPhone, .textRefused(FieldLabel.phone, _): field = .phone
            case .textRefused(FieldLabel.specialism, _): field = .specialism
            case .leftBeforeJoined: field = showsLeft ? .left : .joined
            default: field = .name
            }
            errors[field] = error.message
            focus(onRefused: field)
            return Outcome()
        }
        if contact {
            changed.contactMemberID = saved.id
        } else if changed.contactMemberID == saved.id {
            changed.contactMemberID = nil
        }
        let what = editing == nil ? MemberFormTexts.undoMemberAdded(saved.name) : MemberFormTexts.undoMemberChanged(saved.name)
        asked = saved.id
        return Outcome(App.save(changed, .member, replacing: group, what: what, &state))
    }

    /// Saved: the members tab shows the member, and the form closes. Refused: it stays as typed.
    mutating func saveAnswered(_ answer: SaveAnswer, _ state: inout AppState) -> Outcome {
        guard answer.save.kind == .member, let id = asked else { return Outcome() }
        asked = nil
        guard answer.isConfirmed else { return Outcome() }
        return GroupScreen.closeSavedForm(answer, tab: .members, row: { $0.members.firstIndex { $0.member.id == id } }, &state)
    }
}
