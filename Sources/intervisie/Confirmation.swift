import Foundation

/// A yes/no question on stderr, answered on stdin: "j", "ja", "y" or "yes" (any case) is yes;
/// anything else, or no input at all (a script), is no.
enum Confirmation {
    static func ask(_ question: String) -> Bool {
        Output.prompt(question, onStandardError: true)
        guard let answer = readLine(strippingNewline: true) else {
            Output.error("")
            return false
        }
        return ["j", "ja", "y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
