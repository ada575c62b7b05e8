import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionExport
import IntervisionStore

/// Carries out an export for the screens: the same rendering (`ExportJob`, `GroupCodec`) and the
/// same careful writing (`ExportFile`: 0600, never over an existing file without force) as the
/// command line.
enum ExportRunner {
    static func run(_ order: ExportOrder, now: Date = Date()) -> EffectResult {
        let url = URL(fileURLWithPath: expand(order.folder)).appendingPathComponent(order.fileName).standardizedFileURL
        let data: Data
        switch order.content {
        case .document(let kind, let draft):
            guard let plan = order.plan else { return .exportFailed(order, ExportTexts.noPlan, existingFile: nil) }
            do throws(ExportRefusal) {
                data = try ExportJob.render(kind, group: order.group, plan: plan, supervisor: order.supervisor, draft: draft, now: now)
            } catch {
                return .exportFailed(order, error.message, existingFile: nil)
            }
        case .groupFile:
            do throws(HandoverError) {
                data = try HandoverFile.contents(of: order.group, passphrase: order.passphrase)
            } catch {
                return .exportFailed(order, error.message, existingFile: nil)
            }
        case .evaluation(let evaluation, let format):
            guard let evaluation else { return .exportFailed(order, ExportTexts.noEvaluation, existingFile: nil) }
            data = EvaluationExport.render(format, group: order.group, evaluation: evaluation, supervisor: order.supervisor,
                                           today: order.today)
        }
        do throws(ExportFileError) {
            try ExportFile.write(data, to: url, force: order.force)
        } catch {
            if case .exists(let path) = error { return .exportFailed(order, error.message, existingFile: path) }
            return .exportFailed(order, error.message, existingFile: nil)
        }
        return .exported(order, path: url.path)
    }

    /// `~` and `~/…` are the home folder; an empty folder is the current one.
    static func expand(_ folder: String) -> String {
        let trimmed = folder.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return FileManager.default.currentDirectoryPath }
        if trimmed == "~" { return NSHomeDirectory() }
        if trimmed.hasPrefix("~/") { return NSHomeDirectory() + String(trimmed.dropFirst(1)) }
        if trimmed.hasPrefix("/") { return trimmed }
        return FileManager.default.currentDirectoryPath + "/" + trimmed
    }
}
