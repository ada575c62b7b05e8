/// The two languages of the interface. Exported official documents are always Dutch.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case nl
    case en

    /// `nl_*` in LC_ALL, LC_MESSAGES or LANG (the first one set) means Dutch; anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("nl") ? .nl : .en
            }
        }
        return .en
    }
}

/// A text in both languages, chosen when it is shown.
public struct LocalizedText: Hashable, Sendable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .nl ? nl : en }
}
