import Testing
@testable import IntervisionCore

/// The agenda across groups, as the overview, the agenda screen and the status line use it.
@Suite("Agenda: across groups")
struct AgendaBoardTests {
    @Test("buckets: overdue before today; this week today and 6 days on; this month up to a month on; later after", arguments: [
        ("2026-03-09", AgendaBucket.overdue), ("2026-03-10", .thisWeek), ("2026-03-16", .thisWeek),
        ("2026-03-17", .thisMonth), ("2026-04-09", .thisMonth), ("2026-04-10", .later),
    ])
    func bucket(due: String, expected: AgendaBucket) {
        #expect(AgendaBucket.of(d(due), today: d("2026-03-10")) == expected)
    }

    @Test("a month from the 31st ends on the last day of the next month")
    func monthFromTheEnd() {
        #expect(AgendaBucket.of(d("2026-02-27"), today: d("2026-01-31")) == .thisMonth)
        #expect(AgendaBucket.of(d("2026-02-28"), today: d("2026-01-31")) == .later)
    }

    /// Three groups: one with an attendance to report long ago (overdue), one too small (an error to
    /// fix today), one with nothing before its next planned meeting.
    func threeGroups() -> [Group] {
        var late = healthyGroup(heldDates: ["2026-01-10"])
        late.id = "late"
        late.name = "Zwolle"
        var small = healthyGroup(members: 3)
        small.id = "small"
        small.name = "Almere"
        var calm = healthyGroup(heldDates: ["2026-02-01"])
        calm.id = "calm"
        calm.name = "Breda"
        calm.meetings[0].reported = d("2026-02-02")
        return [calm, small, late]
    }

    @Test("the overview: by the most urgent action's date, an error first on the same day")
    func overviewOrder() throws {
        let groups = threeGroups()
        let agendas = Agenda.groups(groups, supervisor: profile, today: d("2026-03-01"))
        #expect(agendas.map(\.groupName) == ["Zwolle", "Almere", "Breda"])
        let zwolle = try #require(agendas.first)
        #expect(zwolle.mostUrgent?.kind == .reportAttendance && zwolle.overdue == 1)
        #expect(agendas[1].mostUrgent?.kind == .fix && agendas[1].errors == 1 && agendas[1].dueThisWeek == 1)
        // The same rows from reports at hand, as the app keeps them.
        let reports = groups.map { RulesEngine.report(for: $0, supervisor: profile, today: d("2026-03-01")) }
        #expect(Agenda.groups(groups, reports: reports) == agendas)
    }

    @Test("every action of every group, by due date, cut at --until; the status line's counts")
    func allActions() {
        let agendas = Agenda.groups(threeGroups(), supervisor: profile, today: d("2026-03-01"))
        let all = Agenda.actions(of: agendas)
        #expect(all.count == agendas.reduce(0) { $0 + $1.actions.count })
        #expect(all.map(\.due) == all.map(\.due).sorted())
        let soon = Agenda.actions(of: agendas, until: d("2026-03-01"))
        #expect(soon.allSatisfy { $0.due <= d("2026-03-01") } && soon.contains { $0.isOverdue })
        let summary = Agenda.summary(agendas)
        #expect(summary.overdue == all.filter(\.isOverdue).count)
        #expect(summary.dueThisWeek == all.filter { AgendaBucket.of($0.due, today: d("2026-03-01")) == .thisWeek }.count)
        #expect(summary.text?.nl == "\(summary.overdue) te laat, \(summary.dueThisWeek) deze week")
        #expect(AgendaSummary(overdue: 0, dueThisWeek: 0).text == nil)
        #expect(AgendaSummary(overdue: 0, dueThisWeek: 2).text?.en == "2 due this week")
    }

    @Test("the merged list is exactly the urgency order, across many groups with the same dates")
    func mergeIsTheUrgencyOrder() {
        let data = DemoData.generate(groups: 120, seed: 3, today: d("2026-11-22"))
        let agendas = Agenda.groups(data.groups, supervisor: data.supervisor, today: d("2026-11-22"))
        let all = agendas.flatMap(\.actions)
        #expect(Agenda.actions(of: agendas) == all.sorted(by: AgendaAction.urgencyOrder))
        #expect(Agenda.actions(of: agendas, until: d("2026-12-01")) == all.filter { $0.due <= d("2026-12-01") }.sorted(by: AgendaAction.urgencyOrder))
        #expect(agendas == agendas.sorted(by: Agenda.overviewOrder))
    }

    @Test("the agenda screen's sections, in order, without empty ones")
    func sections() {
        let agendas = Agenda.groups(threeGroups(), supervisor: profile, today: d("2026-03-01"))
        let sections = Agenda.buckets(Agenda.actions(of: agendas), today: d("2026-03-01"))
        #expect(sections.map(\.bucket) == [.overdue, .thisWeek, .thisMonth, .later].filter { bucket in
            sections.contains { $0.bucket == bucket }
        })
        #expect(sections.first?.bucket == .overdue)
        #expect(sections.allSatisfy { !$0.actions.isEmpty })
        #expect(AgendaBucket.thisWeek.title.nl == "Deze week")
    }

    @Test("a group whose only problems are in a closed year is not on top")
    func closedYearsStayDown() throws {
        // 2026 ended with two meetings far apart (errors); 2027 runs well: submitted, a meeting held and reported.
        var old = healthyGroup(heldDates: ["2026-02-01", "2026-12-01", "2027-02-10"])
        old.id = "old"
        old.name = "Aardig oud"
        for index in old.meetings.indices { old.meetings[index].reported = old.meetings[index].date }
        try old.recordEvaluation(on: d("2026-02-01"), participants: [], answers: [:])
        old.plans.append(YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                  planned: ["2027-02-10", "2027-05-01", "2027-07-01", "2027-10-01"].map { PlannedMeeting(date: d($0)) },
                                  submitted: d("2026-12-01")))
        var fresh = healthyGroup()
        fresh.id = "fresh"
        fresh.name = "Nieuw"
        fresh.plans = [YearPlan(from: d("2027-01-01"), to: d("2027-12-31"), totalMeetings: 4, durationHours: 2,
                                planned: ["2027-03-01", "2027-05-01", "2027-07-01", "2027-10-01"].map { PlannedMeeting(date: d($0)) },
                                submitted: d("2026-12-01"))]
        let before = Agenda.groups([fresh, old], supervisor: profile, today: d("2027-02-15"))
        #expect(before.first?.groupName == "Aardig oud")  // close 2026: overdue since 30-01-2027
        #expect(before.first?.mostUrgent?.kind == .closeYear && before.first?.mostUrgent?.severity == .error)
        try old.closeYear(from: d("2026-01-01"), on: d("2027-02-15"))
        let after = Agenda.groups([fresh, old], supervisor: profile, today: d("2027-02-15"))
        #expect(after.map(\.groupName) == ["Nieuw", "Aardig oud"])
        #expect(after[1].errors == 0 && after[1].overdue == 0)
    }

    @Test("a contact person's agenda: the plan and the meetings' dates, not the supervisor's records")
    func contactPersonsActions() {
        let today = d("2026-12-10")
        let data = DemoData.generate(groups: 8, seed: 1, today: today)
        let agendas = Agenda.groups(data.groups, supervisor: nil, today: today)
        let all = agendas.flatMap(\.actions)
        // The demo without a profile has each kind the filter decides on.
        #expect(all.contains { $0.rule == .supervisorRegistration } && all.contains { $0.kind == .evaluate }
                && all.contains { $0.kind == .closeYear } && all.contains { $0.kind == .planNextYear })
        for agenda in agendas {
            let mine = agenda.acting(as: .contactPerson, today: today)
            #expect(mine.actions == agenda.actions.filter { [.submitPlan, .planNextYear, .holdMeeting].contains($0.kind)
                || ($0.kind == .fix && !$0.findings.contains { Role.supervisorOnlyRules.contains($0.rule) }) })
            #expect(mine.overdue == mine.actions.filter(\.isOverdue).count)
            #expect(mine.dueThisWeek == mine.actions.filter { AgendaBucket.of($0.due, today: today) == .thisWeek }.count)
            #expect(agenda.acting(as: .supervisor, today: today) == agenda)
        }
        #expect(agendas.contains { $0.acting(as: .contactPerson, today: today).actions.contains { $0.kind == .planNextYear } })
    }
}
