import IntervisionCore

/// The help screen's lines, generated from the key table: a heading per scope, then one line per
/// binding with its keys and what it does.
public enum HelpContent {
    public enum Line: Sendable, Equatable {
        case heading(KeyScope)
        case binding(keys: String, help: LocalizedText)
        case blank
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
            if scope == .firstStart { result.append(.binding(keys: "…", help: ActionTexts.startEmpty)) }
        }
        return result
    }()
}
