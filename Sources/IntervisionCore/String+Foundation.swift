import Foundation

// The few of Foundation's string functions the screens need. Their module (IntervisionApp) sees
// Core and nothing else, so that it cannot reach a file or the clock; this is what it gets of Foundation.
extension String {
    /// Without spaces or tabs at either end: how typed names, phones and topics are kept.
    public func trimmingSpaces() -> String { trimmingCharacters(in: .whitespaces) }

    /// Lower case without diacritics: "Geïntensiveerde" is found by typing "geint".
    public var foldedForSearch: String { folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil) }

    /// Names in the order people expect ("Groep 2" before "Groep 10"), as the Finder sorts them.
    public func precedesByName(_ other: String) -> Bool { localizedStandardCompare(other) == .orderedAscending }
}
