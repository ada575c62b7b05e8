import Foundation
import IntervisionCore

/// The annual evaluation with the group, in Dutch: the next year's application in GAIA asks for it.
public enum EvaluationExport {
    /// - Parameter supervisor: the profile, for the supervisor's name when the group names none.
    public static func markdown(group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil) -> String {
        MarkdownRenderer.render(document(group, evaluation, supervisor))
    }

    public static func html(group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil) -> String {
        HTMLRenderer.render(document(group, evaluation, supervisor))
    }

    public static func render(_ format: EvaluationFormat, group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil) -> Data {
        switch format {
        case .md: return Data(markdown(group: group, evaluation: evaluation, supervisor: supervisor).utf8)
        case .html: return Data(html(group: group, evaluation: evaluation, supervisor: supervisor).utf8)
        }
    }

    static let title = "Jaarevaluatie intervisiegroep"
    static let notAnswered = "(niet ingevuld)"

    static func document(_ group: Group, _ evaluation: Evaluation, _ supervisor: Supervisor?) -> ExportDocument {
        let supervisorName = group.supervisorName.isBlank ? (supervisor?.name ?? "") : group.supervisorName
        let participants = evaluation.participants.map { group.member($0)?.name ?? $0.rawValue }
        var fields: [ExportDocument.Field] = [
            .init(label: "Naam intervisiegroep", lines: [group.name]),
            .init(label: "Datum evaluatie", lines: [evaluation.date.dutch]),
        ]
        // The year it evaluates, which may have ended before the date of the evaluation.
        if let plan = group.year(of: evaluation) {
            fields.append(.init(label: "Jaargang", lines: ["van \(plan.from.dutch) tot \(plan.to.dutch)"]))
        }
        fields.append(.init(label: "Begeleider", lines: [supervisorName]))
        fields.append(.init(label: "Deelnemers (\(participants.count))", lines: participants))

        var blocks: [ExportDocument.Block] = [.fields(fields)]
        for question in EvaluationQuestion.allCases {
            blocks.append(.heading(question.text.nl))
            let answer = TextCleaning.lines(evaluation.answers[question] ?? "")
            blocks.append(.paragraph(answer.isEmpty ? [notAnswered] : answer))
        }
        return ExportDocument(title: title, blocks: blocks)
    }
}
