import IntervisionCore

/// The help screen's lines, generated from the key table: a heading per scope, then one line per
/// binding with its keys and what it does; at the end the findings' rules, by name and id.
public enum HelpContent {
    public enum Line: Sendable, Equatable {
        case heading(KeyScope)
        case binding(keys: String, help: LocalizedText)
        case blank
        /// The heading of the rules (the app names findings by `RuleID.shortName`; the id is here).
        case rulesHeading
    }

    public static let lines: [Line] = {
        var result: [Line] = []
        for scope in KeyScope.allCases {
            let bindings = KeyTable.bindings(in: scope)
            guard !bindings.isEmpty else { continue }
            if !result.isEmpty { result.append(.blank) }
            result.append(.heading(scope))
            var seen = Set<String>()
            for binding in bindings {
                let keys = KeyTable.keyNames(binding)
                guard seen.insert(keys + binding.help.nl).inserted else { continue }
                result.append(.binding(keys: keys, help: binding.help))
            }
            if let letters = KeyTable.typeAhead[scope] { result.append(.binding(keys: "a–z", help: letters)) }
            if scope == .firstStart { result.append(.binding(keys: "…", help: ActionTexts.startEmpty)) }
        }
        result += [.blank, .rulesHeading]
        for rule in RuleID.allCases {
            result.append(.binding(keys: rule.rawValue, help: HelpTexts.rule(rule)))
        }
        return result
    }()

    /// The line of the scope's heading; a scope without keys of its own shows the one around it.
    static func line(of scope: KeyScope) -> Int {
        var current: KeyScope? = scope
        while let each = current {
            if let line = lines.firstIndex(of: .heading(each)) { return line }
            current = each.parent
        }
        return 0
    }
}
