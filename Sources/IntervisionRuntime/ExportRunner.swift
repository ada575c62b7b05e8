import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionExport

/// Carries out an export for the screens through the command line's `ExportJob`: the same refusal,
/// the same bytes, the same careful writing (0600, never over an existing file without force).
enum ExportRunner {
    static func run(_ order: ExportOrder, now: Date = Date()) -> EffectResult {
        let folder = URL(fileURLWithPath: expand(order.folder)).standardizedFileURL.path
        let url = URL(fileURLWithPath: folder).appendingPathComponent(order.fileName)
        // A folder that is not there is made only when the user said so (the dialog asks first).
        if !FileManager.default.fileExists(atPath: folder) {
            guard order.createFolder else { return .exportFolderMissing(order, folder: folder) }
            do throws(ExportFileError) {
                try ExportFile.createFolder(folder)
            } catch {
                return .exportFailed(order, error.message, existingFile: nil)
            }
        }
        do throws(ExportFailure) {
            try ExportJob.write(order.request, to: url, force: order.force, passphrase: order.passphrase, now: now)
        } catch {
            if case .file(.exists(let path)) = error { return .exportFailed(order, error.message, existingFile: path) }
            return .exportFailed(order, error.message, existingFile: nil)
        }
        return .exported(order, path: url.path)
    }

    /// `~` and `~/…` are the home folder as the shell has it (`$HOME`, as the data folder's default
    /// does; the user's entry only without one); an empty folder is the current one.
    static func expand(_ folder: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let trimmed = folder.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return FileManager.default.currentDirectoryPath }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        if trimmed == "~" { return home }
        if trimmed.hasPrefix("~/") { return home + String(trimmed.dropFirst(1)) }
        if trimmed.hasPrefix("/") { return trimmed }
        return FileManager.default.currentDirectoryPath + "/" + trimmed
    }
}
