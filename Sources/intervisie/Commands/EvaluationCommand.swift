import ArgumentParser
import IntervisionCore

struct EvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation", abstract: "The yearly evaluation with the group.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record the evaluation held with the group.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of the evaluation.", valueName: "date")) var date: String
        @Option(help: ArgumentHelp("""
            The year it evaluates (its first day, or any day in it). Default: the year that contains the date, or the \
            year that just ended when that has no evaluation yet and the next year's first meeting was not held before.
            """, valueName: "date")) var from: String?
        @Option(help: "A member who took part (repeat; default: every member on that date).") var participant: [String] = []
        @Option(name: .customLong("went-well"), help: "What went well.") var wentWell: String?
        @Option(name: .customLong("to-improve"), help: "What to improve, with suggestions.") var toImprove: String?
        @Option(name: .customLong("methods-themes"), help: "Which methods and themes worked.") var methodsThemes: String?
        @Option(name: .customLong("in-practice"), help: "What members apply in their own practice.") var inPractice: String?
        @Option(help: "Agreements for next year.") var agreements: String?
        @Option(help: "Other remarks.") var notes: String?

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.date(date, option: "--date")
            let year = try Input.optionalDate(from, option: "--from")
            var answers: [EvaluationQuestion: String] = [:]
            answers[.wentWell] = wentWell
            answers[.toImprove] = toImprove
            answers[.methodsAndThemes] = methodsThemes
            answers[.inPractice] = inPractice
            answers[.agreements] = agreements
            answers[.notes] = notes
            let evaluation = try workspace.editGroup(group) { group in
                let who = participant.isEmpty ? nil : try participant.map { try group.findMember($0).id }
                return try group.recordEvaluation(on: day, year: year, participants: who, answers: answers)
            }
            Output.line(evaluation.id.rawValue)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the evaluations recorded: date, the year evaluated, id, participants.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String

        func run() throws {
            let workspace = try Workspace(options)
            let group = workspace.groups[try workspace.groupIndex(self.group)]
            for evaluation in group.evaluations {
                let names = evaluation.participants.map { group.member($0)?.name ?? $0.rawValue }.joined(separator: ", ")
                let year = group.year(of: evaluation).map(\.period.label) ?? CommandText.none
                Output.row([workspace.text(CommandText.date(evaluation.date)), workspace.text(CommandText.yearLabel(year)),
                            evaluation.id.rawValue, names])
            }
        }
    }
}
