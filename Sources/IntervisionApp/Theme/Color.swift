
/// A colour as a theme names it. Downgraded to what the terminal can show (`ColorDepth`).
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background (with `use_default_colors`).
    case `default`
    /// 0–7 the eight basic colours, 8–15 their bright forms.
    case ansi(Int)
    /// 0–255 of the xterm 256-colour palette.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public var description: String {
        switch self {
        case .default: return "default"
        case .ansi(let n): return n < 8 ? Color.basicNames[n] : "bright" + Color.basicNames[n - 8].prefix(1).uppercased() + Color.basicNames[n - 8].dropFirst()
        case .indexed(let n): return "color\(n)"
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The colour in the form a terminal of `depth` can show.
    public func downgraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _): return .default
        case (_, .none): return .default
        case (.rgb, .trueColor): return self
        case (.rgb(let r, let g, let b), .colors256): return .indexed(Color.nearest256(r, g, b))
        case (.rgb(let r, let g, let b), _): return Color.ansi(Color.nearestANSI(r, g, b)).downgraded(to: depth)
        case (.indexed(let n), .trueColor), (.indexed(let n), .colors256): return n < 16 ? .ansi(n) : .indexed(n)
        case (.indexed(let n), _):
            if n < 16 { return Color.ansi(n).downgraded(to: depth) }
            let (r, g, b) = Color.rgbOf256(n)
            return Color.ansi(Color.nearestANSI(r, g, b)).downgraded(to: depth)
        case (.ansi(let n), .colors8): return .ansi(n % 8)
        case (.ansi, _): return self
        }
    }

    /// The number a terminal palette uses (`default` is -1, as in ncurses).
    public var paletteNumber: Int {
        switch self {
        case .default: return -1
        case .ansi(let n), .indexed(let n): return n
        case .rgb(let r, let g, let b): return Int(r) << 16 | Int(g) << 8 | Int(b)
        }
    }

    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]
    /// The usual xterm values of the 16 basic colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgbOf256(_ n: Int) -> (UInt8, UInt8, UInt8) {
        if n < 16 { let c = ansiRGB[n]; return (UInt8(c.0), UInt8(c.1), UInt8(c.2)) }
        if n >= 232 { let v = UInt8(8 + (n - 232) * 10); return (v, v, v) }
        let i = n - 16
        return (UInt8(cubeLevels[i / 36]), UInt8(cubeLevels[i / 6 % 6]), UInt8(cubeLevels[i % 6]))
    }

    /// The closest entry of the 6×6×6 cube or the grey ramp.
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int { cubeLevels.enumerated().min { abs($0.element - Int(v)) < abs($1.element - Int(v)) }!.offset }
        let cube = 16 + 36 * level(r) + 6 * level(g) + level(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(rgbOf256(cube), (r, g, b)) <= distance(rgbOf256(grey), (r, g, b)) ? cube : grey
    }

    static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        (0..<16).min { distance(rgbOf256($0), (r, g, b)) < distance(rgbOf256($1), (r, g, b)) }!
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db  // weighted: the eye is most sensitive to green
    }
}

/// How many colours the terminal can show.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable {
    case none = 0
    case colors8 = 8
    case colors16 = 16
    case colors256 = 256
    case trueColor = 16_777_216

    /// From the number of colours the terminal reports (ncurses' COLORS).
    public init(colorCount: Int) {
        switch colorCount {
        case 16_777_216...: self = .trueColor
        case 256...: self = .colors256
        case 16...: self = .colors16
        case 8...: self = .colors8
        default: self = .none
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
