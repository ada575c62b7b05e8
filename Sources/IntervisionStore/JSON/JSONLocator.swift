/// One step down into a JSON document: a field of an object, or an element of a list.
enum JSONPathStep {
    case field(String)
    case element(Int)
}

extension JSONReader {
    /// Where the value at `path` starts, reading from the document's start; nil when the document
    /// does not have it. For messages about a value found wrong after the whole document was read
    /// (a reference to a member that is not there), so the fast path records no positions.
    static func offset(of path: [JSONPathStep], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var reader = JSONReader(bytes)
        do throws(JSONFault) {
            for step in path {
                switch step {
                case .field(let name):
                    guard reader.peekKind() == .object else { return nil }
                    try reader.beginObject()
                    var first = true
                    var found = false
                    while try reader.nextKey(&first) != nil {
                        if reader.keyName() == name {
                            found = true
                            break
                        }
                        try reader.skipValue()
                    }
                    guard found else { return nil }
                case .element(let index):
                    guard reader.peekKind() == .array else { return nil }
                    try reader.beginArray()
                    var first = true
                    var position = 0
                    while true {
                        guard try reader.nextElement(&first) else { return nil }
                        if position == index { break }
                        try reader.skipValue()
                        position += 1
                    }
                }
            }
            return reader.valueStart()
        } catch {
            return nil
        }
    }
}
