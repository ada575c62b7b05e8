import Foundation

/// An intervision method (werkvorm) as data: a name and ordered steps, each with a short
/// description, in Dutch and English. The shipped ones (Incident, Balint, five-step, gossip) live in
/// a JSON file of the store module; a user's `<data folder>/methods.json` adds to or replaces them.
/// Sources differ on the number of steps, which is why they are data and not code.
public struct IntervisionMethod: Hashable, Sendable {
    public struct Step: Hashable, Sendable {
        public var title: LocalizedText
        public var description: LocalizedText

        public init(title: LocalizedText, description: LocalizedText) {
            self.title = title
            self.description = description
        }
    }

    /// The name as a group and its meetings record it ("Incidentmethode"): the method's identity.
    public var name: String
    /// The name shown in each language ("Incident method" in English).
    public var title: LocalizedText
    /// Other names people write for it ("5-stappenmethode"); matched like the name.
    public var aliases: [String]
    /// One sentence on what the method is good for.
    public var purpose: LocalizedText
    public var steps: [Step]

    public init(name: String, title: LocalizedText? = nil, aliases: [String] = [], purpose: LocalizedText = LocalizedText(nl: "", en: ""),
                steps: [Step]) {
        self.name = name
        self.title = title ?? LocalizedText(nl: name, en: name)
        self.aliases = aliases
        self.purpose = purpose
        self.steps = steps
    }

    /// True when `text` names this method: its name, a title or an alias, ignoring case, diacritics,
    /// spaces and dashes ("vijf stappen methode" finds "Vijfstappenmethode").
    public func isNamed(_ text: String) -> Bool {
        let wanted = IntervisionMethod.key(text)
        guard !wanted.isEmpty else { return false }
        return ([name, title.nl, title.en] + aliases).contains { IntervisionMethod.key($0) == wanted }
    }

    /// The comparison form of a name.
    static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber }
    }
}

/// The methods the app knows: the shipped ones, with the user's additions and replacements.
public struct MethodLibrary: Hashable, Sendable {
    public private(set) var methods: [IntervisionMethod]

    public init(_ methods: [IntervisionMethod] = []) { self.methods = methods }

    /// The shipped methods with the user's file laid over them: a user method with the name (or an
    /// alias) of a shipped one replaces it in place; others are added after, in the file's order.
    public static func merged(shipped: [IntervisionMethod], user: [IntervisionMethod]) -> MethodLibrary {
        var result = shipped
        for method in user {
            if let index = result.firstIndex(where: { $0.isNamed(method.name) || method.isNamed($0.name) }) {
                result[index] = method
            } else {
                result.append(method)
            }
        }
        return MethodLibrary(result)
    }

    /// The method a group or meeting names, if the library knows it.
    public func method(named name: String) -> IntervisionMethod? {
        methods.first { $0.isNamed(name) }
    }

    /// The names to offer for a group: the group's own methods first (as the group writes them),
    /// then the other methods the library knows.
    public func choices(for group: Group) -> [String] {
        var names = group.methods.filter { !$0.trimmed.isEmpty }
        for method in methods where !names.contains(where: { method.isNamed($0) }) {
            names.append(method.name)
        }
        return names
    }
}
