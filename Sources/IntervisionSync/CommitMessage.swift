import Foundation
import IntervisionCore
import IntervisionStore

/// Commit messages that say what changed, so `git log` of the data folder reads as a record of
/// who recorded what, and when ("Balint West: bijeenkomst 10-02-2027 vastgelegd").
enum CommitMessage {
    /// More changed groups than this are summed up in a count (a first sync of a thousand groups
    /// needs no thousand lines).
    static let detailedGroups = 50

    /// The message for this machine's changes: a line per group (its changes from the last
    /// commit to the file now), the profile and the methods; the first line sums them up.
    static func local(changes: [(status: Character, path: String)], head: String?, git: Git, store: Store,
                      language: Language) throws(SyncError) -> String {
        let nl = language == .nl
        let groupChanges = changes.filter { $0.path.hasPrefix("groups/") }
        var lines: [String] = []
        if groupChanges.count <= detailedGroups {
            let before = try head.map { (head: String) throws(SyncError) -> [Data?] in
                try Blobs.read(groupChanges.map { "\(head):\($0.path)" }, git: git)
            } ?? Array(repeating: nil, count: groupChanges.count)
            for (index, change) in groupChanges.enumerated() {
                let old = before[index].flatMap { try? GroupCodec.decode($0) }
                let new = (try? Data(contentsOf: store.folder.appendingPathComponent(change.path))).flatMap { try? GroupCodec.decode($0) }
                if let line = GroupChangeSummary.line(before: old, after: new) { lines.append(line.text(language)) }
            }
        } else {
            let added = groupChanges.filter { $0.status == "A" }.count
            let removed = groupChanges.filter { $0.status == "D" }.count
            let changed = groupChanges.count - added - removed
            var parts: [String] = []
            if added > 0 { parts.append(nl ? "\(added) groepen toegevoegd" : "\(added) groups added") }
            if changed > 0 { parts.append(nl ? "\(changed) groepen gewijzigd" : "\(changed) groups changed") }
            if removed > 0 { parts.append(nl ? "\(removed) groepen verwijderd" : "\(removed) groups removed") }
            lines.append(parts.joined(separator: ", "))
        }
        if changes.contains(where: { $0.path == "profile.json" }) { lines.append(nl ? "Profiel begeleider gewijzigd" : "Supervisor's profile changed") }
        if changes.contains(where: { $0.path == "methods.json" }) { lines.append(nl ? "Methoden gewijzigd" : "Methods changed") }
        if lines.isEmpty { lines.append(nl ? "Instellingen van de synchronisatie" : "Sync settings") }
        guard lines.count > 1 else { return lines[0] + "\n" }
        var subject = lines.joined(separator: "; ")
        if subject.count > 120 { subject = String(subject.prefix(119)) + "…" }
        return subject + "\n\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The message of a merge: which remote, and what the merge decided where both machines differed.
    static func merge(notes: [LocalizedText], language: Language) -> String {
        let subject = language == .nl ? "Samengevoegd met de andere machines" : "Merged with the other machines"
        guard !notes.isEmpty else { return subject + "\n" }
        return subject + "\n\n" + notes.map { $0.text(language) }.joined(separator: "\n") + "\n"
    }
}
