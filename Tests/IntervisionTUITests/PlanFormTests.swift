import Foundation
import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

/// The plan form as a contact person and a supervisor use it, key by key.
@Suite("Plan form: keys, checks, roles")
struct PlanFormTests {
    static let today = Fixture.today  // 2026-11-22

    /// A state with no groups, a supervisor profile, and a new group made with `n`: the form opens.
    static func newGroupForm(_ language: Language = .nl, size: Size = Size(width: 80, height: 24), role: Role = .supervisor) -> AppState {
        var state = AppState(size: size, today: today, settings: Settings(language: language, role: role), groups: [],
                             supervisor: Supervisor(name: "Marieke van den Berg", phone: "06-12345678"), firstStart: false)
        Fixture.press([.character("n")], &state)
        Fixture.type("IC Leiden", &state)
        Fixture.press([.enter], &state)
        return state
    }

    static func form(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) throws -> (PlanFormScreen, PlanFormContent) {
        guard let form = state.top as? PlanFormScreen else {
            Issue.record("expected the plan form, got \(state.top)", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        return (form, try #require(PlanFormContent(screen: form, state: state), sourceLocation: sourceLocation))
    }

    /// The group as the plan form holds it: its unsaved edits (the draft), else as saved.
    static func group(_ state: AppState, _ id: GroupID = "ic-leiden") -> Group {
        if let form = state.top as? PlanFormScreen, form.groupID == id, let draft = form.draft { return draft }
        return saved(state, id)
    }

    /// The group as the store has it (the catalog takes a change only once the store confirmed it).
    static func saved(_ state: AppState, _ id: GroupID = "ic-leiden") -> Group { state.catalog.groups.first { $0.id == id }! }

    /// Tab (or Shift-Tab) until the focus is on `target`.
    static func tab(to target: FormTarget, _ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for _ in 0..<80 {
            let (form, content) = try form(state)
            if form.focus == target { return }
            guard let here = content.targets.firstIndex(of: form.focus), let there = content.targets.firstIndex(of: target) else { break }
            Fixture.press([there > here ? .tab : .backTab], &state)
        }
        Issue.record("never reached \(target)", sourceLocation: sourceLocation)
    }

    static func screenText(_ state: AppState) -> String { App.view(state).lines().joined(separator: "\n") }

    // MARK: New group and roles

    @Test func aNewGroupIsMadeAndItsPlanOpens() throws {
        var state = AppState(size: Size(width: 80, height: 24), today: Self.today, groups: [], supervisor: nil, firstStart: false)
        Fixture.press([.character("n"), .enter], &state)
        guard let dialog = state.top as? NewGroupScreen else { Issue.record("n asks the name"); return }
        #expect(dialog.error == EditError.emptyName.message)
        Fixture.type("Geïntensiveerde zorg", &state)
        let effects = Fixture.press([.enter], &state)
        let made = try #require(state.catalog.groups.first)
        #expect(made.id == "geintensiveerde-zorg" && made.name == "Geïntensiveerde zorg")
        #expect(effects == [.saveGroup(made)])
        let (form, content) = try Self.form(state)
        #expect(form.focus == .groupName && content.planIndex == nil)  // the plan is made by its first edit
        #expect(content.plan.from == CivilDate(year: 2026, month: 12, day: 1) && content.plan.to == CivilDate(year: 2027, month: 11, day: 30))
        // A second group with the same name is refused by the field.
        Fixture.press([.escape, .character("n")], &state)
        Fixture.type("geïntensiveerde ZORG", &state)
        Fixture.press([.enter], &state)
        guard let twin = state.top as? NewGroupScreen else { Issue.record("stays in the dialog"); return }
        #expect(twin.error?.en.contains("there is already a group") == true)
        #expect(Self.screenText(state).contains("there is already a group"))
    }

    @Test func theContactPersonOpensOnTheFormOfTheirGroup() throws {
        let one = [Fixture.demo.groups[2]]
        let state = AppState(size: Size(width: 80, height: 24), today: Self.today, settings: Settings(language: .nl, role: .contactPerson),
                             groups: one, supervisor: nil, firstStart: false)
        let (form, _) = try Self.form(state)
        #expect(form.groupID == one[0].id)
        #expect(state.stack.count == 2)  // Esc goes to the overview
        // With several groups: the overview (its plan column), and Enter opens a plan, not the records.
        var several = Fixture.state()
        several.settings.role = .contactPerson
        several = AppState(size: several.size, today: Self.today, settings: several.settings, groups: Fixture.demo.groups,
                           supervisor: Fixture.demo.supervisor, firstStart: false)
        guard several.top is OverviewScreen else { Issue.record("overview first"); return }
        Fixture.press([.enter], &several)
        _ = try Self.form(several)
        // The supervisor reaches the same form with p, from the overview and from a group.
        var supervisor = Fixture.state()
        Fixture.press([.character("p")], &supervisor)
        _ = try Self.form(supervisor)
        Fixture.press([.escape, .enter, .character("p")], &supervisor)
        _ = try Self.form(supervisor)
        #expect(App.view(supervisor).lines()[0].contains("Jaarplan"))
    }

    // MARK: Editing in place

    @Test func textFieldsEditInPlaceWithCursorAndUTF8() throws {
        var state = Self.newGroupForm()
        // Arriving in a field, typing replaces its text; an arrow first edits it instead.
        Fixture.press([.left, .home], &state)
        Fixture.type("Zoë's ", &state)
        Fixture.press([.end, .backspace, .backspace], &state)  // "…Leiden" → "…Leid"
        Fixture.type("e👍", &state)
        Fixture.press([.left, .backspace], &state)  // removes the "e" before the emoji in one go
        #expect(try Self.form(state).0.editor.text == "Zoë's IC Leid👍")
        Fixture.press([.home, .delete, .character("z")], &state)
        #expect(Fixture.press([.tab], &state).isEmpty, "leaving a field keeps the edit in the form")
        #expect(Self.group(state).name == "zoë's IC Leid👍")
        #expect(Self.saved(state).name == "IC Leiden")
        // Back in the field, a letter replaces the whole text; Esc undoes the typing.
        Fixture.press([.backTab], &state)
        Fixture.type("Nieuw", &state)
        #expect(try Self.form(state).0.editor.text == "Nieuw")
        Fixture.press([.escape], &state)
        #expect(try Self.form(state).0.editor.text == "zoë's IC Leid👍")
        Fixture.press([.backspace, .tab], &state)  // an empty name is refused, by the field
        #expect(Self.group(state).name == "zoë's IC Leid👍")
        #expect(try Self.form(state).0.errors[.groupName] == EditError.emptyName.message)
        #expect(Self.screenText(state).contains("↳ de naam is leeg"))
    }

    @Test func tabOnTheLastRowAddsARowAndAnEmptyRowEndsTheTable() throws {
        var state = Self.newGroupForm()
        try Self.tab(to: .participant(0, .name), &state)
        // Cells of a new row typed before its name come along when the name is given.
        Fixture.press([.tab], &state)
        Fixture.type("Chirurgie", &state)
        Fixture.press([.tab], &state)
        #expect(Self.screenText(state).contains("↳ vul eerst de naam in"))
        Fixture.type("123456789", &state)
        #expect(Self.screenText(state).contains("↳ → 00123456789"))  // how a 9-digit number will be kept
        Fixture.press([.backTab, .backTab], &state)
        Fixture.type("Anna Müller", &state)
        Fixture.press([.tab], &state)
        #expect(Self.group(state).members.map(\.name) == ["Anna Müller"])
        #expect(Self.group(state).members.first?.specialism == "Chirurgie")
        #expect(Self.group(state).members.first?.big?.digits == "00123456789")
        try Self.tab(to: .participant(0, .big), &state)
        Fixture.press([.tab], &state)  // Tab on the last cell of the last row adds a row
        var (form, content) = try Self.form(state)
        #expect(form.focus == .participant(1, .name))
        #expect(content.participantRows == 2 && content.participants.count == 1)
        Fixture.type("Bram Çelik", &state)
        Fixture.press([.tab], &state)
        Fixture.type("Urologie", &state)
        Fixture.press([.tab, .tab], &state)  // BIG left empty; Tab on the last cell adds a row
        (form, content) = try Self.form(state)
        #expect(form.focus == .participant(2, .name) && content.participantRows == 3)
        Fixture.press([.tab], &state)  // Tab on the empty new row: done with the table, on to the contact person
        (form, content) = try Self.form(state)
        #expect(form.focus == .contact && content.participantRows == 2)
    }

    /// Tab from the top of a new group's form to the planning, collecting where it stops.
    static func tabStops(_ state: inout AppState) throws -> [FormTarget] {
        var stops: [FormTarget] = []
        for _ in 0..<20 {
            let focus = try form(state).0.focus
            stops.append(focus)
            if focus == .periodFrom { break }
            Fixture.press([.tab], &state)
        }
        return stops
    }

    @Test func aLongGroupNameShowsItsBeginningCutWithAnEllipsis() throws {
        var groups = Fixture.demo.groups
        let name = "Intervisiegroep Medisch Specialisten Geïntensiveerde Zorg Regio Leiden en Omstreken Noord"
        groups[0].name = name
        var state = Fixture.state(groups: groups)
        Fixture.press(Array(repeating: .down, count: state.catalog.rowIndex(of: groups[0].id)!) + [.character("p")], &state)
        #expect(try Self.form(state).0.focus == .groupName)
        let line = try #require(App.view(state).lines().first { $0.hasPrefix("    Intervisiegroep") })  // under its label
        #expect(line.trimmingSpaces().hasPrefix("Intervisiegroep Medisch Specialisten"))
        #expect(line.trimmingSpaces().hasSuffix("…"))
        // Editing scrolls to the cursor: End shows the name's end.
        Fixture.press([.end], &state)
        #expect(App.view(state).lines().contains { $0.contains("Omstreken Noord") })
    }

    @Test func tabPassesOverWhatCannotBeFilledInYetAndChoosesTheContactAfterTheParticipants() throws {
        // No participants yet: no contact person to choose, no phone to give.
        var state = Self.newGroupForm()
        let top: [FormTarget] = [.groupName, .focusAreas, .supervisorName, .supervisorPhone, .remarks, .methods]
        #expect(try Self.tabStops(&state) == top + [.participant(0, .name), .participant(0, .specialism), .participant(0, .big), .periodFrom])
        // A participant: the contact choice after the table; its phone not before one is chosen.
        try Self.tab(to: .participant(0, .name), &state)
        Fixture.type("Anna Müller", &state)
        try Self.tab(to: .groupName, &state)
        #expect(try Self.tabStops(&state) == top + [.participant(0, .name), .participant(0, .specialism), .participant(0, .big),
                                                     .participant(1, .name), .contact, .periodFrom])
        // Chosen: the phone follows the choice.
        try Self.tab(to: .contact, &state)
        Fixture.press([.enter, .enter], &state)
        #expect(Self.group(state).contactPerson?.name == "Anna Müller")
        Fixture.press([.tab], &state)
        #expect(try Self.form(state).0.focus == .contactPhone)
        Fixture.press([.tab], &state)
        #expect(try Self.form(state).0.focus == .periodFrom)
        // ↑/↓ pass over the contact's line too while it takes no input.
        var empty = Self.newGroupForm()
        try Self.tab(to: .supervisorName, &empty)
        Fixture.press([.down], &empty)
        #expect(try Self.form(empty).0.focus == .remarks)
    }

    @Test func removingARowSaysWhatItMeans() throws {
        var group = Fixture.demo.groups[0]
        let withHistory = try #require(group.members.first { group.hasRecords($0.id) && $0.left == nil })
        try group.addMember(name: "Nooit Geweest", specialism: "Urologie")
        var state = Fixture.state(groups: [group])
        Fixture.press([.character("p")], &state)
        var content = try Self.form(state).1
        let newcomerRow = try #require(content.participants.firstIndex { $0.name == "Nooit Geweest" })
        try Self.tab(to: .participant(newcomerRow, .specialism), &state)
        #expect(Fixture.press([.control("r")], &state).isEmpty)  // first: says what will happen
        #expect(state.message?.text.contains("Nooit Geweest was nog bij geen bijeenkomst") == true)
        // The second removes the row from the form's draft; Ctrl-S saves it, like every edit on the form.
        #expect(Fixture.press([.control("r")], &state).isEmpty)
        #expect(state.message?.text == "Nooit Geweest is uit de groep gehaald.")
        let afterDelete = Self.group(state, group.id)
        #expect(!afterDelete.members.contains { $0.name == "Nooit Geweest" })
        #expect(Self.saved(state, group.id).members.contains { $0.name == "Nooit Geweest" }, "not saved before Ctrl-S")

        content = try Self.form(state).1
        let row = try #require(content.participants.firstIndex { $0.id == withHistory.id })
        try Self.tab(to: .participant(row, .name), &state)
        Fixture.press([.control("r")], &state)
        #expect(state.message?.text.contains("markeert \(withHistory.name) als vertrokken per 22-11-2026") == true)
        Fixture.press([.control("r")], &state)
        #expect(Self.group(state, group.id).member(withHistory.id)?.left == Self.today)  // the record stays
        #expect(Self.screenText(state).contains("↳ \(withHistory.name) is vertrokken per 22-11-2026; staat op de lijst"))
        // A key in between disarms it.
        try Self.tab(to: .participant(0, .name), &state)
        Fixture.press([.control("r"), .down, .up, .control("r")], &state)
        #expect(Self.group(state, group.id).members.count == afterDelete.members.count)
        // Outside a table Ctrl-R only explains.
        Fixture.press([.pageUp, .pageUp, .pageUp, .control("r")], &state)
        #expect(state.message?.text.contains("Ctrl-R verwijdert een rij") == true)
        // Ctrl-S saves both removals as one change, which u on the group takes back.
        let draft = Self.group(state, group.id)
        #expect(Fixture.press([.control("s")], &state) == [.saveGroup(draft)])
        #expect(Self.saved(state, group.id) == draft)
        #expect(try Self.form(state).0.draft == nil)
        #expect(state.undo?.before == group && state.undo?.after == draft)
    }

    // MARK: Validation by the field

    @Test func bigPhoneDateAndNumbersAreCheckedAsTyped() throws {
        var state = Self.newGroupForm()
        try Self.tab(to: .supervisorPhone, &state)
        Fixture.type("06-1234", &state)
        #expect(Self.screenText(state).contains("↳ telefoonnummer '06-1234' heeft 6 cijfers; 10 nodig"))
        Fixture.press([.tab], &state)
        #expect(try Self.form(state).0.errors[.supervisorPhone] != nil)
        #expect(Self.group(state).supervisorPhone.isEmpty)  // refused: nothing stored, the text kept
        #expect(try Self.form(state).0.drafts[.supervisorPhone] == "06-1234")

        try Self.tab(to: .participant(0, .name), &state)
        Fixture.type("Anna", &state)
        Fixture.press([.tab, .tab], &state)
        Fixture.type("12a", &state)
        #expect(Self.screenText(state).contains("BIG-nummer '12a' mag alleen cijfers bevatten"))
        Fixture.press([.tab], &state)
        #expect(Self.group(state).members[0].big == nil)
        #expect(try Self.form(state).0.errors[.participant(0, .big)] == BIGNumber.InputError.notDigits("12a").message)

        try Self.tab(to: .periodFrom, &state)
        Fixture.type("31-02-2027", &state)
        #expect(Self.screenText(state).contains("'31-02-2027' bestaat niet: die maand heeft 28 dagen"))
        Fixture.press([.tab], &state)
        #expect(Self.group(state).plans.isEmpty)
        Fixture.press([.tab], &state)
        Fixture.type("vier", &state)
        Fixture.press([.tab], &state)
        #expect(try Self.form(state).0.errors[.totalMeetings] == NumberInput.InputError.notACount("vier").message)
        Fixture.type("2.5", &state)
        Fixture.press([.tab], &state)
        #expect(Self.group(state).plans.first?.durationHours == 2.5)  // the first good value makes the plan
        // The narrow panel counts what was refused.
        #expect(Self.screenText(state).contains("Niet bewaard: 4"))
    }

    @Test func plannedDatesAreCheckedAsTheyAreTyped() throws {
        var state = Self.newGroupForm(.en)
        try Self.tab(to: .periodFrom, &state)
        Fixture.type("2027-01-01", &state)
        Fixture.press([.tab], &state)
        #expect(Self.group(state).plans.map(\.to) == [CivilDate(year: 2027, month: 12, day: 31)])  // the year moved along
        try Self.tab(to: .meeting(0, .date), &state)
        Fixture.type("2027-01-12", &state)
        Fixture.press([.tab], &state)
        Fixture.type("Start", &state)
        Fixture.press([.tab, .tab, .tab], &state)  // past the time and location: Tab on the last cell adds a row
        Fixture.type("2027-05-20", &state)
        // While typing, the new date is checked against the one before it.
        var content = try Self.form(state).1
        #expect(content.problems.contains { $0.index == 1 && $0.rule == .meetingInterval })
        #expect(Self.screenText(state).contains("2027-05-20 is more than 3 months after 2027-01-12 (due by 2027-04-12)"))
        #expect(content.problems.contains { $0.index == nil && $0.message.en == "2 meetings planned; at least 4 needed" })
        Fixture.press([.backspace, .backspace, .backspace, .backspace, .backspace], &state)
        Fixture.type("03-20", &state)
        Fixture.press([.tab, .tab, .tab, .tab], &state)
        Fixture.type("2028-02-01", &state)
        Fixture.press([.tab], &state)
        content = try Self.form(state).1
        #expect(content.problems.map(\.message.en).contains("2028-02-01 is outside the year 2027-01-01 – 2027-12-31"))
        #expect(!content.problems.contains { $0.rule == .meetingInterval && $0.index == 1 })
    }

    @Test func whatIsMissingIsAlwaysInView() throws {
        var narrow = Self.newGroupForm(.nl)
        #expect(Self.screenText(narrow).contains("Nog in te vullen (6): Aandachtsgebied(en) · Contactpersoon + telefoon"))
        var wide = Self.newGroupForm(.en, size: Size(width: 120, height: 40))
        let text = Self.screenText(wide)
        for line in ["Still to fill in (6)", "• Focus area(s)", "• Contact person + phone", "• Intervision methods",
                     "• Participants (name,", "• Total number of meetings", "• Duration (net hours)"] {
            #expect(text.contains(line), "\(line)")
        }
        #expect(!text.contains("• Supervisor + phone"))  // from the profile
        // Scrolling far down keeps the panel.
        Fixture.press([.pageDown, .pageDown, .pageDown], &narrow)
        #expect(Self.screenText(narrow).contains("Nog in te vullen (6)"))
        Fixture.press([.pageDown], &wide)
        #expect(Self.screenText(wide).contains("Still to fill in (6)"))
    }

    // MARK: Choosing

    @Test func focusAreasMethodsAndTheContactAreChosen() throws {
        var state = Self.newGroupForm()
        try Self.tab(to: .participant(0, .name), &state)
        Fixture.type("Anna", &state)
        Fixture.press([.tab], &state)
        try Self.tab(to: .focusAreas, &state)
        Fixture.press([.enter], &state)
        #expect(state.top.keyScope == .planChoice)
        Fixture.press([.character(" "), .down, .down, .character(" ")], &state)
        Fixture.type("Palliatieve zorg", &state)  // typing starts an own entry
        Fixture.press([.enter, .enter], &state)  // add it, then done
        #expect(Self.group(state).focusAreas == ["Professioneel handelen", "Samenwerking in het team en de maatschap", "Palliatieve zorg"])
        // Esc closes without change.
        Fixture.press([.enter, .character(" "), .escape], &state)
        #expect(Self.group(state).focusAreas.count == 3)
        try Self.tab(to: .methods, &state)
        Fixture.press([.enter, .down, .character(" "), .enter], &state)
        #expect(Self.group(state).methods == ["Balintmethode"])
        try Self.tab(to: .contact, &state)
        Fixture.press([.enter, .enter], &state)
        #expect(Self.group(state).contactPerson?.name == "Anna")
        Fixture.press([.tab], &state)
        Fixture.type("06-11111111", &state)
        Fixture.press([.tab], &state)
        #expect(Self.group(state).contactPerson?.phone == "06-11111111")
    }

    @Test func nextAndPreviousPlanYear() throws {
        var group = Fixture.demo.groups[1]
        group.plans = group.plans.filter { $0.from <= Self.today }
        var state = Fixture.state(groups: [group])
        Fixture.press([.character("p")], &state)
        let start = try Self.form(state).1.plan
        Fixture.press([.control("n")], &state)
        let next = try Self.form(state).1
        #expect(next.planIndex == nil && next.plan.from == start.to.adding(days: 1))
        Fixture.press([.control("n")], &state)
        #expect(state.message?.text == "Dit is het laatste jaarplan.")
        Fixture.press([.control("p"), .control("p")], &state)
        #expect(try Self.form(state).1.plan.to < start.from)
    }

    // MARK: Export from the form

    @Test func theSupervisorExportsTheCompletedPlanAndTheDateIsRecorded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var group = Fixture.demo.groups[1]
        let plan = try #require(group.plans.last)
        group.plans[group.plans.count - 1].exported = nil
        group.plans[group.plans.count - 1].submitted = nil
        var state = Fixture.state(groups: [group])
        state.exportFolder = folder.path
        Fixture.press([.character("p")], &state)
        #expect(try Self.form(state).1.plan.from == plan.from)
        Fixture.press([.control("x")], &state)
        guard state.top is ExportScreen else { Issue.record("Ctrl-X opens the export dialog"); return }
        #expect(Self.screenText(state).contains("Bestand: "))
        #expect(Self.screenText(state).contains("/jaarplan-"))
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = effects.first else { Issue.record("Enter asks to write: \(effects)"); return }
        #expect(order.fileName.hasPrefix("jaarplan-") && order.fileName.hasSuffix(".docx"))
        let store = InMemoryDataStore()
        var runner = StoreEffectRunner(store: store, themes: ThemeLoader(dataFolder: nil), today: Self.today)
        var saves: [Effect] = []
        for event in runner.run(effects[0]) { saves += App.update(&state, event) }
        #expect(state.catalog.groups[0].plans.first { $0.from == plan.from }?.exported == nil, "recorded once the store has it")
        Fixture.answer(saves, &state)
        let path = folder.appendingPathComponent(order.fileName).path
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(state.message?.text == "Geschreven: \(path) · jaarplan geëxporteerd op 22-11-2026")
        let recorded = state.catalog.groups[0].plans.first { $0.from == plan.from }
        #expect(recorded?.exported == Self.today)
        #expect(saves == [.saveSettings(state.settings), .saveGroup(state.catalog.groups[0])])  // the folder, the date
        #expect(state.settings.exportFolder == folder.path)
        #expect(state.catalog.reports[0].planStatus == .exported(Self.today))
        let (_, content) = try Self.form(state)  // back on the form, which says so
        #expect(content.plan.exported == Self.today)

        // Again: the file exists; the dialog asks, and Enter overwrites.
        Fixture.press([.control("x")], &state)
        var more = Fixture.press([.enter], &state)
        for event in runner.run(more[0]) { more += App.update(&state, event) }
        guard let asking = state.top as? ExportScreen else { Issue.record("the dialog stays"); return }
        #expect(asking.overwrite == path)
        #expect(Self.screenText(state).contains("bestaat al"))
        let force = Fixture.press([.enter], &state)
        guard case .export(let forced) = force.first else { return }
        #expect(forced.force)
    }

    @Test func anIncompletePlanIsOnlyADraft() throws {
        var state = Self.newGroupForm()
        try Self.tab(to: .totalMeetings, &state)
        Fixture.type("4", &state)
        Fixture.press([.tab, .control("x")], &state)
        guard var dialog = state.top as? ExportScreen else { Issue.record("export dialog"); return }
        #expect(dialog.draft)  // incomplete: draft from the start
        dialog.draft = false
        state.stack[state.stack.count - 1] = dialog
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(Self.screenText(state).contains("het jaarplan is niet volledig"))
    }
}
