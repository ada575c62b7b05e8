/// The three-way merge of one group file that two synced machines both changed since their common
/// version (`base`): git calls it as the merge driver of `groups/*.json`. Unlike the hand-over
/// merge (`GroupMerge`, where the file is the source of the plan and this machine of the records),
/// both sides here are the same user's own records, so every change from either side is taken:
/// records are matched by id (members, meetings, evaluations; plans by their first day), and a
/// field changed on one side only takes that side's value.
///
/// When both sides changed the same thing differently:
/// - a meeting or an evaluation keeps both versions: this side's in the list, the other's in
///   `Group.conflicts` (each with every change that did not clash), and `SYNC_CONFLICT` reports it;
/// - anything else (a name, a plan's number of meetings, a member's phone) keeps this side's value
///   and says so in `notes`; the other value stays in the history of the synced folder.
/// A record removed on one side and changed on the other is kept. Nothing is ever merged into
/// something a person did not type.
public enum GroupSyncMerge {
    public struct Outcome: Sendable {
        public var merged: Group
        /// What was decided where both sides differed, one line each.
        public var notes: [LocalizedText]
        /// Meetings and evaluations that now have two versions.
        public var newConflicts: Int
    }

    /// `base` is nil when both sides created the group on their own (no common version).
    public static func merge(base: Group?, current: Group, other: Group) -> Outcome {
        var merger = SyncMerger(base: base, current: current, other: other)
        merger.run()
        return Outcome(merged: merger.merged, notes: merger.notes, newConflicts: merger.newConflicts)
    }
}

/// Three versions of one value: the common one (nil: none) and each side's.
private func threeWay<T: Equatable>(_ base: T?, _ current: T, _ other: T) -> (value: T, clash: Bool) {
    if current == other { return (current, false) }
    if let base {
        if current == base { return (other, false) }
        if other == base { return (current, false) }
    }
    return (current, true)
}

private struct SyncMerger {
    let base: Group?
    let current: Group
    var other: Group
    var merged: Group
    var notes: [LocalizedText] = []
    var newConflicts = 0

    init(base: Group?, current: Group, other: Group) {
        self.base = base
        self.current = current
        self.other = other
        merged = current
    }

    mutating func run() {
        renumberOtherMembers()
        matchRecordsAddedOnBothSides()
        basics()
        members()
        plans()
        meetings()
        evaluations()
        conflicts()
        keepReferencedMembers()
    }

    // MARK: Ids

    /// Both sides number new members on their own (m5 here can be someone else than m5 there): a
    /// member added on the other side under an id this side gave to another person gets a fresh id,
    /// and every reference on the other side follows.
    mutating func renumberOtherMembers() {
        let baseIDs = Set(base?.members.map(\.id) ?? [])
        var taken = Set(current.members.map(\.id)).union(other.members.map(\.id)).union(baseIDs)
        var renamed: [MemberID: MemberID] = [:]
        for person in other.members where !baseIDs.contains(person.id) {
            guard let here = current.members.first(where: { $0.id == person.id }), !samePerson(here, person) else { continue }
            let fresh = MemberID.fresh(numbered: "m", from: taken.count + 1, taken: taken)
            renamed[person.id] = fresh
            taken.insert(fresh)
        }
        guard !renamed.isEmpty else { return }
        func map(_ id: MemberID) -> MemberID { renamed[id] ?? id }
        func mapMeeting(_ meeting: Meeting) -> Meeting {
            var meeting = meeting
            meeting.attendance = meeting.attendance.map { entry in
                var entry = entry
                entry.memberID = map(entry.memberID)
                return entry
            }
            return meeting
        }
        func mapEvaluation(_ evaluation: Evaluation) -> Evaluation {
            var evaluation = evaluation
            evaluation.participants = evaluation.participants.map(map)
            return evaluation
        }
        other.members = other.members.map { member in
            var member = member
            member.id = map(member.id)
            return member
        }
        other.contactMemberID = other.contactMemberID.map(map)
        other.meetings = other.meetings.map(mapMeeting)
        other.evaluations = other.evaluations.map(mapEvaluation)
        other.conflicts = other.conflicts.map { conflict in
            switch conflict {
            case .meeting(let meeting): return .meeting(mapMeeting(meeting))
            case .evaluation(let evaluation): return .evaluation(mapEvaluation(evaluation))
            }
        }
    }

    func samePerson(_ a: Member, _ b: Member) -> Bool {
        if let big = a.big, big == b.big { return true }
        return a.name.trimmed.lowercased() == b.name.trimmed.lowercased()
    }

    /// A meeting (or evaluation) recorded on both sides for the same day under different ids is
    /// one record: the other side's takes this side's id, so the two are compared, not doubled.
    mutating func matchRecordsAddedOnBothSides() {
        let baseMeetings = Set(base?.meetings.map(\.id) ?? [])
        let currentMeetingIDs = Set(current.meetings.map(\.id))
        for index in other.meetings.indices where !baseMeetings.contains(other.meetings[index].id) && !currentMeetingIDs.contains(other.meetings[index].id) {
            let date = other.meetings[index].date
            if let here = current.meetings.first(where: { $0.date == date && !baseMeetings.contains($0.id) }),
               !other.meetings.contains(where: { $0.id == here.id }) {
                other.meetings[index].id = here.id
            }
        }
        let baseEvaluations = Set(base?.evaluations.map(\.id) ?? [])
        let currentEvaluationIDs = Set(current.evaluations.map(\.id))
        for index in other.evaluations.indices where !baseEvaluations.contains(other.evaluations[index].id) && !currentEvaluationIDs.contains(other.evaluations[index].id) {
            let date = other.evaluations[index].date
            if let here = current.evaluations.first(where: { $0.date == date && !baseEvaluations.contains($0.id) }),
               !other.evaluations.contains(where: { $0.id == here.id }) {
                other.evaluations[index].id = here.id
            }
        }
    }

    // MARK: The plan part: this side's value where both changed it

    mutating func basics() {
        func field<T: Equatable>(_ path: WritableKeyPath<Group, T>, _ nl: String, _ en: String, _ show: (T) -> String) {
            let (value, clash) = threeWay(base?[keyPath: path], current[keyPath: path], other[keyPath: path])
            merged[keyPath: path] = value
            if clash { kept(nl: nl, en: en, here: show(current[keyPath: path]), there: show(other[keyPath: path])) }
        }
        let text: (String) -> String = { "'\($0)'" }
        let list: ([String]) -> String = { $0.isEmpty ? "—" : $0.joined(separator: ", ") }
        field(\.name, "Naam", "Name", text)
        field(\.focusAreas, "Aandachtsgebieden", "Focus areas", list)
        field(\.methods, "Methoden", "Methods", list)
        field(\.remarks, "Opmerkingen", "Remarks", text)
        field(\.supervisorName, "Begeleider op het jaarplan", "Supervisor on the plan", text)
        field(\.supervisorPhone, "Telefoon begeleider", "Supervisor's phone", text)
        field(\.contactMemberID, "Contactpersoon", "Contact person") { id in
            id.flatMap { id in (current.member(id) ?? other.member(id))?.name } ?? "—"
        }
    }

    mutating func members() {
        let result = Self.mergeByKey(base: base?.members, current: current.members, other: other.members, key: \.id) { b, c, o in
            mergeMember(b, c, o)
        } kept: { here, removedThere in
            note(nl: "Lid \(here.name): \(removedThere ? "elders verwijderd, hier gewijzigd" : "hier verwijderd, elders gewijzigd"): blijft",
                 en: "Member \(here.name): \(removedThere ? "removed elsewhere, changed here" : "removed here, changed elsewhere"): kept")
        }
        merged.members = result
    }

    mutating func mergeMember(_ b: Member?, _ c: Member, _ o: Member) -> Member {
        var m = c
        var clashes: [String] = []
        func field<T: Equatable>(_ path: WritableKeyPath<Member, T>, _ name: String) {
            let (value, clash) = threeWay(b?[keyPath: path], c[keyPath: path], o[keyPath: path])
            m[keyPath: path] = value
            if clash { clashes.append(name) }
        }
        field(\.name, "naam")
        field(\.specialism, "specialisme")
        field(\.big, "BIG")
        field(\.phone, "telefoon")
        field(\.joined, "lid vanaf")
        field(\.registrationPeriodStart, "herregistratieperiode")
        // A departure recorded on either side stands (the earlier one).
        let (left, leftClash) = threeWay(b?.left, c.left, o.left)
        m.left = leftClash ? [c.left, o.left].compactMap { $0 }.min() : left
        if !clashes.isEmpty {
            note(nl: "Lid \(c.name): op beide machines gewijzigd (\(clashes.joined(separator: ", "))): de waarden hier blijven",
                 en: "Member \(c.name): changed on both machines (\(clashes.joined(separator: ", "))): the values here are kept")
        }
        return m
    }

    mutating func plans() {
        var result = Self.mergeByKey(base: base?.plans, current: current.plans, other: other.plans, key: \.from) { b, c, o in
            mergePlan(b, c, o)
        } kept: { here, _ in
            note(nl: "Jaarplan \(here.from.dutch): op de ene machine verwijderd, op de andere gewijzigd: blijft",
                 en: "Plan \(here.from.iso): removed on one machine, changed on the other: kept")
        }
        result.sort { $0.from < $1.from }
        // A plan whose first day moved on one side can overlap its old self from the other: this side's stays.
        var kept: [YearPlan] = []
        for plan in result {
            if let clash = kept.first(where: { $0.from <= plan.to && plan.from <= $0.to }) {
                let mine = current.plans.contains(plan) ? plan : clash
                let theirs = mine == plan ? clash : plan
                kept.removeAll { $0 == clash }
                kept.append(mine)
                note(nl: "Jaarplan \(theirs.from.dutch) – \(theirs.to.dutch) van de andere machine overlapt \(mine.from.dutch) – \(mine.to.dutch): het jaarplan hier blijft",
                     en: "Plan \(theirs.from.iso) – \(theirs.to.iso) from the other machine overlaps \(mine.from.iso) – \(mine.to.iso): the plan here is kept")
            } else {
                kept.append(plan)
            }
        }
        merged.plans = kept.sorted { $0.from < $1.from }
    }

    mutating func mergePlan(_ b: YearPlan?, _ c: YearPlan, _ o: YearPlan) -> YearPlan {
        var p = c
        var clashes: [String] = []
        func field<T: Equatable>(_ path: WritableKeyPath<YearPlan, T>, _ name: String) {
            let (value, clash) = threeWay(b?[keyPath: path], c[keyPath: path], o[keyPath: path])
            p[keyPath: path] = value
            if clash { clashes.append(name) }
        }
        field(\.to, "einddatum")
        field(\.totalMeetings, "aantal bijeenkomsten")
        field(\.durationHours, "duur")
        field(\.planned, "geplande bijeenkomsten")
        // An export, submission or closing made on either machine counts: the earlier date (and
        // the fingerprint of that export).
        p.exported = [c.exported, o.exported].compactMap { $0 }.min()
        p.exportedFingerprint = p.exported == c.exported ? c.exportedFingerprint : o.exportedFingerprint
        p.submitted = [c.submitted, o.submitted].compactMap { $0 }.min()
        p.closed = [c.closed, o.closed].compactMap { $0 }.min()
        if !clashes.isEmpty {
            note(nl: "Jaarplan \(c.from.dutch): op beide machines gewijzigd (\(clashes.joined(separator: ", "))): het jaarplan hier blijft",
                 en: "Plan \(c.from.iso): changed on both machines (\(clashes.joined(separator: ", "))): the plan here is kept")
        }
        return p
    }

    // MARK: Records: both versions kept where they clash

    mutating func meetings() {
        records(\.meetings, id: \.id, date: \.date, label: ("Bijeenkomst", "Meeting"), merge: mergeMeeting) { .meeting($0) }
    }

    mutating func evaluations() {
        records(\.evaluations, id: \.id, date: \.date, label: ("Evaluatie", "Evaluation"), merge: mergeEvaluation) { .evaluation($0) }
    }

    /// Meetings or evaluations, merged by id and kept in date order. A record both sides changed in
    /// ways that clash keeps this side's version in the list and the other's as a conflict.
    mutating func records<R: Equatable, ID: Hashable>(
        _ list: WritableKeyPath<Group, [R]>, id: KeyPath<R, ID>, date: KeyPath<R, CivilDate>, label: (nl: String, en: String),
        merge: (R?, R, R) -> (R, R), conflict: (R) -> SyncConflict
    ) {
        var result = Self.mergeByKey(base: base?[keyPath: list], current: current[keyPath: list], other: other[keyPath: list], key: id) { b, c, o in
            let (mine, theirs) = merge(b, c, o)
            if mine != theirs { addConflict(conflict(theirs)) }
            return mine
        } kept: { here, _ in
            note(nl: "\(label.nl) van \(here[keyPath: date].dutch): op de ene machine verwijderd, op de andere gewijzigd: blijft",
                 en: "\(label.en) of \(here[keyPath: date].iso): removed on one machine, changed on the other: kept")
        }
        result.sort { $0[keyPath: date] < $1[keyPath: date] }
        merged[keyPath: list] = result
    }

    /// The meeting with every change that did not clash, once with this side's values where they
    /// clash and once with the other side's. Equal when nothing clashed.
    func mergeMeeting(_ b: Meeting?, _ c: Meeting, _ o: Meeting) -> (Meeting, Meeting) {
        // Recorded on both sides without a common version: two versions unless identical.
        guard let b else { return (c, o) }
        var mine = c
        var theirs = o
        func field<T: Equatable>(_ path: WritableKeyPath<Meeting, T>) {
            let (value, clash) = threeWay(b[keyPath: path], c[keyPath: path], o[keyPath: path])
            mine[keyPath: path] = value
            theirs[keyPath: path] = clash ? o[keyPath: path] : value
        }
        field(\.date)
        field(\.topic)
        field(\.method)
        field(\.durationHours)
        field(\.time)
        field(\.location)
        // Entered in GAIA on either machine counts: the earlier date.
        mine.reported = [c.reported, o.reported].compactMap { $0 }.min()
        theirs.reported = mine.reported
        // Attendance per member: one side may mark Anna absent while the other marks Bram absent.
        let merged = mergeAttendance(b.attendance, c.attendance, o.attendance)
        mine.attendance = merged.mine
        theirs.attendance = merged.theirs
        return (mine, theirs)
    }

    func mergeAttendance(_ b: [Attendance], _ c: [Attendance], _ o: [Attendance]) -> (mine: [Attendance], theirs: [Attendance]) {
        let order = (c.map(\.memberID) + o.map(\.memberID)).reduce(into: [MemberID]()) { if !$0.contains($1) { $0.append($1) } }
        func entry(_ list: [Attendance], _ id: MemberID) -> Attendance? { list.first { $0.memberID == id } }
        var mine: [Attendance] = []
        var theirs: [Attendance] = []
        for id in order {
            let (value, clash) = threeWay(entry(b, id), entry(c, id), entry(o, id))
            if let value { mine.append(value) }
            if let there = clash ? entry(o, id) : value { theirs.append(there) }
        }
        return (mine, theirs)
    }

    func mergeEvaluation(_ b: Evaluation?, _ c: Evaluation, _ o: Evaluation) -> (Evaluation, Evaluation) {
        guard let b else { return (c, o) }
        var mine = c
        var theirs = o
        let (date, dateClash) = threeWay(b.date, c.date, o.date)
        mine.date = date
        theirs.date = dateClash ? o.date : date
        let (year, yearClash) = threeWay(b.year, c.year, o.year)
        mine.year = year
        theirs.year = yearClash ? o.year : year
        let (participants, participantsClash) = threeWay(b.participants, c.participants, o.participants)
        mine.participants = participants
        theirs.participants = participantsClash ? o.participants : participants
        for question in EvaluationQuestion.allCases {
            let (answer, clash) = threeWay(b.answers[question], c.answers[question], o.answers[question])
            mine.answers[question] = answer
            theirs.answers[question] = clash ? o.answers[question] : answer
        }
        return (mine, theirs)
    }

    mutating func addConflict(_ conflict: SyncConflict) {
        merged.conflicts.removeAll { $0.recordID == conflict.recordID && $0.isMeeting == conflict.isMeeting }
        merged.conflicts.append(conflict)
        newConflicts += 1
    }

    /// Conflicts from before this merge: one resolved on either side stays resolved; one on either
    /// side stays (this side's version of it where both have one). Then only conflicts whose record
    /// is still there, and still differs, remain.
    mutating func conflicts() {
        let fresh = merged.conflicts.filter { conflict in !current.conflicts.contains(conflict) }
        func key(_ conflict: SyncConflict) -> String { (conflict.isMeeting ? "m:" : "e:") + conflict.recordID }
        let baseKeys = Set(base?.conflicts.map(key) ?? [])
        var result: [SyncConflict] = []
        for conflict in current.conflicts + other.conflicts where !result.contains(where: { key($0) == key(conflict) }) {
            let inCurrent = current.conflicts.contains { key($0) == key(conflict) }
            let inOther = other.conflicts.contains { key($0) == key(conflict) }
            if baseKeys.contains(key(conflict)) && !(inCurrent && inOther) { continue }
            result.append(conflict)
        }
        for conflict in fresh {
            result.removeAll { key($0) == key(conflict) }
            result.append(conflict)
        }
        merged.conflicts = result.filter { conflict in
            switch conflict {
            case .meeting(let version): return merged.meetings.contains { $0.id == version.id && $0 != version }
            case .evaluation(let version): return merged.evaluations.contains { $0.id == version.id && $0 != version }
            }
        }
    }

    /// A member removed on one side whom the merged records (or a kept version) still name stays.
    mutating func keepReferencedMembers() {
        let present = Set(merged.members.map(\.id))
        var named = Set(merged.meetings.flatMap { $0.attendance.map(\.memberID) })
        named.formUnion(merged.evaluations.flatMap(\.participants))
        for conflict in merged.conflicts {
            switch conflict {
            case .meeting(let meeting): named.formUnion(meeting.attendance.map(\.memberID))
            case .evaluation(let evaluation): named.formUnion(evaluation.participants)
            }
        }
        for id in named.subtracting(present).sorted() {
            guard let member = current.member(id) ?? other.member(id) else { continue }
            merged.members.append(member)
            note(nl: "Lid \(member.name): op een machine verwijderd, maar bijeenkomsten noemen het lid: blijft",
                 en: "Member \(member.name): removed on one machine, but meetings name the member: kept")
        }
        if let contact = merged.contactMemberID, !merged.members.contains(where: { $0.id == contact }) { merged.contactMemberID = nil }
    }

    // MARK: Helpers

    /// Merges two lists of records keyed by `key`, in this side's order with the other side's new
    /// records after. A record removed on one side goes when the other side left it unchanged; one
    /// removed on one side and changed on the other stays (`kept` is told, with `true` when it was
    /// removed on the other side).
    static func mergeByKey<R: Equatable, K: Hashable>(
        base: [R]?, current: [R], other: [R], key: KeyPath<R, K>,
        both: (R?, R, R) -> R, kept: (R, Bool) -> Void
    ) -> [R] {
        let baseByKey = Dictionary((base ?? []).map { ($0[keyPath: key], $0) }, uniquingKeysWith: { first, _ in first })
        let currentByKey = Dictionary(current.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { first, _ in first })
        let otherByKey = Dictionary(other.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { first, _ in first })
        var result: [R] = []
        for record in current {
            let k = record[keyPath: key]
            let b = baseByKey[k]
            if let there = otherByKey[k] {
                result.append(both(b, record, there))
            } else if let b {
                // Removed on the other side: gone, unless changed here.
                if record != b {
                    result.append(record)
                    kept(record, true)
                }
            } else {
                result.append(record)
            }
        }
        for record in other where currentByKey[record[keyPath: key]] == nil {
            if let b = baseByKey[record[keyPath: key]] {
                // Removed here: gone, unless changed there.
                if record != b {
                    result.append(record)
                    kept(record, false)
                }
            } else {
                result.append(record)
            }
        }
        return result
    }

    mutating func note(nl: String, en: String) { notes.append(LocalizedText(nl: nl, en: en)) }

    mutating func kept(nl: String, en: String, here: String, there: String) {
        note(nl: "\(nl): op beide machines gewijzigd; hier \(here) blijft (de andere machine had \(there))",
             en: "\(en): changed on both machines; \(here) here is kept (the other machine had \(there))")
    }
}
