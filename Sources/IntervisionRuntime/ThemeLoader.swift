import Foundation
import IntervisionApp
import IntervisionCore
import IntervisionThemes

/// Finds themes: the ones shipped with the app, and the user's own in `<data folder>/themes/NAME.json`
/// (which win over a shipped theme of the same name). Runs outside `update` (an effect), since it reads files.
public struct ThemeLoader: Sendable {
    public var userFolder: URL?

    public init(dataFolder: URL?) {
        userFolder = dataFolder?.appendingPathComponent("themes", isDirectory: true)
    }

    /// Shipped names first, then the user's, without duplicates.
    public func availableNames() -> [String] {
        var names = BundledThemes.names
        if let userFolder, let files = try? FileManager.default.contentsOfDirectory(atPath: userFolder.path) {
            for file in files.sorted() where file.hasSuffix(".json") {
                let name = String(file.dropLast(5))
                if !names.contains(name) { names.append(name) }
            }
        }
        return names
    }

    /// The named theme, or the fault that kept it from loading.
    public func load(_ name: String) -> Result<Theme, ThemeFile.Fault> {
        load(name, depth: 0)
    }

    private func load(_ name: String, depth: Int) -> Result<Theme, ThemeFile.Fault> {
        guard depth < 4 else { return .failure(ThemeFile.Fault(file: name, reason: LocalizedText(nl: "'base'-thema's verwijzen in een kring naar elkaar", en: "'base' themes refer to each other in a loop"))) }
        let data: Data
        let fileLabel: String
        if let userFolder, isSafeName(name), let userData = try? Data(contentsOf: userFolder.appendingPathComponent(name + ".json")) {
            data = userData
            fileLabel = "themes/\(name).json"
        } else if let shipped = BundledThemes.data(named: name) {
            data = shipped
            fileLabel = "themes/\(name).json"
        } else {
            return .failure(ThemeFile.Fault(file: "themes/\(name).json", reason: LocalizedText(nl: "dit thema bestaat niet", en: "no such theme")))
        }
        switch ThemeFile.parse(data, file: fileLabel) {
        case .failure(let fault):
            return .failure(fault)
        case .success(let spec):
            var roles: [StyleRole: Style] = [:]
            if let base = spec.base {
                guard base != name else { return .failure(ThemeFile.Fault(file: fileLabel, reason: LocalizedText(nl: "een thema kan niet zijn eigen basis zijn", en: "a theme cannot be its own base"))) }
                switch load(base, depth: depth + 1) {
                case .failure(let fault):
                    return .failure(ThemeFile.Fault(file: fileLabel, reason: LocalizedText(nl: "basisthema '\(base)': \(fault.text(.nl))",
                                                                                          en: "base theme '\(base)': \(fault.text(.en))")))
                case .success(let baseTheme): for role in StyleRole.allCases { roles[role] = baseTheme.style(role) }
                }
            }
            roles.merge(spec.roles) { _, new in new }
            return .success(Theme(name: name, styles: roles))
        }
    }

    /// A theme name is a file name, never a path.
    private func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains("/") && !name.hasPrefix(".")
    }
}
