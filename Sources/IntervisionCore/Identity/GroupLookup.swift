import Foundation

extension Group {
    /// A readable id made from the name ("Geïntensiveerde zorg Leiden" → "geintensiveerde-zorg-leiden",
    /// "Ĳsselland" → "ijsselland"): lowercase ASCII letters, digits and dashes only, folded as export
    /// file names are (`ASCIIFolding`), so it is safe as a file name everywhere. `taken` ids get a number added.
    public static func makeID(from name: String, taken: Set<GroupID>) -> GroupID {
        var slug = ASCIIFolding.words(name).lowercased()
        if slug.count > 48 { slug = String(slug.prefix(48)); while slug.hasSuffix("-") { slug.removeLast() } }
        if slug.isEmpty { slug = "groep" }
        return .fresh(slug, taken: taken)
    }
}

/// Finding a group the way people name it: by id, or by name with case and spaces ignored.
public enum GroupLookup {
    public enum Failure: Error, Equatable, Sendable {
        case unknown(String, known: [String])
        case ambiguous(String, ids: [GroupID])

        public var message: LocalizedText {
            switch self {
            case .unknown(let name, let known):
                let list = known.isEmpty ? "—" : known.prefix(10).joined(separator: ", ") + (known.count > 10 ? ", …" : "")
                return LocalizedText(nl: "onbekende groep '\(name)' (groepen: \(list))",
                                     en: "unknown group '\(name)' (groups: \(list))")
            case .ambiguous(let name, let ids):
                return LocalizedText(nl: "'\(name)' past bij meerdere groepen; gebruik het id: \(ids.joinedIDs())",
                                     en: "'\(name)' matches several groups; use the id: \(ids.joinedIDs())")
            }
        }
    }

    public static func find(_ nameOrID: String, in groups: [Group]) -> Result<Int, Failure> {
        if let index = groups.firstIndex(where: { $0.id.rawValue == nameOrID }) { return .success(index) }
        let wanted = nameOrID.trimmed.lowercased()
        let matches = groups.indices.filter { groups[$0].name.trimmed.lowercased() == wanted }
        if matches.count == 1 { return .success(matches[0]) }
        if matches.count > 1 { return .failure(.ambiguous(nameOrID, ids: matches.map { groups[$0].id })) }
        return .failure(.unknown(nameOrID, known: groups.map(\.name).sorted()))
    }
}
