/// What taking in a hand-over file would do here, in the words both front ends show: the command
/// line prints the lines and asks, the app lists them and waits for Enter. The merge itself is
/// `GroupMerge`; this decides which group here the file is about and words the outcome.
public struct ImportReview: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        /// No group here is the file's: it is added as it is (with an id of its own when needed).
        case add(Group)
        /// The file is about `local`; taking it in makes it `merged`.
        case update(local: Group, merged: Group)
        /// The file is about `local` and changes nothing.
        case unchanged(local: Group)
    }

    /// One line of the listing, as the command line prints it (`prefix` + text).
    public struct Line: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// "Chirurgen Utrecht (chirurgen-utrecht): wijzigingen uit plan.json"
            case heading
            /// "  • Lid toegevoegd: …"
            case change
            /// "  geen"
            case none
            /// "Verschillen die hier blijven zoals ze zijn:"
            case keptHeading
            /// "  ! Bijeenkomst van … verschilt van het bestand …"
            case kept
        }

        public var kind: Kind
        public var text: LocalizedText

        public var prefix: String {
            switch kind {
            case .heading, .keptHeading: return ""
            case .change: return "  • "
            case .none: return "  "
            case .kept: return "  ! "
            }
        }
    }

    public var action: Action
    /// The listing; empty for a group that is added (the command line says so after adding it).
    public var lines: [Line]

    /// The group after the import, when the import changes anything.
    public var result: Group? {
        switch action {
        case .add(let group): return group
        case .update(_, let merged): return merged
        case .unchanged: return nil
        }
    }

    /// Reviews taking `incoming` (read from `source`, as the user named it) into `groups`.
    /// `isUsableID` says whether an id may name a group file here; a new group whose id is not
    /// usable, or taken, gets one made from its name.
    public static func make(incoming: Group, source: String, into groups: [Group],
                            isUsableID: (GroupID) -> Bool) -> ImportReview {
        var incoming = incoming
        guard let index = localIndex(of: incoming, in: groups) else {
            if !isUsableID(incoming.id) || groups.contains(where: { $0.id == incoming.id }) {
                incoming.id = Group.makeID(from: incoming.name, taken: Set(groups.map(\.id)))
            }
            return ImportReview(action: .add(incoming), lines: [])
        }
        let local = groups[index]
        incoming.id = local.id
        let outcome = GroupMerge.merge(local: local, incoming: incoming)
        var lines = [Line(kind: .heading, text: LocalizedText(nl: "\(local.name) (\(local.id)): wijzigingen uit \(source)",
                                                             en: "\(local.name) (\(local.id)): changes from \(source)"))]
        lines += outcome.changes.map { Line(kind: .change, text: $0) }
        if outcome.changes.isEmpty { lines.append(Line(kind: .none, text: LocalizedText(nl: "geen", en: "none"))) }
        if !outcome.conflicts.isEmpty {
            lines.append(Line(kind: .keptHeading, text: LocalizedText(nl: "Verschillen die hier blijven zoals ze zijn:",
                                                                      en: "Differences kept as they are here:")))
            lines += outcome.conflicts.map { Line(kind: .kept, text: $0) }
        }
        let action: Action = outcome.merged == local ? .unchanged(local: local) : .update(local: local, merged: outcome.merged)
        return ImportReview(action: action, lines: lines)
    }

    /// "Nieuwe groep toegevoegd: IC Leiden (ic-leiden)".
    public static func added(_ group: Group) -> LocalizedText {
        LocalizedText(nl: "Nieuwe groep toegevoegd: \(group.name) (\(group.id))", en: "New group added: \(group.name) (\(group.id))")
    }

    /// The same group here: by id, else by name (case and spaces ignored), as people name groups.
    static func localIndex(of group: Group, in groups: [Group]) -> Int? {
        if let byID = groups.firstIndex(where: { $0.id == group.id }) { return byID }
        let name = group.name.trimmingSpaces().lowercased()
        let byName = groups.indices.filter { groups[$0].name.trimmingSpaces().lowercased() == name }
        return byName.count == 1 ? byName[0] : nil
    }
}
