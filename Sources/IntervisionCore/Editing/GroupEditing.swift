import Foundation

/// The edits a supervisor or contact person makes to a group, with their validation. The command
/// line and the screens both call these, so a rule about input is written once. Each edit either
/// changes the group and succeeds, or throws and leaves the group as it was.
extension Group {
    // MARK: Members

    /// Finds a member by name (case and surrounding spaces ignored), or by id.
    public func findMember(_ nameOrID: String) throws(EditError) -> Member {
        let wanted = nameOrID.trimmed.lowercased()
        if let byID = members.first(where: { $0.id.rawValue == nameOrID }) { return byID }
        let matches = members.filter { $0.name.trimmed.lowercased() == wanted }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            // The same name twice: prefer the current member.
            let current = matches.filter { $0.left == nil }
            if current.count == 1 { return current[0] }
            throw .ambiguousMember(nameOrID, matches: matches.map(\.id))
        }
        throw .unknownMember(nameOrID, known: members.filter { $0.left == nil }.map(\.name))
    }

    /// A fresh member id: m1, m2, … never reusing one (meetings refer to members by id).
    public var nextMemberID: MemberID {
        .fresh(numbered: "m", from: members.count + 1, taken: Set(members.map(\.id)))
    }

    @discardableResult
    public mutating func addMember(name: String, specialism: String = "", big: BIGNumber? = nil, phone: String = "",
                                   joined: CivilDate? = nil, contact: Bool = false) throws(EditError) -> Member {
        let clean = name.trimmed
        guard !clean.isEmpty else { throw .emptyName }
        try TextKind.name.check(clean, field: FieldLabel.name)
        try TextKind.name.check(specialism.trimmed, field: FieldLabel.specialism)
        try TextKind.name.check(phone.trimmed, field: FieldLabel.phone)
        if members.contains(where: { $0.left == nil && $0.name.trimmed.lowercased() == clean.lowercased() }) {
            throw .duplicateMember(clean)
        }
        try checkBIGIsFree(big, for: nil)
        let member = Member(id: nextMemberID, name: clean, specialism: specialism.trimmed, big: big,
                            phone: try PhoneNumber.checked(phone), joined: joined)
        members.append(member)
        if contact { contactMemberID = member.id }
        return member
    }

    /// The first day of membership for someone added today: from the start (nil) while the group has
    /// held no meeting; once it has, today, so the meetings before are not counted against them. When
    /// `plan` (the year they are added to) is still to come, its first day.
    public func defaultJoinDate(today: CivilDate, plan: YearPlan? = nil) -> CivilDate? {
        let start = plan.map { today < $0.from ? $0.from : today } ?? today
        return meetings.contains { $0.date <= today } ? start : nil
    }

    /// Deletes a member entered by mistake: only one without any record (attendance, an evaluation);
    /// a member with records can only be marked as left, since the records refer to them.
    @discardableResult
    public mutating func deleteMember(_ nameOrID: String) throws(EditError) -> Member {
        let member = try findMember(nameOrID)
        guard !hasRecords(member.id) else { throw .memberHasRecords(member.name) }
        members.removeAll { $0.id == member.id }
        if contactMemberID == member.id { contactMemberID = nil }
        return member
    }

    /// Marks a member as left from `date` on (the record stays: past attendance refers to it).
    public mutating func markLeft(_ nameOrID: String, on date: CivilDate) throws(EditError) {
        let member = try findMember(nameOrID)
        if let joined = member.joined, date < joined { throw .leftBeforeJoined(member.name, date) }
        guard let index = members.firstIndex(where: { $0.id == member.id }) else { return }
        members[index].left = date
        if contactMemberID == member.id { contactMemberID = nil }
    }

    /// Replaces a member's details, keeping its id.
    public mutating func updateMember(_ member: Member) throws(EditError) {
        guard !member.name.trimmed.isEmpty else { throw .emptyName }
        try TextKind.name.check(member.name, field: FieldLabel.name)
        try TextKind.name.check(member.specialism, field: FieldLabel.specialism)
        try TextKind.name.check(member.phone, field: FieldLabel.phone)
        guard let index = members.firstIndex(where: { $0.id == member.id }) else {
            throw .unknownMember(member.name, known: members.map(\.name))
        }
        if members.contains(where: { $0.id != member.id && $0.left == nil && $0.name.trimmed.lowercased() == member.name.trimmed.lowercased() }) {
            throw .duplicateMember(member.name)
        }
        if let joined = member.joined, let left = member.left, left < joined { throw .leftBeforeJoined(member.name, left) }
        try checkBIGIsFree(member.big, for: member.id)
        var checked = member
        // A number kept from before this check existed is left alone until it is changed.
        if member.phone != members[index].phone { checked.phone = try PhoneNumber.checked(member.phone) }
        members[index] = checked
    }

    /// A BIG number belongs to one person: the same number twice in a group is a typing error.
    private func checkBIGIsFree(_ big: BIGNumber?, for memberID: MemberID?) throws(EditError) {
        guard let big, let owner = members.first(where: { $0.big == big && $0.id != memberID }) else { return }
        throw .duplicateBIG(big.digits, owner: owner.name)
    }

    // MARK: Plans

    /// The index of the plan for `from`–`to`, made when there is none. An overlapping other plan is refused.
    public mutating func planIndex(from: CivilDate, to: CivilDate) throws(EditError) -> Int {
        guard from <= to else { throw .periodInvalid(from: from, to: to) }
        if let index = plans.firstIndex(where: { $0.from == from && $0.to == to }) { return index }
        if plans.contains(where: { $0.from <= to && from <= $0.to }) { throw .periodOverlaps(from: from, to: to) }
        plans.append(YearPlan(from: from, to: to))
        plans.sort { $0.from < $1.from }
        return plans.firstIndex { $0.from == from }!
    }

    /// The index of the plan containing `date`.
    public func planIndex(containing date: CivilDate) throws(EditError) -> Int {
        guard let index = plans.firstIndex(where: { $0.contains(date) }) else { throw .noPlanFor(date) }
        return index
    }

    /// The plan a held meeting or evaluation on `date` belongs to. Outside every year the refusal
    /// names the nearest year, which says more than "no plan" to someone who mistyped a date.
    func planForRecord(on date: CivilDate) throws(EditError) -> Int {
        if let index = plans.firstIndex(where: { $0.contains(date) }) { return index }
        let nearest = plans.min { a, b in distance(date, a) < distance(date, b) }
        guard let nearest else { throw .noPlanFor(date) }
        throw .outsidePlan(date, from: nearest.from, to: nearest.to)
    }

    private func distance(_ date: CivilDate, _ plan: YearPlan) -> Int {
        date < plan.from ? date.days(until: plan.from) : plan.to.days(until: date)
    }

    public mutating func setPlanCounts(at index: Int, totalMeetings: Int?, durationHours: Double?) throws(EditError) {
        if let totalMeetings, !(1...52).contains(totalMeetings) { throw .invalidCount(totalMeetings) }
        if let durationHours, !(durationHours > 0 && durationHours <= 24) { throw .invalidDuration(durationHours) }
        if let totalMeetings { plans[index].totalMeetings = totalMeetings }
        if let durationHours { plans[index].durationHours = durationHours }
    }

    // MARK: Meetings

    /// Records a held meeting: every member of that day present, except `absent` (by member id).
    /// Refused: a date after today, outside every plan's year, or a second meeting on the same day.
    /// `time` and `location`: nil keeps what a replaced meeting had (none for a new one); a location
    /// of "" removes it. Replacing keeps the date its attendance was entered in GAIA.
    @discardableResult
    public mutating func recordMeeting(on date: CivilDate, today: CivilDate, topic: String = "", method: String = "",
                                       durationHours: Double? = nil, absent: [MemberID: (reason: String, excused: Bool)] = [:],
                                       time: MeetingTime? = nil, location: String? = nil,
                                       replacing existingID: MeetingID? = nil) throws(EditError) -> Meeting {
        guard date <= today else { throw .meetingInFuture(date, today: today) }
        _ = try planForRecord(on: date)
        if meetings.contains(where: { $0.date == date && $0.id != existingID }) { throw .meetingExists(date) }
        if let durationHours, !ValueLimits.isValidDuration(durationHours) { throw .invalidDuration(durationHours) }
        try TextKind.topic.check(topic.trimmed, field: FieldLabel.topic)
        try TextKind.name.check(method.trimmed, field: FieldLabel.method)
        for absence in absent.values { try TextKind.topic.check(absence.reason.trimmed, field: FieldLabel.reason) }
        if let location { try TextKind.name.check(location.trimmed, field: FieldLabel.location) }
        var expected = members(on: date).map(\.id)
        for id in absent.keys where !expected.contains(id) { expected.append(id) }
        let attendance = expected.map { id in
            absent[id].map { Attendance(memberID: id, present: false, reason: $0.reason.trimmed, excused: $0.excused) }
                ?? Attendance(memberID: id, present: true)
        }
        let previous = existingID.flatMap { id in meetings.first { $0.id == id } }
        let meeting = Meeting(id: existingID ?? freshMeetingID(for: date), date: date, topic: topic.trimmed, method: method.trimmed,
                              durationHours: durationHours, attendance: attendance, time: time ?? previous?.time,
                              location: location?.trimmed ?? previous?.location ?? "", reported: previous?.reported)
        if let existingID, let index = meetings.firstIndex(where: { $0.id == existingID }) {
            meetings[index] = meeting
        } else {
            meetings.append(meeting)
        }
        meetings.sort { $0.date < $1.date }
        return meeting
    }

    /// Sets a held meeting's start and end time, or (nil) removes it: `recordMeeting` keeps a
    /// replaced meeting's time when given none, so a time cleared in a form is cleared here.
    public mutating func setMeetingTime(_ time: MeetingTime?, meetingID: MeetingID) {
        guard let index = meetings.firstIndex(where: { $0.id == meetingID }) else { return }
        meetings[index].time = time
    }

    /// `mt-<date>`, numbered when taken: a meeting whose date was edited keeps its first id, so
    /// a new meeting on that old date must not get the same one.
    func freshMeetingID(for date: CivilDate) -> MeetingID {
        .fresh("mt-\(date.compact)", taken: Set(meetings.map(\.id)))
    }

    /// `ev-<date>`, numbered when taken.
    func freshEvaluationID(for date: CivilDate) -> EvaluationID {
        .fresh("ev-\(date.compact)", taken: Set(evaluations.map(\.id)))
    }

    public mutating func deleteMeeting(id: MeetingID) throws(EditError) {
        guard let index = meetings.firstIndex(where: { $0.id == id }) else { throw .unknownMeeting(id) }
        meetings.remove(at: index)
    }
}

extension CivilDate {
    /// Sorting helpers for optional dates ("as far as known").
    public static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)!
    public static let distantPast = CivilDate(year: 1, month: 1, day: 1)!
}
