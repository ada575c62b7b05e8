import Foundation
import IntervisionApp

/// Tab in a path field: the names in the typed path's folder that start with what follows its last
/// `/` (`~` is the home folder, a relative path is from the folder the app was started in).
/// Hidden names only when a `.` was typed; at most `limit` names, sorted, folders marked.
enum PathCompleter {
    static let limit = 500

    static func candidates(for typed: String) -> [PathCandidate] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = ExportRunner.expand(folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let matching = names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().prefix(limit)
        return matching.map { name in
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            return PathCandidate(name: name, isFolder: exists && isFolder.boolValue)
        }
    }
}
