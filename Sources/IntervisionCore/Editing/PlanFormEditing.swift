/// The edits of the yearly plan form (and `intervisie group add`), with their validation: each one
/// either changes the group and succeeds, or throws and leaves the group as it was. The screens show
/// the error by the field; the command line prints it and exits 2.
extension Group {
    // MARK: The group itself

    /// A new, empty group named `name`, with an id made from the name. A second group with the same
    /// name (case and surrounding spaces ignored) is refused: people name groups, not ids.
    public static func new(named name: String, existing: [Group]) throws(EditError) -> Group {
        let clean = name.trimmed
        guard !clean.isEmpty else { throw .emptyName }
        try TextKind.name.check(clean, field: FieldLabel.name)
        if let twin = existing.first(where: { $0.name.trimmed.lowercased() == clean.lowercased() }) {
            throw .duplicateGroup(twin.name, id: twin.id)
        }
        return Group(id: makeID(from: clean, taken: Set(existing.map(\.id))), name: clean)
    }

    /// Renames the group (its id, and so its file, stays). `others`: the other groups' names.
    public mutating func rename(to name: String, others: [Group]) throws(EditError) {
        let clean = name.trimmed
        guard !clean.isEmpty else { throw .emptyName }
        try TextKind.name.check(clean, field: FieldLabel.name)
        if let twin = others.first(where: { $0.id != id && $0.name.trimmed.lowercased() == clean.lowercased() }) {
            throw .duplicateGroup(twin.name, id: twin.id)
        }
        self.name = clean
    }

    /// Sets the supervisor named on the plan: `nil` keeps that half. The pair is stored on the group
    /// only when it differs from the profile; equal to the profile, the group follows the profile
    /// again (so a changed profile phone reaches every plan).
    public mutating func setPlanSupervisor(name: String? = nil, phone: String? = nil, profile: Supervisor?) throws(EditError) {
        let current = planSupervisorEntry(profile: profile)
        var newPhone = current.phone
        if let phone { newPhone = try PhoneNumber.checked(phone) }
        let newName = (name ?? current.name).trimmed
        try TextKind.name.check(newName, field: FieldLabel.name)
        if let profile, newName == profile.name.trimmed, newPhone == profile.phone.trimmed {
            supervisorName = ""
            supervisorPhone = ""
        } else {
            supervisorName = newName
            supervisorPhone = newPhone
        }
    }

    /// What the plan form shows and edits as the supervisor: the group's own entry when it has one,
    /// even half of one (a phone typed before the name), else the profile's.
    public func planSupervisorEntry(profile: Supervisor?) -> (name: String, phone: String) {
        if !supervisorName.isBlank || !supervisorPhone.isBlank { return (supervisorName, supervisorPhone) }
        return (profile?.name ?? "", profile?.phone ?? "")
    }

    /// The contact person: one of the current members, or nobody.
    public mutating func setContact(_ memberID: MemberID?) throws(EditError) {
        guard let memberID else { contactMemberID = nil; return }
        guard let member = member(memberID) else { throw .unknownMember(memberID.rawValue, known: members.filter { $0.left == nil }.map(\.name)) }
        guard member.left == nil else { throw .notACurrentMember(member.name) }
        contactMemberID = memberID
    }

    /// A member's phone number, checked ("" removes it).
    public mutating func setPhone(of memberID: MemberID, to raw: String) throws(EditError) {
        guard var member = member(memberID) else { throw .unknownMember(memberID.rawValue, known: members.map(\.name)) }
        member.phone = try PhoneNumber.checked(raw)
        try updateMember(member)
    }

    // MARK: Participants

    /// A member added from the plan's participants table joins as `defaultJoinDate` says, from the
    /// plan's start when that is still to come.
    @discardableResult
    public mutating func addParticipant(name: String, specialism: String = "", big: BIGNumber? = nil,
                                        plan: YearPlan, today: CivilDate) throws(EditError) -> Member {
        try addMember(name: name, specialism: specialism, big: big, joined: defaultJoinDate(today: today, plan: plan))
    }

    /// Whether any record refers to the member: attendance at a held meeting, or an evaluation.
    public func hasRecords(_ memberID: MemberID) -> Bool {
        meetings.contains { $0.expects(memberID) } || evaluations.contains { $0.participants.contains(memberID) }
    }

    public enum ParticipantRemoval: Equatable, Sendable {
        /// Never at a meeting: gone from the group, as if never entered.
        case deleted(Member)
        /// Has records: stays in the group's history, a member until the day before `left`.
        case markedLeft(Member, on: CivilDate)
    }

    /// What removing a row of the participants table means: a person who never attended anything was
    /// entered by mistake and is deleted; a person with history left the group and is marked so from
    /// `today`, because the meeting records refer to them.
    @discardableResult
    public mutating func removeParticipant(_ memberID: MemberID, today: CivilDate) throws(EditError) -> ParticipantRemoval {
        guard let member = member(memberID) else { throw .unknownMember(memberID.rawValue, known: members.map(\.name)) }
        guard member.left == nil else { throw .notACurrentMember(member.name) }
        if hasRecords(memberID) {
            try markLeft(memberID.rawValue, on: today)
            return .markedLeft(member, on: today)
        }
        return .deleted(try deleteMember(memberID.rawValue))
    }

    // MARK: The plan's numbers and period

    /// Moves a plan's period; refused when it ends before it starts or overlaps another plan. The
    /// evaluations about the year move with it (they name the year by its first day).
    public mutating func setPlanPeriod(at index: Int, from: CivilDate, to: CivilDate) throws(EditError) {
        guard from <= to else { throw .periodInvalid(from: from, to: to) }
        if plans.indices.contains(where: { $0 != index && plans[$0].from <= to && from <= plans[$0].to }) {
            throw .periodOverlaps(from: from, to: to)
        }
        let oldFrom = plans[index].from
        for e in evaluations.indices where evaluations[e].year == oldFrom { evaluations[e].year = from }
        plans[index].from = from
        plans[index].to = to
        plans.sort { $0.from < $1.from }
    }

    /// The total number of meetings; nil clears it.
    public mutating func setPlanTotal(at index: Int, _ total: Int?) throws(EditError) {
        if let total, !NumberInput.countRange.contains(total) { throw .invalidCount(total) }
        plans[index].totalMeetings = total
    }

    /// The net duration per meeting in hours; nil clears it.
    public mutating func setPlanDuration(at index: Int, _ hours: Double?) throws(EditError) {
        if let hours, !(hours > NumberInput.hoursRange.lowerBound && hours <= NumberInput.hoursRange.upperBound) {
            throw .invalidDuration(hours)
        }
        plans[index].durationHours = hours
    }

    // MARK: Planned meetings, in the order of the form's rows

    /// Sets row `row` of the plan's meetings table; `row == planned.count` adds a row. Rows keep the
    /// order they were typed in (a row does not jump away while being filled in); every export and
    /// check sorts by date itself. A row keeps its id, time and place when its date or topic is
    /// changed (the calendar sees the same meeting, moved).
    public mutating func setPlannedMeeting(plan index: Int, row: Int, date: CivilDate?, topic: String) {
        var meeting = plans[index].planned.indices.contains(row) ? plans[index].planned[row] : PlannedMeeting()
        meeting.date = date
        meeting.topic = topic
        place(meeting, plan: index, row: row)
    }

    /// Sets row `row` (`planned.count`: a new row) to `meeting`'s date, topic, time and place, as the
    /// plan form's meetings table edits them. The row keeps its id whatever changes, and counts the
    /// change in its revision, as `movePlannedMeeting` does: a calendar that imported it updates
    /// the event. A topic or place too long, or with a control character, is refused.
    public mutating func setPlannedMeeting(plan index: Int, row: Int, to meeting: PlannedMeeting) throws(EditError) {
        try TextKind.topic.check(meeting.topic.trimmed, field: FieldLabel.topic)
        try TextKind.name.check(meeting.location.trimmed, field: FieldLabel.location)
        place(meeting, plan: index, row: row)
    }

    /// `meeting`'s date, topic, time and place on row `row` (a new one past the end, with a fresh id).
    private mutating func place(_ meeting: PlannedMeeting, plan index: Int, row: Int) {
        var edited = meeting
        edited.topic = meeting.topic.trimmed
        edited.location = meeting.location.trimmed
        if row >= plans[index].planned.count {
            edited.id = freshPlannedMeetingID(for: meeting.date, in: plans[index])
            edited.revision = 0
            plans[index].planned.append(edited)
        } else {
            let old = plans[index].planned[row]
            (edited.id, edited.revision) = (old.id, old.revision)
            plans[index].planned[row] = edited.revised(from: old)
        }
    }

    public mutating func removePlannedMeeting(plan index: Int, row: Int) {
        guard plans[index].planned.indices.contains(row) else { return }
        plans[index].planned.remove(at: row)
    }
}
