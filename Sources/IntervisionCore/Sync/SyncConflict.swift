/// A record that two machines sharing one data folder (through `intervisie sync`) changed in ways
/// that cannot both hold: the same meeting's attendance recorded differently, say. Nothing is lost:
/// the group keeps one version in its list (the *current* one, which the rules count and the
/// screens show) and the other machine's version here, until the user picks one.
public enum SyncConflict: Hashable, Sendable {
    /// The other version of the meeting with the same id in `Group.meetings`.
    case meeting(Meeting)
    /// The other version of the evaluation with the same id in `Group.evaluations`.
    case evaluation(Evaluation)

    /// The id of the record (a meeting's or an evaluation's), as text.
    public var recordID: String {
        switch self {
        case .meeting(let meeting): return meeting.id.rawValue
        case .evaluation(let evaluation): return evaluation.id.rawValue
        }
    }

    public var isMeeting: Bool {
        if case .meeting = self { return true }
        return false
    }
}

/// Which version of a conflicting record to keep.
public enum ConflictChoice: String, Sendable, CaseIterable, Hashable {
    /// The version in the group's list: what the screens show and the rules count now.
    case current
    /// The other machine's version, kept aside in `Group.conflicts`.
    case other
}

extension Group {
    /// The two versions of the meeting on `date` (the current one's date, or the other's), if they conflict.
    public func meetingConflict(on date: CivilDate) -> (current: Meeting, other: Meeting)? {
        for conflict in conflicts {
            guard case .meeting(let other) = conflict, let current = meetings.first(where: { $0.id == other.id }) else { continue }
            if current.date == date || other.date == date { return (current, other) }
        }
        return nil
    }

    /// The two versions of the evaluation on `date`, if they conflict.
    public func evaluationConflict(on date: CivilDate) -> (current: Evaluation, other: Evaluation)? {
        for conflict in conflicts {
            guard case .evaluation(let other) = conflict, let current = evaluations.first(where: { $0.id == other.id }) else { continue }
            if current.date == date || other.date == date { return (current, other) }
        }
        return nil
    }

    /// Ends the conflict over the meeting on `date`: keeps `choice` in the meeting list (under the
    /// current version's id) and drops the other version.
    public mutating func resolveConflict(meeting date: CivilDate, keep choice: ConflictChoice) throws(EditError) {
        guard let (current, other) = meetingConflict(on: date) else { throw .noConflict(date) }
        keep(choice, of: \.meetings, current: current, other: other, date: \.date, conflict: .meeting(other))
    }

    /// Ends the conflict over the evaluation on `date`, as `resolveConflict(meeting:keep:)`.
    public mutating func resolveConflict(evaluation date: CivilDate, keep choice: ConflictChoice) throws(EditError) {
        guard let (current, other) = evaluationConflict(on: date) else { throw .noConflict(date) }
        keep(choice, of: \.evaluations, current: current, other: other, date: \.date, conflict: .evaluation(other))
    }

    private mutating func keep<R: Identifiable & Equatable>(_ choice: ConflictChoice, of list: WritableKeyPath<Group, [R]>, current: R, other: R,
                                                            date: KeyPath<R, CivilDate>, conflict: SyncConflict) {
        if choice == .other, let index = self[keyPath: list].firstIndex(where: { $0.id == current.id }) {
            self[keyPath: list][index] = other
            self[keyPath: list].sort { $0[keyPath: date] < $1[keyPath: date] }
        }
        conflicts.removeAll { $0 == conflict }
    }
}

extension Meeting {
    /// What differs between two versions of a meeting, in a few words ("aanwezigheid, onderwerp").
    public func differences(from other: Meeting) -> LocalizedText {
        var parts: [(nl: String, en: String)] = []
        if date != other.date { parts.append(("datum", "date")) }
        if attendance != other.attendance { parts.append(("aanwezigheid", "attendance")) }
        if topic != other.topic { parts.append(("onderwerp", "topic")) }
        if method != other.method { parts.append(("methode", "method")) }
        if durationHours != other.durationHours { parts.append(("duur", "duration")) }
        return LocalizedText(nl: parts.map(\.nl).joined(separator: ", "), en: parts.map(\.en).joined(separator: ", "))
    }
}
