/// An id of one kind of record. Ids are plain strings on disk and on the command line, but a
/// member id can no longer be passed where a meeting id is meant: the compiler tells them apart.
public struct Identifier<Kind: IdentifierKind>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The one way to make a new id: `base`, or `base-2`, `base-3`, … when that is taken.
    /// Ids are never reused, because other records refer to them.
    public static func fresh(_ base: String, taken: Set<Self>) -> Self {
        var id = Self(base)
        var n = 2
        while taken.contains(id) { id = Self("\(base)-\(n)"); n += 1 }
        return id
    }

    /// A numbered id: `prefix` followed by the first number from `start` on that is not taken
    /// (members: m1, m2, …).
    public static func fresh(numbered prefix: String, from start: Int, taken: Set<Self>) -> Self {
        var n = start
        while taken.contains(Self("\(prefix)\(n)")) { n += 1 }
        return Self("\(prefix)\(n)")
    }
}

/// The kinds of record that have ids.
public protocol IdentifierKind: Sendable {}
public enum GroupKind: IdentifierKind {}
public enum MemberKind: IdentifierKind {}
public enum MeetingKind: IdentifierKind {}
public enum EvaluationKind: IdentifierKind {}
public enum PlannedMeetingKind: IdentifierKind {}

public typealias GroupID = Identifier<GroupKind>
public typealias MemberID = Identifier<MemberKind>
public typealias MeetingID = Identifier<MeetingKind>
public typealias EvaluationID = Identifier<EvaluationKind>
public typealias PlannedMeetingID = Identifier<PlannedMeetingKind>

extension Sequence {
    /// Ids as text, for messages: "m1, m2".
    public func joinedIDs<Kind>(separator: String = ", ") -> String where Element == Identifier<Kind> {
        map(\.rawValue).joined(separator: separator)
    }
}
