import Foundation
import IntervisionCore

/// How numbers and names are written in the Dutch documents.
enum DutchFormatting {
    /// "2 uur", "2,5 uur", "1,75 uur": a decimal comma, no trailing zeros.
    static func hours(_ hours: Double) -> String {
        var text = String(format: "%.2f", hours)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",") + " uur"
    }

    /// "Name, phone", or whichever of the two is there.
    static func nameAndPhone(_ name: String, _ phone: String) -> String {
        [name, phone].map { TextCleaning.line($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: ", ")
    }
}
