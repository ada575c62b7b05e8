import Foundation
import Testing

/// The screens' module (IntervisionApp) is a pure state machine: it may read no file, no clock and
/// no environment, and print nothing. The compiler holds most of this: the module depends on Core
/// only and does not import Foundation, and with `MemberImportVisibility` not even Foundation's
/// string methods leak in through Core. These tests hold the rest: that it stays that way.
@Suite("The screens' module reaches no file and no clock")
struct PurityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let pureModule = root.appendingPathComponent("Sources/IntervisionApp")

    /// What the module may import: Core, whose value types and rules are pure too.
    static let allowedImports: Set<String> = ["IntervisionCore"]

    /// Calls that reach the disk, the clock, the environment or the terminal, with why they do not belong.
    static let forbidden: [(pattern: String, reason: String)] = [
        (#"\bFileManager\b"#, "the file system"),
        (#"\bFileHandle\b"#, "a file"),
        (#"\b(String|Data)\(contentsOf"#, "reads a file"),
        (#"(?<![\w.])(?<!func )f?open\("#, "opens a file"),
        (#"\bURL\("#, "a file or network location"),
        (#"\bBundle\b"#, "reads the app's resources (the shipped methods, themes): the runtime hands them in"),
        (#"\bNSHomeDirectory\b"#, "the home folder"),
        (#"\bDate\("#, "the clock (today is AppState.today)"),
        (#"\bDate\.now\b"#, "the clock (today is AppState.today)"),
        (#"\b(Continuous|Suspending)Clock\b"#, "the clock"),
        (#"\b(clock_gettime|gettimeofday|time)\("#, "the clock"),
        (#"\bProcessInfo\b"#, "the environment"),
        (#"\b(getenv|CommandLine)\b"#, "the environment"),
        (#"\b(print|readLine|exit)\("#, "the terminal or the process"),
        (#"\bFoundation\."#, "Foundation"),
        (#"\bStore\."#, "the data folder (IntervisionStore)"),
    ]

    /// Every Swift file of the module with its lines, comments left out.
    static func sources() throws -> [(file: String, lines: [String])] {
        let files = FileManager.default.enumerator(at: pureModule, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.sorted { $0.path < $1.path }.map { url in
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.components(separatedBy: "\n").map { line in
                line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? line
            }
            return (String(url.path.dropFirst(root.path.count + 1)), lines)
        }
    }

    /// "file:line: what", for each line matching one of `rules`.
    static func violations(_ rules: [(pattern: String, reason: String)], in sources: [(file: String, lines: [String])]) throws -> [String] {
        let compiled = try rules.map { (try NSRegularExpression(pattern: $0.pattern), $0.reason) }
        var found: [String] = []
        for (file, lines) in sources {
            for (index, line) in lines.enumerated() {
                let range = NSRange(line.startIndex..., in: line)
                for (regex, reason) in compiled where regex.firstMatch(in: line, range: range) != nil {
                    found.append("\(file):\(index + 1): \(reason): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        return found
    }

    @Test func theModuleExistsAndIsScanned() throws {
        #expect(try Self.sources().count > 40)
    }

    @Test func importsCoreOnly() throws {
        var found: [String] = []
        for (file, lines) in try Self.sources() {
            for (index, line) in lines.enumerated() {
                let words = line.split(separator: " ").map(String.init)
                guard let position = words.firstIndex(of: "import"), words[..<position].allSatisfy({ $0.hasPrefix("@") }),
                      position + 1 < words.count else { continue }
                let module = words[position + 1].split(separator: ".").first.map(String.init) ?? ""
                if !Self.allowedImports.contains(module) { found.append("\(file):\(index + 1): imports \(module)") }
            }
        }
        #expect(found.isEmpty, "IntervisionApp may import only \(Self.allowedImports.sorted()):\n\(found.joined(separator: "\n"))")
    }

    @Test func callsNoFileClockOrEnvironment() throws {
        let found = try Self.violations(Self.forbidden, in: Self.sources())
        #expect(found.isEmpty, "IntervisionApp must stay pure; the runtime (IntervisionRuntime) does this:\n\(found.joined(separator: "\n"))")
    }

    /// The package says the same: the module depends on Core and nothing else.
    @Test func dependsOnCoreOnly() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try #require(manifest.range(of: #"name: "IntervisionApp","#))
        let rest = manifest[target.upperBound...]
        let declaration = rest[..<(rest.range(of: "),")?.lowerBound ?? rest.endIndex)]
        #expect(declaration.contains(#"dependencies: ["IntervisionCore"]"#), "IntervisionApp's dependencies changed:\n\(declaration)")
        #expect(declaration.contains("MemberImportVisibility"))
    }
}
