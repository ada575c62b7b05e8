import IntervisionCore

/// Adding and changing members. Input is read with Core's parsers (BIG, dates) and saved through
/// `Group.addMember`/`updateMember`, whose refusals show by the field they are about.
extension App {
    static func newMemberForm(_ group: Group, _ state: AppState) -> MemberForm {
        // Someone joining after the year's first meeting joins today (and the form says what that
        // does to the fixed composition); before it, a member from the start.
        let year = state.report(group.id)?.year
        let started = year.map { plan in group.meetings.contains { plan.contains($0.date) && $0.date <= state.today } } ?? false
        let joined = started ? Format.date(state.today, state.language) : ""
        var form = MemberForm(groupID: group.id, editing: nil,
                              fields: Dictionary(uniqueKeysWithValues: MemberForm.Field.allCases.filter { $0 != .contact }.map { ($0, TextField()) }),
                              contact: false, showsLeft: false)
        form.fields[.joined] = TextField(joined)
        refreshPreview(&form, group, state)
        return form
    }

    static func editMemberForm(_ group: Group, _ member: Member, _ state: AppState) -> MemberForm {
        let language = state.language
        let date = { (value: CivilDate?) in TextField(value.map { Format.date($0, language) } ?? "") }
        var form = MemberForm(groupID: group.id, editing: member.id, fields: [
            .name: TextField(member.name), .specialism: TextField(member.specialism), .big: TextField(member.big?.digits ?? ""),
            .phone: TextField(member.phone), .joined: date(member.joined), .periodStart: date(member.registrationPeriodStart),
            .left: date(member.left),
        ], contact: group.contactMemberID == member.id, showsLeft: member.left != nil)
        form.preview = state.report(group.id)?.members.first { $0.memberID == member.id }
        return form
    }

    static func memberForm(_ key: Key, _ action: Action?, _ form: inout MemberForm, _ state: inout AppState) -> Outcome {
        guard let group = state.group(form.groupID) else { return Outcome([], .pop) }
        let fields = form.visibleFields
        switch action {
        case .save:
            return saveMember(&form, group, &state)
        case .cancelForm:
            return cancelForm(isDirty: form.isDirty)
        case .nextField:
            form.focus = fields.cycling(from: form.focus, by: 1)
        case .previousField:
            form.focus = fields.cycling(from: form.focus, by: -1)
        default:
            if form.focus == .contact {
                // The contact person is a yes/no: Space switches it.
                guard key == .character(" ") else { break }
                form.contact.toggle()
                form.isDirty = true
                break
            }
            guard var field = form.fields[form.focus] else { break }
            let before = field.text
            guard field.handle(key), field.text != before else { break }
            form.fields[form.focus] = field
            form.errors[form.focus] = nil
            form.isDirty = true
            if [.joined, .left, .periodStart].contains(form.focus) { refreshPreview(&form, group, state) }
        }
        return Outcome()
    }

    /// A date field as typed: nil when empty, the refusal when it does not read.
    static func optionalDate(_ text: String) -> Result<CivilDate?, DateInputError> {
        if text.trimmingSpaces().isEmpty { return .success(nil) }
        return CivilDate.parse(text).map { Optional($0) }
    }

    /// The member as the form holds it, ignoring what does not read yet (for the live preview).
    private static func draftMember(_ form: MemberForm, _ group: Group) -> Member {
        var member = form.editing.flatMap { group.member($0) } ?? Member(id: group.nextMemberID, name: form.text(.name))
        member.name = form.text(.name)
        member.joined = (try? optionalDate(form.text(.joined)).get()) ?? nil
        member.registrationPeriodStart = (try? optionalDate(form.text(.periodStart)).get()) ?? nil
        if form.showsLeft { member.left = (try? optionalDate(form.text(.left)).get()) ?? nil }
        if member.big == nil, case .success(let big) = BIGNumber.parse(form.text(.big)) { member.big = big }
        return member
    }

    /// The hours this member would have with the dates as typed: one report for one group, only
    /// when a date field changes.
    static func refreshPreview(_ form: inout MemberForm, _ group: Group, _ state: AppState) {
        var draft = group
        let member = draftMember(form, group)
        if let index = draft.members.firstIndex(where: { $0.id == member.id }) { draft.members[index] = member } else { draft.members.append(member) }
        let report = RulesEngine.report(for: draft, supervisor: state.catalog.supervisor, today: state.today)
        form.preview = report.members.first { $0.memberID == member.id }
    }

    private static func saveMember(_ form: inout MemberForm, _ group: Group, _ state: inout AppState) -> Outcome {
        form.errors = [:]
        var big: BIGNumber?
        if !form.text(.big).trimmingSpaces().isEmpty {
            switch BIGNumber.parse(form.text(.big)) {
            case .success(let number): big = number
            case .failure(let error): form.errors[.big] = error.message
            }
        }
        var dates: [MemberForm.Field: CivilDate] = [:]
        for field in [MemberForm.Field.joined, .periodStart, .left] where form.visibleFields.contains(field) {
            switch optionalDate(form.text(field)) {
            case .success(let date): dates[field] = date
            case .failure(let error): form.errors[field] = error.message
            }
        }
        if let first = form.visibleFields.first(where: { form.errors[$0] != nil }) {
            form.focus = first
            return Outcome()
        }
        var changed = group
        var saved: Member
        do throws(EditError) {
            if let id = form.editing, var member = group.member(id) {
                member.name = form.text(.name).trimmingSpaces()
                member.specialism = form.text(.specialism).trimmingSpaces()
                member.big = big
                member.phone = form.text(.phone).trimmingSpaces()
                member.joined = dates[.joined]
                member.registrationPeriodStart = dates[.periodStart]
                if form.showsLeft { member.left = dates[.left] }
                try changed.updateMember(member)
                saved = member
            } else {
                saved = try changed.addMember(name: form.text(.name), specialism: form.text(.specialism), big: big,
                                              phone: form.text(.phone), joined: dates[.joined])
                if let start = dates[.periodStart] {
                    saved.registrationPeriodStart = start
                    try changed.updateMember(saved)
                }
            }
        } catch {
            let field: MemberForm.Field
            switch error {
            case .duplicateBIG: field = .big
            case .leftBeforeJoined: field = form.showsLeft ? .left : .joined
            default: field = .name
            }
            form.errors[field] = error.message
            form.focus = field
            return Outcome()
        }
        if form.contact {
            changed.contactMemberID = saved.id
        } else if changed.contactMemberID == saved.id {
            changed.contactMemberID = nil
        }
        let key: TextKey = form.editing == nil ? .undoMemberAdded : .undoMemberChanged
        let what = LocalizedText(nl: Texts.format(key, .nl, saved.name), en: Texts.format(key, .en, saved.name))
        let effects = commit(changed, replacing: group, what: what, &state)
        state.message = StatusMessage(Texts.format(.messageSaved, state.language, what.text(state.language)))
        if let content = state.content(of: GroupScreen(groupID: group.id, groupIndex: 0)),
           let row = content.members.firstIndex(where: { $0.member.id == saved.id }) {
            showInGroupScreen(group.id, tab: .members, row: row, &state)
        }
        return Outcome(effects, .pop)
    }
}
