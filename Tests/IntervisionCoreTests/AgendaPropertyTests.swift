import Testing
@testable import IntervisionCore

/// Findings and actions are two views of one report: whatever the records, every error finding is
/// resolved by exactly one action, and an action only carries findings of its own group's report.
@Suite("Agenda: every error leads to an action")
struct AgendaPropertyTests {
    /// Demo groups on many days, each also bent out of shape in one of a few ways (members gone,
    /// plans unsubmitted or removed, evaluations lost, years closed), so that every rule's errors occur.
    @Test("every error finding is resolved by exactly one action", arguments: 1...12)
    func everyErrorHasOneAction(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let base = d("2027-06-01")
        let data = DemoData.generate(groups: 12, seed: UInt64(seed), today: base)
        var errorsSeen = 0
        for group in data.groups {
            for _ in 0..<6 {
                let today = base.adding(days: random.next(below: 900) - 600)
                let bent = Self.bend(group, random: &random, today: today)
                let report = RulesEngine.report(for: bent, supervisor: random.next(below: 4) == 0 ? nil : data.supervisor, today: today)
                let actions = Agenda.actions(for: bent, report: report)
                let resolved = actions.flatMap(\.findings)
                for finding in report.findings where finding.severity == .error {
                    errorsSeen += 1
                    let count = resolved.filter { $0 == finding }.count
                    #expect(count == 1, "\(bent.name) on \(today.iso): \(finding.rule.rawValue) '\(finding.message.en)' resolved \(count) times")
                }
                #expect(resolved.allSatisfy { report.findings.contains($0) })
                #expect(actions.allSatisfy { $0.groupID == bent.id && $0.isOverdue == ($0.due < today) })
                #expect(actions == actions.sorted(by: AgendaAction.urgencyOrder))
                // An action that resolves an error says so.
                #expect(actions.allSatisfy { action in action.findings.contains { $0.severity == .error } == (action.severity == .error) })
            }
        }
        #expect(errorsSeen > 50, "the generator should produce errors to check")
    }

    static func bend(_ group: Group, random: inout SeededRandom, today: CivilDate) -> Group {
        var group = group
        switch random.next(below: 8) {
        case 0: group.members = Array(group.members.prefix(3))
        case 1: for index in group.plans.indices { group.plans[index].submitted = nil }
        case 2: group.evaluations = []
        case 3: group.plans = []
        case 4: group.plans.removeLast()
        case 5:
            for index in group.plans.indices { group.plans[index].closed = nil }
            group.meetings.removeAll { $0.date.day < 10 }
        case 6:
            group.plans = group.plans.map { plan in
                var plan = plan
                plan.planned.removeAll()
                plan.totalMeetings = 3
                return plan
            }
        default: break
        }
        return group
    }
}
