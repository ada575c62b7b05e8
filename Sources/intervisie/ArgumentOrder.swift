/// Lets the global options stand before the command too (`intervisie --data-dir X check`), as
/// people type them. ArgumentParser would hand them to the default command (the UI), so they are
/// moved behind the command words before parsing.
enum ArgumentOrder {
    static let globalOptions: Set<String> = ["--data-dir", "--today", "--lang"]

    static func normalized(_ arguments: [String]) -> [String] {
        var globals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if globalOptions.contains(argument), index + 1 < arguments.count {
                globals += [argument, arguments[index + 1]]
                index += 2
            } else if let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init),
                      argument.contains("="), globalOptions.contains(name) {
                globals.append(argument)
                index += 1
            } else {
                break
            }
        }
        var rest = Array(arguments[index...])
        let insertAt = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: globals, at: insertAt)
        return rest
    }
}
