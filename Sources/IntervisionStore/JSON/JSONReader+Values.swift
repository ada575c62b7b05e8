import IntervisionCore

/// Values with a default: `null` (or, in the file, a missing field) reads as the default, so a
/// hand-written `"left": null` means the same as leaving `left` out.
extension JSONReader {
    /// A text no longer than `kind` allows (`TextKind.lengthProblem`): every text field of a data
    /// file is read through here, so a 200 MB name is refused where it starts. `shared`: a text
    /// likely to recur across files (see `readSharedString`).
    mutating func readText(_ kind: TextKind, shared: Bool = false) throws(JSONFault) -> String {
        let start = valueStart()
        let text = try shared ? readSharedString() : readString()
        if let problem = kind.lengthProblem(text) { throw outOfBounds(at: start, problem.message.en) }
        return text
    }

    /// `readText`, with `null` as "".
    mutating func readOptionalText(_ kind: TextKind, shared: Bool = false) throws(JSONFault) -> String {
        if try skipNull() { return "" }
        return try readText(kind, shared: shared)
    }

    /// A meeting's or a plan's hours: `ValueLimits.isValidDuration`; `null` is "not given".
    mutating func readOptionalHours() throws(JSONFault) -> Double? {
        let start = valueStart()
        guard let hours = try readOptionalDouble() else { return nil }
        guard ValueLimits.isValidDuration(hours) else { throw outOfBounds(at: start, ValueLimits.durationReason) }
        return hours
    }

    /// A plan's number of meetings: `ValueLimits.meetingCount`; `null` is "not given".
    mutating func readOptionalCount() throws(JSONFault) -> Int? {
        let start = valueStart()
        guard let count = try readOptionalInt() else { return nil }
        guard ValueLimits.meetingCount.contains(count) else { throw outOfBounds(at: start, ValueLimits.countReason) }
        return count
    }

    /// A planned meeting's revision: `ValueLimits.revisions`; `null` is 0.
    mutating func readOptionalRevision() throws(JSONFault) -> Int {
        let start = valueStart()
        guard let revision = try readOptionalInt() else { return 0 }
        guard ValueLimits.revisions.contains(revision) else { throw outOfBounds(at: start, ValueLimits.revisionReason) }
        return revision
    }

    mutating func readOptionalDate() throws(JSONFault) -> CivilDate? {
        try skipNull() ? nil : readDate()
    }

    mutating func readOptionalInt() throws(JSONFault) -> Int? {
        try skipNull() ? nil : readInt()
    }

    mutating func readOptionalDouble() throws(JSONFault) -> Double? {
        try skipNull() ? nil : readDouble()
    }

    mutating func readOptionalBool() throws(JSONFault) -> Bool {
        try skipNull() ? false : readBool()
    }

    /// `["a", "b"]`, each text within `kind`'s length; `null` is the empty list.
    mutating func readTextList(_ kind: TextKind, shared: Bool = false) throws(JSONFault) -> [String] {
        if try skipNull() { return [] }
        try beginArray()
        var values: [String] = []
        var first = true
        while try nextElement(&first) { values.append(try readText(kind, shared: shared)) }
        return values
    }

    /// A list of objects (or other values) read by `element`; `null` is the empty list.
    /// `expected`: room made up front, sparing the reallocations of growing 1, 2, 4, 8.
    mutating func readList<Element>(expected: Int = 0,
                                    _ element: (inout JSONReader) throws(JSONFault) -> Element) throws(JSONFault) -> [Element] {
        if try skipNull() { return [] }
        try beginArray()
        var values: [Element] = []
        values.reserveCapacity(expected)
        var first = true
        while try nextElement(&first) { values.append(try element(&self)) }
        return values
    }

    /// A BIG number kept as its 11 digits; 9 or 10 digits are padded as everywhere else.
    mutating func readOptionalBIG() throws(JSONFault) -> BIGNumber? {
        if try skipNull() { return nil }
        let start = valueStart()
        let text = try readString()
        // The writer always stores 11 digits; anything else (a hand edit) goes through the full parse.
        if let number = BIGNumber(storedDigits: text) { return number }
        switch BIGNumber.parse(text) {
        case .success(let number): return number
        case .failure(let error): throw JSONFault(offset: start, reason: error.message.en)
        }
    }

    mutating func readOptionalClockTime() throws(JSONFault) -> ClockTime? {
        try skipNull() ? nil : readClockTime()
    }

    /// A value from a fixed set of names (an enum's raw values).
    mutating func readEnum<Value: RawRepresentable>(_ type: Value.Type) throws(JSONFault) -> Value
    where Value.RawValue == String {
        let start = valueStart()
        let text = try readString()
        guard let value = Value(rawValue: text) else { throw JSONFault(offset: start, reason: "unknown value \"\(text)\"") }
        return value
    }
}
