import Foundation
import IntervisionCore

/// The annual evaluation with the group, in Dutch: the next year's application in GAIA asks for it.
/// It opens with the year's figures (meetings held against planned, each member's attendance and
/// whether it reached 75 %, the hours credited), then the answers, then a place and date for the
/// supervisor's signature.
public enum EvaluationExport {
    /// - Parameters:
    ///   - supervisor: the profile, for the supervisor's name when the group names none.
    ///   - today: the day the figures are counted on (meetings held up to it); for a year that
    ///     ended they are final.
    public static func markdown(group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil, today: CivilDate) -> String {
        MarkdownRenderer.render(document(group, evaluation, supervisor, today: today))
    }

    public static func html(group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil, today: CivilDate) -> String {
        HTMLRenderer.render(document(group, evaluation, supervisor, today: today))
    }

    public static func docx(group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil, today: CivilDate) -> Data {
        DocxRenderer.render(document(group, evaluation, supervisor, today: today))
    }

    public static func render(_ format: EvaluationFormat, group: Group, evaluation: Evaluation, supervisor: Supervisor? = nil,
                              today: CivilDate) -> Data {
        switch format {
        case .md: return Data(markdown(group: group, evaluation: evaluation, supervisor: supervisor, today: today).utf8)
        case .html: return Data(html(group: group, evaluation: evaluation, supervisor: supervisor, today: today).utf8)
        case .docx: return docx(group: group, evaluation: evaluation, supervisor: supervisor, today: today)
        }
    }

    static let title = "Jaarevaluatie intervisiegroep"
    static let notAnswered = "(niet ingevuld)"

    static func document(_ group: Group, _ evaluation: Evaluation, _ supervisor: Supervisor?, today: CivilDate) -> ExportDocument {
        let supervisorName = group.supervisorName.isBlank ? (supervisor?.name ?? "") : group.supervisorName
        let participants = evaluation.participants.map { group.member($0)?.name ?? $0.rawValue }
        var fields: [ExportDocument.Field] = [
            .init(label: "Naam intervisiegroep", lines: [group.name]),
            .init(label: "Datum evaluatie", lines: [evaluation.date.dutch]),
        ]
        // The year it evaluates, which may have ended before the date of the evaluation.
        let plan = group.year(of: evaluation)
        if let plan {
            fields.append(.init(label: "Jaargang", lines: ["van \(plan.from.dutch) tot \(plan.to.dutch)"]))
        }
        fields.append(.init(label: "Begeleider", lines: [supervisorName]))
        fields.append(.init(label: "Deelnemers (\(participants.count))", lines: participants))

        var blocks: [ExportDocument.Block] = [.fields(fields)]
        if let plan, let year = RulesEngine.report(for: group, year: plan.from, supervisor: supervisor, today: today)?.years.first {
            blocks += figures(year, group: group, today: today)
        }
        for question in EvaluationQuestion.allCases {
            blocks.append(.heading(question.text.nl))
            let answer = TextCleaning.lines(evaluation.answers[question] ?? "")
            blocks.append(.paragraph(answer.isEmpty ? [notAnswered] : answer))
        }
        blocks.append(.heading("Ondertekening"))
        blocks.append(.table(.init(
            columns: [.init(title: "Plaats", width: 0.3), .init(title: "Datum", width: 0.2),
                      .init(title: "Handtekening begeleider" + (supervisorName.isBlank ? "" : " (\(supervisorName))"), width: 0.5)],
            rows: [[[], [], []]],
            handwritten: true)))
        return ExportDocument(title: title, blocks: blocks)
    }

    /// The year in numbers, as the rules count it: meetings held against the plan's number, and
    /// per member attendance, 75 % and hours (a member without a BIG number earns none).
    static func figures(_ year: YearReport, group: Group, today: CivilDate) -> [ExportDocument.Block] {
        let ended = year.period.to < today
        let heading = ended ? "Cijfers van de jaargang" : "Cijfers van de jaargang (stand op \(today.dutch))"
        let held = year.held == 1 ? "1 bijeenkomst" : "\(year.held) bijeenkomsten"
        let hours = year.members.reduce(0) { $0 + $1.hoursThisYear }
        return [
            .heading(heading),
            .paragraph(["Gehouden: \(held) van de \(year.planned) geplande."]),
            .table(.init(
                columns: [.init(title: "Naam", width: 0.3), .init(title: "Aanwezig", width: 0.15),
                          .init(title: "Percentage", width: 0.17), .init(title: "75% gehaald", width: 0.17),
                          .init(title: "Uren", width: 0.21)],
                rows: year.members.map { member in
                    let big = group.member(member.memberID)?.big != nil
                    return [[member.name], ["\(member.attended) van \(member.expected)"],
                            [member.percentage.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"],
                            [member.reached75.map { $0 ? "ja" : "nee" } ?? "–"],
                            [big ? DutchFormatting.hours(member.hoursThisYear) : "geen BIG-nummer"]]
                },
                emptyText: "Geen deelnemers in deze jaargang.")),
            .paragraph(["Geaccrediteerde uren in totaal: \(DutchFormatting.hours(hours)) (1 klokuur netto = 1 accreditatie-uur)."]),
        ]
    }
}
