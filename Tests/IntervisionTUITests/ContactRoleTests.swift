import IntervisionCore
@testable import IntervisionApp
import Testing

/// The contact person's machine: no supervisor's profile, and no meetings recorded there. What only
/// the supervisor can act on is shown, muted, and is not counted as the contact person's error.
@Suite("The contact person's role")
struct ContactRoleTests {
    /// The demo groups without a profile (every group has SUPERVISOR_REGISTRATION), as a contact person.
    static func contactPerson(_ language: Language = .nl, size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = Fixture.withoutProfile(language, size: size)
        state.settings.role = .contactPerson
        return state
    }

    @Test func supervisorOnlyFindingsDoNotCountAsTheContactPersonsErrors() {
        let supervisor = Fixture.withoutProfile()
        let contact = Self.contactPerson()
        // The same reports; other counts.
        #expect(supervisor.catalog.reports == contact.catalog.reports)
        for (row, theirs) in zip(supervisor.catalog.rows.sorted { $0.groupIndex < $1.groupIndex },
                                 contact.catalog.rows.sorted { $0.groupIndex < $1.groupIndex }) {
            let report = supervisor.catalog.reports[row.groupIndex]
            let own = report.findings.filter { !Role.supervisorOnlyRules.contains($0.rule) }
            #expect(row.errors == report.errorCount)
            #expect(theirs.errors == own.filter { $0.severity == .error }.count)
            #expect(theirs.warnings == own.filter { $0.severity == .warning }.count)
        }
        func errors(_ state: AppState) -> Int { state.catalog.rows.reduce(0) { $0 + $1.errors } }
        #expect(errors(contact) <= errors(supervisor) - supervisor.catalog.count)  // at least SUPERVISOR_REGISTRATION per group
        // Changing the role in Settings recounts at once.
        var switched = Fixture.withoutProfile()
        Fixture.press([.character("s"), .down, .down, .right], &switched)
        #expect(switched.settings.role == .contactPerson)
        #expect(errors(switched) == errors(contact))
    }

    @Test func theirFindingsComeFirstAndTheSupervisorsAreMuted() throws {
        var state = Self.contactPerson()
        // (A contact person's Enter opens the plan; the group screen is reached from the plan's records.)
        let id = state.catalog.groups[state.catalog.rows[0].groupIndex].id
        state.stack.append(GroupScreen(groupID: id, groupIndex: state.catalog.rows[0].groupIndex))
        Fixture.press([.character("3")], &state)
        let content = try #require(state.content(of: state.top as! GroupScreen))
        let firstMuted = content.findings.firstIndex { !Role.contactPerson.actsOn($0) } ?? content.findings.count
        #expect(content.findings[firstMuted...].allSatisfy { !Role.contactPerson.actsOn($0) })
        #expect(content.findings.contains { $0.rule == .supervisorRegistration })
        // The muted rows are drawn muted, never in the error colour.
        let canvas = App.view(state)
        let lines = canvas.lines(), roles = canvas.roleLines()
        let name = RuleID.supervisorRegistration.shortName.text(.nl)
        let row = try #require(lines.firstIndex { $0.contains(name) })
        #expect(!roles[row].contains("E"))
        #expect(lines[1].contains("voor de begeleider"))
    }

    @Test func theSupervisorSeesEverythingAsBefore() throws {
        var state = Fixture.withoutProfile()
        Fixture.press([.enter, .character("3")], &state)
        let canvas = App.view(state)
        let name = RuleID.supervisorRegistration.shortName.text(.nl)
        let row = try #require(canvas.lines().firstIndex { $0.contains(name) })
        #expect(canvas.roleLines()[row].contains("E"))
        #expect(!canvas.lines()[1].contains("voor de begeleider"))
    }

    @Test func theWelcomeAddressesBothRolesAndCStartsAsContactPerson() {
        var state = Fixture.state(groups: [], firstStart: true)
        let text = Fixture.text(state)
        #expect(text.contains("De begeleider legt"))
        #expect(text.contains("De contactpersoon vult het jaarplan in"))
        #expect(text.contains("c: leeg beginnen als contactpersoon"))
        let effects = Fixture.press([.character("c")], &state)
        #expect(state.settings.role == .contactPerson)
        #expect(effects == [.saveSettings(state.settings)])
        #expect(state.top is OverviewScreen)
        #expect(state.message?.text.contains("contactpersoon") == true)
        // Any other key: the supervisor.
        var other = Fixture.state(groups: [], firstStart: true)
        Fixture.press([.character("x")], &other)
        #expect(other.settings.role == .supervisor)
    }

    @Test func theWelcomeKeepsItsKeysOnTheSmallestTerminal() {
        let state = Fixture.state(Size(width: 60, height: 16), groups: [], firstStart: true)
        let text = Fixture.text(state)
        #expect(text.contains("c: leeg beginnen als contactpersoon"))
        #expect(text.contains("Andere toets"))
    }
}

@Suite("Screen snapshots: the contact person")
struct ContactRoleSnapshotTests {
    @Test("findings", arguments: [Language.nl, .en])
    func findings(_ language: Language) {
        var state = ContactRoleTests.contactPerson(language)
        let index = state.catalog.rows[0].groupIndex
        state.stack.append(GroupScreen(groupID: state.catalog.groups[index].id, groupIndex: index))
        Fixture.press([.character("3")], &state)
        Snapshot.check(App.view(state), named: "contact-findings-80x24-\(language.rawValue)")
        state.stack = [OverviewScreen()]
        Snapshot.check(App.view(state), named: "contact-overview-80x24-\(language.rawValue)")
    }
}
