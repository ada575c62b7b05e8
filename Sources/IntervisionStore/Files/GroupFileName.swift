import IntervisionCore

/// Group ids double as file names (`groups/<id>.json`), so only ids that are safe everywhere are
/// accepted: no path separators, no hidden or special names, nothing a shell or another OS mangles.
public enum GroupFileName {
    /// The longest id accepted, well under every file system's name limit.
    public static let maximumLength = 100

    /// True when `id` is 1–100 ASCII letters, digits, `-`, `_` or `.` and does not start with `.`.
    public static func isValid(_ id: GroupID) -> Bool {
        let utf8 = id.rawValue.utf8
        guard !utf8.isEmpty, utf8.count <= maximumLength, utf8.first != UInt8(ascii: ".") else { return false }
        return utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                return true
            default:
                return false
            }
        }
    }

    /// `<id>.json`.
    static func fileName(for id: GroupID) -> String { id.rawValue + ".json" }

    /// The id a directory entry stands for, or nil for anything that is not a group file
    /// (hidden files, temporary files of a save in progress, other extensions).
    public static func groupID(fromFileName name: String) -> GroupID? {
        guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
        let stem = String(name.dropLast(5))
        return stem.isEmpty ? nil : GroupID(stem)
    }
}
