import IntervisionCore

/// What loading every group file found.
public struct GroupLoad: Sendable {
    /// The groups that could be read, in file-name order; read-only ones included.
    public var groups: [Group]
    /// One entry per file that did not load cleanly: unreadable files (not in `groups`) and
    /// read-only ones (in `groups`, listed in `readOnly` too).
    public var problems: [StoreError]
    /// Groups that are shown but will not be saved over, with the reason (newer version, unknown fields).
    public var readOnly: [GroupID: StoreError]

    /// A result as the store builds it (public for tests and previews of other modules).
    public init(groups: [Group] = [], problems: [StoreError] = [], readOnly: [GroupID: StoreError] = [:]) {
        self.groups = groups
        self.problems = problems
        self.readOnly = readOnly
    }
}

/// A single file's value, and why saving it back would be refused (nil: it may be saved).
public struct Loaded<Value: Sendable>: Sendable {
    /// What the file holds (or the default when there is no file).
    public var value: Value
    /// Set for a file from a newer version or with unknown fields, or one that could not be read
    /// or parsed (then `value` is the default); a save of it throws `.readOnly`.
    public var readOnly: StoreError?

    /// A loaded value; `readOnly` nil when it may be saved back.
    public init(value: Value, readOnly: StoreError? = nil) {
        self.value = value
        self.readOnly = readOnly
    }
}
