import Foundation

/// A yes/no question on stderr, answered on stdin: "j", "ja", "y" or "yes" (any case) is yes;
/// anything else, or no input at all (a script), is no.
enum Confirmation {
    static func ask(_ question: String) -> Bool {
        FileHandle.standardError.write(Data(question.utf8))
        guard let answer = readLine(strippingNewline: true) else {
            FileHandle.standardError.write(Data("\n".utf8))
            return false
        }
        return ["j", "ja", "y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
