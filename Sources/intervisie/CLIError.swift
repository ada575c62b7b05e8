import IntervisionCore

/// A refusal of the command line: bad usage or input. Printed on stderr, exit code 2, nothing written.
struct CLIError: Error {
    let message: LocalizedText

    init(_ message: LocalizedText) { self.message = message }
}

extension EditError {
    var cli: CLIError { CLIError(message) }
}

extension GroupLookup.Failure {
    var cli: CLIError { CLIError(message) }
}
