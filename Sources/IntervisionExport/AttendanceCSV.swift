/// The attendance list as CSV (RFC 4180, UTF-8 without BOM, CRLF): a header row, then one row per
/// participant per held meeting. The meeting's times come last, so the columns scripts already read
/// keep their places; a blank sheet (a meeting still to come) leaves the presence empty.
///
/// BIG numbers: Excel, LibreOffice Calc and Google Sheets read `01234567890` as the number
/// 1234567890 and drop the leading zero, whether or not the field is quoted. The number is therefore
/// written as the text formula `="01234567890"` (quoted per RFC 4180 as `"=""01234567890"""`), which
/// all three show as the 11 digits, kept as text. A CSV reader returns `="01234567890"`; the digits
/// are the characters between `="` and the closing `"`. Only this generated, digits-only constant is
/// ever written as a formula; user text that looks like one is neutralised (see `CSVWriter`).
enum AttendanceCSV {
    static let header = ["Datum", "Onderwerp", "Naam", "BIG-nummer", "Aanwezigheid", "Reden afwezigheid", "Begintijd", "Eindtijd"]

    static func render(_ content: AttendanceContent) -> String {
        var csv = CSVWriter()
        csv.row(header)
        for meeting in content.meetings {
            for row in meeting.rows {
                csv.row([
                    meeting.date.iso,
                    CSVWriter.userText(meeting.topic),
                    CSVWriter.userText(row.name),
                    row.big.map(spreadsheetText) ?? "",
                    meeting.blank ? "" : row.statusText,
                    row.present ? "" : CSVWriter.userText(row.reason),
                    meeting.time?.start.text ?? "",
                    meeting.time?.end.text ?? "",
                ])
            }
        }
        return csv.text
    }

    /// `="digits"`: text in every spreadsheet, leading zeros kept.
    static func spreadsheetText(_ digits: String) -> String {
        precondition(digits.allSatisfy(\.isASCIIDigitLetter), "only generated digit strings become formulas")
        return "=\"\(digits)\""
    }
}

private extension Character {
    var isASCIIDigitLetter: Bool { isASCII && isNumber }
}
