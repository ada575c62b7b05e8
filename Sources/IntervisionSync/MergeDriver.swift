import Foundation
import IntervisionCore
import IntervisionStore

/// git's merge driver for the files of a synced data folder (registered by `SyncLayout`, run as
/// `intervisie sync merge-driver %O %A %B %P`): reads the common version, this machine's and the
/// other's, writes the merge over this machine's file (git's scratch copy), and reports what it
/// decided for the sync. A file it cannot read cleanly makes the merge fail, and the sync with it.
public enum MergeDriver {
    /// Merges; `basePath`, `currentPath`, `otherPath` are git's scratch files, `path` the file's
    /// name in the folder. Returns the refusal's text when it cannot merge.
    public static func run(basePath: String, currentPath: String, otherPath: String, path: String) -> LocalizedText? {
        do {
            let base = try Data(contentsOf: URL(fileURLWithPath: basePath))
            let current = try Data(contentsOf: URL(fileURLWithPath: currentPath))
            let other = try Data(contentsOf: URL(fileURLWithPath: otherPath))
            // Created on both sides: git gives an empty common version.
            let common = base.isEmpty ? nil : base
            let result: SyncedFileMerge.Result
            if path.hasPrefix("groups/") {
                result = try SyncedFileMerge.group(base: common, current: current, other: other, path: path)
            } else if path == "profile.json" {
                result = try SyncedFileMerge.profile(base: common, current: current, other: other, path: path)
            } else {
                // methods.json, which only people edit: this machine's version stays.
                SyncLayout.writeNotes([LocalizedText(nl: "\(path): op beide machines gewijzigd: de versie hier blijft",
                                                     en: "\(path): changed on both machines: the version here is kept")])
                return nil
            }
            try result.data.write(to: URL(fileURLWithPath: currentPath))
            SyncLayout.writeNotes(result.notes)
            return nil
        } catch let error as StoreError {
            return error.message
        } catch {
            return LocalizedText(nl: "\(path): \(error.localizedDescription)", en: "\(path): \(error.localizedDescription)")
        }
    }
}
