import IntervisionCore

/// How many terminal columns a piece of text takes.
///
/// Measured per grapheme cluster (what a user sees as one character), not per scalar or byte,
/// and without libc's `wcwidth`, whose answers depend on the locale the program happens to run in.
/// Rules: zero for combining marks, joiners and variation selectors; two for East Asian Wide and
/// Fullwidth characters and for emoji shown as pictures; one for everything else.
public enum DisplayWidth {
    /// The width of one grapheme cluster: 0, 1 or 2. Control characters count as the width of the
    /// visible picture they are drawn as (Core's `ControlPictures`).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        // Fast path: printable ASCII is by far the most common case.
        if let first = scalars.first, scalars.count == 1, first.value >= 0x20, first.value < 0x7F { return 1 }
        var width = 0
        var sawEmojiBase = false
        var regionalIndicators = 0
        for scalar in scalars {
            let v = scalar.value
            if v == 0xFE0F {  // VS16 asks for the picture (emoji) form of the preceding base
                if sawEmojiBase { width = 2 }
                continue
            }
            if isZeroWidth(scalar) { continue }
            if (0x1F1E6...0x1F1FF).contains(v) { regionalIndicators += 1 }
            if width == 0 {
                width = scalarWidth(scalar)
                sawEmojiBase = scalar.properties.isEmoji
            }
        }
        if regionalIndicators >= 2 { return 2 }  // a flag
        return width
    }

    /// The width of a cluster as it is drawn: its control characters as pictures (a CR LF is two).
    public static func shown(_ character: Character) -> Int { of(ControlPictures.visible(String(character))) }

    /// The width of a string: the sum of its grapheme clusters.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Width of a single scalar standing on its own.
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return of(ControlPictures.picture(for: scalar)) }
        if isZeroWidth(scalar) { return 0 }
        if isWide(v) { return 2 }
        if v >= 0x1F000, scalar.properties.isEmojiPresentation { return 2 }
        if v < 0x1F000, v >= 0x2300, scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// True for scalars that take no column of their own (combining marks, joiners, selectors).
    public static func isZeroWidthScalar(_ scalar: Unicode.Scalar) -> Bool { isZeroWidth(scalar) }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return false }  // Latin-1 and ASCII: never zero (the soft hyphen shows as one column)
        switch v {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF: return true  // ZW*, bidi, joiners
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true  // variation selectors
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true  // Hangul medial vowels and final consonants
        case 0xE0000...0xE007F: return true  // tags (used in subdivision flags)
        case 0x1F3FB...0x1F3FF: return true  // skin tone modifiers join the preceding emoji
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        case .format: return true
        default: return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15 EastAsianWidth.txt, condensed).
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CD5, 0x1AFF0...0x1B2FB, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
        0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
