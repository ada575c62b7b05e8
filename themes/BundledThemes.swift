import Foundation

/// The themes shipped in the repository's top-level themes/ folder, read from the bundle.
public enum BundledThemes {
    public static let names = ["default", "light", "monochrome", "high-contrast"]

    /// The JSON text of a shipped theme, nil when there is no such theme.
    public static func data(named name: String) -> Data? {
        guard names.contains(name), let url = Bundle.module.url(forResource: name, withExtension: "json") else { return nil }
        return try? Data(contentsOf: url)
    }
}
