import Foundation
import IntervisionApp
import IntervisionCore

/// Reading a theme from its JSON text. A fault names the file and what is wrong, so the message in
/// the status bar tells the user what to fix.
///
/// ```json
/// { "base": "default",
///   "roles": { "title": { "fg": "brightCyan", "bg": "default", "attributes": ["bold"] } } }
/// ```
public enum ThemeFile {
    public struct Fault: Error, Equatable, Sendable, CustomStringConvertible {
        public var file: String
        public var reason: LocalizedText
        public init(file: String, reason: LocalizedText) {
            self.file = file
            self.reason = reason
        }
        /// "themes/mine.json: what is wrong", in one language.
        public func text(_ language: Language) -> String { "\(file): \(reason.text(language))" }
        public var description: String { text(.en) }
    }

    /// A parsed file before its base is applied.
    public struct Spec: Sendable, Equatable {
        public var base: String?
        public var roles: [StyleRole: Style]
    }

    public static func parse(_ data: Data, file: String) -> Result<Spec, Fault> {
        func fault(nl: String, en: String) -> Result<Spec, Fault> { .failure(Fault(file: file, reason: LocalizedText(nl: nl, en: en))) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return fault(nl: "geen geldige JSON" + (detail.map { " (\($0))" } ?? ""), en: "not valid JSON" + (detail.map { " (\($0))" } ?? ""))
        }
        guard let root = object as? [String: Any] else { return fault(nl: "het bestand moet één JSON-object bevatten", en: "the file must hold one JSON object") }
        for key in root.keys where !["base", "roles", "name", "description"].contains(key) {
            return fault(nl: "onbekende sleutel '\(key)' (verwacht: base, roles, description)", en: "unknown key '\(key)' (expected base, roles, description)")
        }
        let base = root["base"] as? String
        if root["base"] != nil && base == nil { return fault(nl: "'base' moet de naam van een thema zijn", en: "'base' must be the name of a theme") }
        guard let roles = root["roles"] as? [String: Any] else { return fault(nl: "het object 'roles' ontbreekt", en: "missing 'roles' object") }
        var styles: [StyleRole: Style] = [:]
        let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        for (roleName, value) in roles.sorted(by: { $0.key < $1.key }) {
            guard let role = StyleRole(rawValue: roleName) else {
                return fault(nl: "onbekende rol '\(roleName)' (bekend: \(known))", en: "unknown role '\(roleName)' (known: \(known))")
            }
            guard let entry = value as? [String: Any] else { return fault(nl: "rol '\(roleName)' moet een object zijn", en: "role '\(roleName)' must be an object") }
            var style = Style()
            for (key, field) in entry {
                switch key {
                case "fg", "bg":
                    guard let text = field as? String, let color = Color.parse(text) else {
                        return fault(nl: "rol '\(roleName)': '\(field)' is geen kleur (gebruik default, red, brightRed, color0–color255 of #rrggbb)",
                                     en: "role '\(roleName)': '\(field)' is not a colour (use default, red, brightRed, color0–color255 or #rrggbb)")
                    }
                    if key == "fg" { style.foreground = color } else { style.background = color }
                case "attributes":
                    guard let names = field as? [String] else { return fault(nl: "rol '\(roleName)': attributes moet een lijst van namen zijn", en: "role '\(roleName)': attributes must be a list of names") }
                    for name in names {
                        guard let attribute = TextAttributes.names.first(where: { $0.0 == name.lowercased() })?.1 else {
                            return fault(nl: "rol '\(roleName)': onbekend attribuut '\(name)' (gebruik bold, underline, reverse, dim)",
                                         en: "role '\(roleName)': unknown attribute '\(name)' (use bold, underline, reverse, dim)")
                        }
                        style.attributes.insert(attribute)
                    }
                default:
                    return fault(nl: "rol '\(roleName)': onbekende sleutel '\(key)' (verwacht: fg, bg, attributes)", en: "role '\(roleName)': unknown key '\(key)' (expected fg, bg, attributes)")
                }
            }
            styles[role] = style
        }
        return .success(Spec(base: base, roles: styles))
    }
}

extension Color {
    /// Parses `default`, a named colour (`red`, `brightRed`), `colorN` or `#rrggbb`.
    public static func parse(_ text: String) -> Color? {
        let name = text.trimmingCharacters(in: .whitespaces)
        let lower = name.lowercased()
        if lower == "default" { return .default }
        if lower == "gray" || lower == "grey" { return .ansi(8) }
        if let index = basicNames.firstIndex(of: lower) { return .ansi(index) }
        if lower.hasPrefix("bright"), let index = basicNames.firstIndex(of: String(lower.dropFirst(6)).trimmingCharacters(in: .init(charactersIn: "-_ "))) {
            return .ansi(index + 8)
        }
        if lower.hasPrefix("color"), let n = Int(lower.dropFirst(5)), (0...255).contains(n) { return .indexed(n) }
        if lower.hasPrefix("#"), lower.count == 7, let value = UInt32(lower.dropFirst(), radix: 16) {
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }
}
