import ArgumentParser
import Foundation
import IntervisionCore

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The data folder (default: $INTERVISIE_DATA, $XDG_DATA_HOME/intervisie, ~/.local/share/intervisie).", valueName: "dir"))
    var dataDir: String?

    @Option(help: ArgumentHelp("The date taken as today, YYYY-MM-DD (default: $INTERVISIE_TODAY, else the system date).", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp("Language of messages: nl or en (default: the setting, else LANG).", valueName: "nl|en"))
    var lang: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The language asked for on the command line or in the environment (before settings are read).
    var requestedLanguage: Language? {
        guard let lang else { return nil }
        return Language(rawValue: lang.lowercased())
    }

    var fallbackLanguage: Language { requestedLanguage ?? Language.fromEnvironment(environment) }

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw CLIError(CommandText.unknownLanguage(lang))
        }
    }

    /// Today: `--today`, else `$INTERVISIE_TODAY`, else the system's date in the local time zone.
    func resolvedToday() throws -> CivilDate {
        if let text = today ?? environment["INTERVISIE_TODAY"], !text.isEmpty {
            switch CivilDate.parse(text) {
            case .success(let date): return date
            case .failure(let error):
                let source = today != nil ? "--today" : "INTERVISIE_TODAY"
                throw CLIError(CommandText.option(source, error.message))
            }
        }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}

/// Reading the values people type for dates, durations, times and BIG numbers, with refusals that name the option.
enum Input {
    static func date(_ text: String, option: String) throws -> CivilDate {
        switch CivilDate.parse(text) {
        case .success(let date): return date
        case .failure(let error): throw CLIError(CommandText.option(option, error.message))
        }
    }

    static func optionalDate(_ text: String?, option: String) throws -> CivilDate? {
        try text.map { try date($0, option: option) }
    }

    /// Hours as "2", "2.5" or "2,5".
    static func hours(_ text: String, option: String) throws -> Double {
        switch NumberInput.hours(text) {
        case .success(let value): return value
        case .failure(let error): throw CLIError(CommandText.option(option, error.message))
        }
    }

    /// A total of hours (the LVSC route's hours in 5 years) as "60" or "62,5".
    static func totalHours(_ text: String, option: String) throws -> Double {
        switch NumberInput.totalHours(text) {
        case .success(let value): return value
        case .failure(let error): throw CLIError(CommandText.option(option, error.message))
        }
    }

    /// A start and end time, `19:00-21:30`.
    static func time(_ text: String, option: String) throws -> MeetingTime {
        switch MeetingTime.parse(text) {
        case .success(let time): return time
        case .failure(let error): throw CLIError(CommandText.option(option, error.message))
        }
    }

    static func big(_ text: String) throws -> BIGNumber {
        switch BIGNumber.parse(text) {
        case .success(let number): return number
        case .failure(let error): throw CLIError(CommandText.option("--big", error.message))
        }
    }
}
