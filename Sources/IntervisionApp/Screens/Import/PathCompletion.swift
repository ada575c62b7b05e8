import IntervisionCore

/// Completing a typed path from the names the runtime found in its folder (as a shell does):
/// one name completes it (a folder with its `/`), several complete it to what they share.
enum PathCompletion {
    /// The typed path up to its last `/` (the folder, as typed), and the part after it.
    static func split(_ typed: String) -> (folder: String, name: String) {
        guard let slash = typed.lastIndex(of: "/") else { return ("", typed) }
        return (String(typed[...slash]), String(typed[typed.index(after: slash)...]))
    }

    /// The path completed as far as the candidates agree.
    static func complete(_ typed: String, with candidates: [PathCandidate]) -> String {
        let (folder, name) = split(typed)
        guard let first = candidates.first else { return typed }
        if candidates.count == 1 { return folder + first.name + (first.isFolder ? "/" : "") }
        let shared = candidates.dropFirst().reduce(Array(first.name)) { prefix, candidate in
            Array(zip(prefix, candidate.name).prefix { $0 == $1 }.map(\.0))
        }
        return shared.count > name.count ? folder + String(shared) : typed
    }
}
