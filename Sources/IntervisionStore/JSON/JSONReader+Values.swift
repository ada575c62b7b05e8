import IntervisionCore

/// Values with a default: `null` (or, in the file, a missing field) reads as the default, so a
/// hand-written `"left": null` means the same as leaving `left` out.
extension JSONReader {
    /// `shared`: a text likely to recur across files (see `readSharedString`).
    mutating func readOptionalString(shared: Bool = false) throws(JSONFault) -> String {
        if try skipNull() { return "" }
        return try shared ? readSharedString() : readString()
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

    /// `["a", "b"]`; `null` is the empty list.
    mutating func readStringList(shared: Bool = false) throws(JSONFault) -> [String] {
        if try skipNull() { return [] }
        try beginArray()
        var values: [String] = []
        var first = true
        while try nextElement(&first) { values.append(try shared ? readSharedString() : readString()) }
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
