
/// How one role looks: foreground, background, attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public func downgraded(to depth: ColorDepth) -> Style {
        Style(foreground: foreground.downgraded(to: depth), background: background.downgraded(to: depth), attributes: attributes)
    }
}

/// A table from every style role to a style. Built from a JSON file (see docs/tui.md); roles a
/// file leaves out take the `text` role's style, or the base theme's when it names one.
public struct Theme: Hashable, Sendable {
    public var name: String
    private var styles: [Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        let text = styles[.text] ?? Style()
        self.styles = StyleRole.allCases.map { styles[$0] ?? text }
    }

    public func style(_ role: StyleRole) -> Style { styles[role.index] }

    public func downgraded(to depth: ColorDepth) -> Theme {
        var copy = self
        copy.styles = styles.map { $0.downgraded(to: depth) }
        return copy
    }

    /// True when no role uses a colour: such a theme works on any terminal.
    public var usesColor: Bool { styles.contains { $0.foreground != .default || $0.background != .default } }

    /// The theme to draw with: the monochrome one when the terminal has no colours or the user set
    /// NO_COLOR (https://no-color.org), else the chosen theme brought down to the terminal's depth.
    public static func effective(chosen: Theme, depth: ColorDepth, environment: [String: String]) -> Theme {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if noColor || depth == .none { return BuiltInThemes.monochrome }
        return chosen.downgraded(to: depth)
    }
}

/// Last-resort themes compiled in, so the app can always draw even if a bundled file is missing.
public enum BuiltInThemes {
    public static let monochrome = Theme(name: "monochrome", styles: [
        .text: Style(), .muted: Style(attributes: .dim), .title: Style(attributes: .bold),
        .header: Style(attributes: .reverse), .columnHeader: Style(attributes: [.bold, .underline]),
        .border: Style(), .selection: Style(attributes: .reverse), .error: Style(attributes: [.bold, .underline]),
        .warning: Style(attributes: .bold), .ok: Style(), .keyHint: Style(attributes: [.reverse, .bold]),
        .statusBar: Style(attributes: .reverse), .message: Style(attributes: [.reverse, .bold]),
        .input: Style(attributes: .underline), .dialog: Style(), .tabActive: Style(attributes: [.reverse, .bold]),
        .tabInactive: Style(),
    ])

    public static let fallbackDefault = Theme(name: "default", styles: [
        .text: Style(), .muted: Style(foreground: .ansi(8)), .title: Style(foreground: .ansi(14), attributes: .bold),
        .header: Style(foreground: .ansi(15), background: .ansi(4), attributes: .bold),
        .columnHeader: Style(foreground: .ansi(6), attributes: .bold), .border: Style(foreground: .ansi(8)),
        .selection: Style(foreground: .ansi(0), background: .ansi(6)), .error: Style(foreground: .ansi(9), attributes: .bold),
        .warning: Style(foreground: .ansi(11)), .ok: Style(foreground: .ansi(10)),
        .keyHint: Style(foreground: .ansi(0), background: .ansi(6)), .statusBar: Style(foreground: .ansi(7), background: .ansi(8)),
        .message: Style(foreground: .ansi(0), background: .ansi(11)), .input: Style(foreground: .ansi(15), attributes: .underline),
        .dialog: Style(foreground: .ansi(15), background: .ansi(0)), .tabActive: Style(foreground: .ansi(0), background: .ansi(6), attributes: .bold),
        .tabInactive: Style(foreground: .ansi(7)),
    ])
}
