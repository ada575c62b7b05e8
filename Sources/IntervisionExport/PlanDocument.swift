import IntervisionCore

/// Lays the plan out as the official form does: the title, three sections as tables, the form's
/// footnotes and version line at the foot of every page.
enum PlanDocument {
    static func make(_ plan: PlanContent, draft: Bool) -> ExportDocument {
        typealias Form = OfficialPlanForm
        var blocks: [ExportDocument.Block] = []
        if draft {
            blocks.append(.paragraph([Form.draftExplanation], style: .small))
        }

        blocks.append(.heading(Form.Basisgegevens.heading))
        blocks.append(.fields([
            .init(label: Form.Basisgegevens.groupName, lines: [plan.groupName]),
            .init(label: Form.Basisgegevens.focusAreas, lines: plan.focusAreas),
            .init(label: Form.Basisgegevens.supervisor,
                  lines: [DutchFormatting.nameAndPhone(plan.supervisor.name, plan.supervisor.phone)]),
            .init(label: Form.Basisgegevens.contactPerson,
                  lines: [plan.contactPerson.map { DutchFormatting.nameAndPhone($0.name, $0.phone) } ?? ""]),
            .init(label: Form.Basisgegevens.remarks, lines: TextCleaning.lines(plan.remarks)),
            .init(label: Form.Basisgegevens.methods, lines: [plan.methods.joined(separator: ", ")]),
        ]))

        blocks.append(.heading(Form.Deelnemers.heading))
        blocks.append(.table(.init(
            columns: [.init(title: Form.Deelnemers.name, width: 0.42),
                      .init(title: Form.Deelnemers.specialism, width: 0.33),
                      .init(title: Form.Deelnemers.big, width: 0.25)],
            rows: plan.participants.map { [[$0.name], [$0.specialism], [$0.big ?? Form.noBIGNumber]] },
            emptyText: "")))

        blocks.append(.heading(Form.Planning.heading))
        blocks.append(.fields([
            .init(label: Form.Planning.period, lines: ["van \(plan.from.dutchShort) tot \(plan.to.dutchShort)"]),
            .init(label: Form.Planning.totalMeetings, lines: [plan.totalMeetings.map(String.init) ?? ""]),
            .init(label: Form.Planning.duration, lines: [plan.durationHours.map(DutchFormatting.hours) ?? ""]),
        ]))
        blocks.append(.table(.init(
            columns: [.init(title: Form.Planning.date, width: 0.25),
                      .init(title: Form.Planning.topics, width: 0.75)],
            rows: plan.meetings.map { [[$0.date?.dutchShort ?? ""], [$0.topic]] },
            emptyText: "")))

        return ExportDocument(title: Form.title, blocks: blocks,
                              footer: Form.footnotes + [Form.version], draft: draft)
    }
}
