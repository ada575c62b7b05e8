import Foundation
import IntervisionCore
@testable import IntervisionApp
@testable import IntervisionRuntime
import Testing

extension AppState {
    var profileForm: ProfileForm? { top as? ProfileForm }
}

extension Fixture {
    /// The demo groups with no supervisor's profile on file: every group has SUPERVISOR_REGISTRATION.
    static func withoutProfile(_ language: Language = .nl, size: Size = Size(width: 80, height: 24), groups: [Group]? = nil) -> AppState {
        AppState(size: size, today: today, settings: Settings(language: language), environmentLanguage: .en,
                 groups: groups ?? demo.groups, supervisor: nil, firstStart: false)
    }

    static func supervisorFindings(_ state: AppState) -> Int {
        state.catalog.reports.reduce(0) { $0 + $1.findings.filter { $0.rule == .supervisorRegistration }.count }
    }
}

@Suite("The supervisor's profile")
struct ProfileFormTests {
    /// From Settings: s, the last row (the profile), Enter.
    static let fromSettings: [Key] = [.character("s"), .end, .enter]

    @Test func openedFromSettingsWithEnterOrRight() throws {
        var state = Fixture.state()
        Fixture.press(Self.fromSettings, &state)
        let form = try #require(state.profileForm)
        #expect(form.text(.name) == "Marieke van den Berg")
        #expect(form.registration == .coachesVoorMedici)
        #expect(form.visibleFields == [.name, .phone, .registration, .number])
        #expect(Fixture.text(state).contains("✓ Voldoet aan de eis voor de registratie van de begeleider."))
        Fixture.press([.escape], &state)  // nothing changed: no question
        guard state.top is SettingsScreen else { Issue.record("Esc goes back to Settings"); return }
        Fixture.press([.right], &state)
        #expect(state.profileForm != nil)
        // ← on the row opens nothing (it is not a value to cycle).
        Fixture.press([.escape, .left], &state)
        guard state.top is SettingsScreen else { Issue.record("← stays in Settings"); return }
    }

    @Test func theFindingOpensTheFormWhichFillsInTheProfileForEveryGroup() throws {
        var state = Fixture.withoutProfile()
        #expect(Fixture.supervisorFindings(state) == state.catalog.count)
        Fixture.press([.enter, .character("3")], &state)
        let group = try #require(state.groupScreen)
        let content = try #require(state.content(of: group))
        let row = try #require(content.findings.firstIndex { $0.rule == .supervisorRegistration })
        Fixture.press(Array(repeating: .down, count: row) + [.enter], &state)
        _ = try #require(state.profileForm, "Enter on SUPERVISOR_REGISTRATION opens the profile")
        #expect(Fixture.text(state).contains("✗ Voldoet niet (registratie begeleider): Geen registratie van de begeleider"))

        Fixture.type("Marieke van den Berg", &state)
        Fixture.press([.tab], &state)
        Fixture.type("06-1234", &state)
        #expect(Fixture.text(state).contains("telefoonnummer '06-1234' heeft 6 cijfers"), "checked as typed")
        #expect(Fixture.press([.control("s")], &state).isEmpty, "refused")
        var form = try #require(state.profileForm)
        #expect(form.focus == .phone)
        #expect(form.text(.phone) == "06-1234", "the refused text stays")
        #expect(form.errors[.phone]?.nl == "telefoonnummer '06-1234' heeft 6 cijfers; 10 nodig (06-12345678), of + en landnummer")
        Fixture.type("5678", &state)
        #expect(state.profileForm?.errors[.phone] == nil, "typing clears the refusal")

        // The registration: ‹ › with → and ←; the hours only for LVSC.
        Fixture.press([.tab, .right], &state)
        #expect(state.profileForm?.registration == .coachesVoorMedici)
        Fixture.press([.right], &state)
        form = try #require(state.profileForm)
        #expect(form.registration == .lvsc)
        #expect(form.visibleFields.contains(.hours))
        var screen = Fixture.text(state)
        #expect(screen.contains("‹ LVSC (coach/supervisor) ›"))
        #expect(screen.contains("minimaal 60 nodig"))
        #expect(screen.contains("De regeling vraagt minimaal 60 uur"))
        Fixture.press([.tab], &state)
        Fixture.type("L-2019-7", &state)
        Fixture.press([.tab], &state)
        #expect(state.profileForm?.focus == .hours)
        Fixture.type("59", &state)
        screen = Fixture.text(state)
        #expect(screen.contains("✗ Voldoet niet (registratie begeleider): LVSC-registratie met 59 uur"))
        Fixture.press([.backspace, .backspace], &state)
        Fixture.type("60", &state)
        #expect(Fixture.text(state).contains("✓ Voldoet aan de eis voor de registratie van de begeleider"))

        let effects = Fixture.press([.control("s")], &state, store: .hold)
        let saved = Supervisor(name: "Marieke van den Berg", phone: "06-12345678", registration: .lvsc,
                               registrationNumber: "L-2019-7", lvscHours: 60)
        #expect(effects == [.saveSupervisor(saved)])
        #expect(state.catalog.supervisor == nil, "nothing is judged with it before the store has it")
        let store = InMemoryDataStore()
        Fixture.answer(effects, &state, store: .runOn(store))
        #expect(store.data.supervisor == saved)
        #expect(state.catalog.supervisor == saved)
        #expect(Fixture.supervisorFindings(state) == 0, "gone from every group's report")
        #expect(state.groupScreen?.tab == .findings, "back on the findings")
        #expect(!Fixture.text(state).contains("Registratie begeleider"))
        #expect(state.message?.text == "Profiel begeleider bewaard; 8 groepen opnieuw beoordeeld.")
    }

    @Test func theOverviewDropsTheErrorAtOnce() throws {
        var state = Fixture.withoutProfile(.en)
        let errorsBefore = state.catalog.rows.reduce(0) { $0 + $1.errors }
        Fixture.press(Self.fromSettings, &state)
        Fixture.type("Marieke", &state)
        Fixture.press([.tab, .tab, .left], &state)  // ← from none wraps to the last: Balint
        #expect(state.profileForm?.registration == .balint)
        #expect(Fixture.text(state).contains("‹ Balint Society Netherlands ›"))
        Fixture.press([.control("s")], &state, store: .runOn(InMemoryDataStore()))
        Fixture.press([.escape], &state)  // Settings → overview
        guard state.top is OverviewScreen else { Issue.record("back on the overview"); return }
        #expect(state.catalog.rows.reduce(0) { $0 + $1.errors } == errorsBefore - state.catalog.count)
        #expect(state.catalog.reports.allSatisfy { report in !report.findings.contains { $0.rule == .supervisorRegistration } })
    }

    @Test func escAsksBeforeDroppingChanges() throws {
        var state = Fixture.state()
        Fixture.press(Self.fromSettings + [.control("u")], &state)
        Fixture.type("Iemand anders", &state)
        Fixture.press([.escape], &state)
        #expect(state.top is DiscardChangesPrompt)
        Fixture.press([.character("n")], &state)
        #expect(state.profileForm?.text(.name) == "Iemand anders", "no: back in the form")
        Fixture.press([.escape, .character("j")], &state)
        guard state.top is SettingsScreen else { Issue.record("yes: the form is gone"); return }
        #expect(state.catalog.supervisor == Fixture.demo.supervisor)
    }

    @Test func refusalsByTheField() throws {
        var state = Fixture.withoutProfile()
        Fixture.press(Self.fromSettings + [.tab, .tab, .right, .right, .tab, .tab], &state)  // empty name, LVSC, to the hours
        Fixture.type("zestig", &state)
        #expect(Fixture.text(state).contains("'zestig' is geen aantal uren (bijv. 60 of 62,5)"))
        Fixture.press([.control("s")], &state)
        let form = try #require(state.profileForm)
        #expect(form.errors[.name]?.nl == "de naam is leeg")
        #expect(form.errors[.hours]?.nl == "'zestig' is geen aantal uren (bijv. 60 of 62,5)")
        #expect(form.focus == .name, "the first refused field")
        // Away from LVSC the hours and their refusal go.
        Fixture.press([.tab, .tab, .right], &state)
        #expect(state.profileForm?.registration == .balint)
        #expect(state.profileForm?.errors[.hours] == nil)
        #expect(state.profileForm?.visibleFields.contains(.hours) == false)
    }

    @Test func aReadOnlyProfileIsRefusedWithTheStoresMessage() throws {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("intervisie-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let newer = """
            {"format": "intervisie-profile", "version": 99, "name": "Marieke van den Berg", "phone": "06-12345678"}
            """
        let path = folder.appendingPathComponent("profile.json").path
        try newer.write(toFile: path, atomically: true, encoding: .utf8)
        let store = FolderDataStore(folder: folder)
        let loaded = try store.load()
        #expect(loaded.problems.count == 1)
        var state = AppState(size: Size(width: 80, height: 24), today: Fixture.today, settings: Settings(language: .nl),
                             groups: Fixture.demo.groups, supervisor: loaded.supervisor, firstStart: false)
        Fixture.press(Self.fromSettings + [.tab, .tab, .right], &state)
        Fixture.press([.control("s")], &state, store: .runOn(store))
        // The refusal says why, in full, over the form.
        let dialog = try #require(state.top as? SaveRefusedDialog)
        #expect(dialog.refusal == .newerFile(file: path, detail: dialog.refusal.message))
        let text = Fixture.text(state)
        #expect(text.contains("Niet bewaard"))
        #expect(text.contains("Het profiel van de begeleider is niet bewaard."))
        #expect(text.contains("nieuwere versie van intervisie"))
        #expect(!text.contains("r: opnieuw inlezen"), "reading it again would not help")
        Fixture.press([.escape], &state)
        #expect(state.profileForm?.registration == .coachesVoorMedici, "the form stays with what was typed")
        #expect(state.catalog.supervisor == loaded.supervisor, "nothing judged with a profile that was not saved")
        #expect(Fixture.supervisorFindings(state) == state.catalog.count)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == newer)
    }

    @Test("one group, several groups", arguments: [(Language.nl, 1, "1 groep · "), (.nl, 2, "2 groepen · "),
                                                   (.en, 1, "1 group · "), (.en, 2, "2 groups · ")])
    func singularAndPlural(_ language: Language, _ count: Int, _ summary: String) {
        var state = Fixture.withoutProfile(language, groups: Array(Fixture.demo.groups.prefix(count)))
        #expect(Fixture.text(state).contains(summary))
        #expect(AppTexts.groups(count).text(language) + " · " == summary)
        Fixture.press(Self.fromSettings, &state)
        Fixture.type("M", &state)
        Fixture.press([.tab, .tab, .right], &state)
        Fixture.press([.control("s")], &state, store: .runOn(InMemoryDataStore()))
        #expect(state.message?.text.contains(AppTexts.groups(count).text(language) + (language == .nl ? " opnieuw" : " judged")) == true)
    }

    @Test func keysOfTheChoiceAndTheFindings() {
        #expect(KeyTable.action(for: .right, in: .formChoice) == .nextValue)
        #expect(KeyTable.action(for: .character(" "), in: .formChoice) == .nextValue)
        #expect(KeyTable.action(for: .left, in: .formChoice) == .previousValue)
        #expect(KeyTable.action(for: .tab, in: .formChoice) == .nextField, "the form's")
        #expect(KeyTable.action(for: .control("s"), in: .formChoice) == .save)
        for letter in "abcdefghijklmnopqrstuvwxyz0123456789" {
            #expect(KeyTable.action(for: .character(letter), in: .formChoice) == nil)
        }
        #expect(KeyTable.action(for: .enter, in: .findingsTab) == .open)
        #expect(HelpContent.lines.contains(.heading(.formChoice)))
        #expect(HelpContent.lines.contains(.binding(keys: "Enter", help: ActionTexts.openFinding)))
        #expect(KeyTable.hints(for: .formChoice).contains { $0.keys == "←→" && $0.hint == .change })
    }
}

/// The profile form at 80×24 in Dutch and English: empty (from the finding), and an LVSC profile
/// short of hours with a phone number still being typed.
@Suite("Screen snapshots: the supervisor's profile")
struct ProfileSnapshotTests {
    static func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test("screens", arguments: ["profile-form-empty", "profile-form-lvsc"], [Language.nl, .en])
    func screen(_ name: String, _ language: Language) throws {
        var state = Fixture.withoutProfile(language)
        if name == "profile-form-empty" {
            Fixture.press([.enter, .character("3")], &state)
            let content = try #require(state.groupScreen.flatMap { state.content(of: $0) })
            let row = try #require(content.findings.firstIndex { $0.rule == .supervisorRegistration })
            Fixture.press(Array(repeating: .down, count: row) + [.enter], &state)
        } else {
            Fixture.press(ProfileFormTests.fromSettings + Self.typed("Marieke van den Berg") + [.tab] + Self.typed("06-1234"), &state)
            Fixture.press([.tab, .right, .right, .tab] + Self.typed("L-2019-7") + [.tab] + Self.typed("59"), &state)
        }
        Snapshot.check(App.view(state), named: "\(name)-80x24-\(language.rawValue)")
    }
}
