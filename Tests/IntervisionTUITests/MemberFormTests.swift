import IntervisionCore
@testable import IntervisionApp
import Testing

extension AppState {
    var memberForm: MemberForm? { top as? MemberForm }
}

@Suite("Members over the year")
struct MemberFormTests {
    @Test func addAMemberWithTheBIGNumberCheckedAsTyped() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("a")], &state)
        var form = try #require(state.memberForm)
        #expect(form.editing == nil)
        // The year has begun: someone new joins today, and the form says what that does.
        #expect(form.text(.joined) == "22-11-2026")
        Fixture.type("Jan Jansen", &state)
        Fixture.press([.tab], &state)
        Fixture.type("Chirurgie", &state)
        Fixture.press([.tab], &state)
        #expect(Fixture.text(state).contains("geen BIG-nummer: krijgt geen accreditatie-uren"))
        Fixture.type("12345678", &state)
        #expect(Fixture.text(state).contains("BIG-nummer '12345678' heeft 8 cijfers; 9 tot 11 nodig"))
        #expect(Fixture.press([.control("s")], &state).isEmpty, "refused")
        form = try #require(state.memberForm)
        #expect(form.focus == .big)
        #expect(form.text(.name) == "Jan Jansen")
        Fixture.type("9", &state)
        #expect(Fixture.text(state).contains("wordt 00123456789"))
        #expect(Fixture.text(state).contains("! Vaste groep: Jan Jansen kwam op 22-11-2026 bij de groep, na de eerste"))

        let effects = Fixture.press([.control("s")], &state)
        let group = state.current()
        #expect(effects == [.saveGroup(group)])
        let jan = try #require(group.members.first { $0.name == "Jan Jansen" })
        #expect(jan.big?.digits == "00123456789")
        #expect(jan.specialism == "Chirurgie")
        #expect(jan.joined == Fixture.today)
        #expect(state.groupScreen?.tab == .members)
        #expect(state.message?.text == "Bewaard: lid Jan Jansen toegevoegd. Ongedaan maken: toets u.")
        #expect(Fixture.text(state).contains("Jan Jansen"))
    }

    @Test func withoutANameYetTheWarningSpeaksOfThisMember() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("a")], &state)
        let text = Fixture.text(state)
        #expect(text.contains("! Vaste groep: dit lid komt op 22-11-2026 bij de groep, na de eerste"))
        #expect(!text.contains("?"))
        Fixture.type("Jan", &state)
        #expect(Fixture.text(state).contains("! Vaste groep: Jan kwam op 22-11-2026 bij de groep"))
    }

    @Test func aMemberWhoMayMissNoMoreIsToldSoInWords() throws {
        var state = Fixture.groupScreen()
        Fixture.press(Array(repeating: .down, count: 5) + [.enter], &state)  // Karin Smit: 83%, may miss 0
        #expect(state.memberForm?.text(.name) == "Karin Smit")
        let text = Fixture.text(state)
        #expect(text.contains("(83%), mag geen bijeenkomst meer missen"))
        #expect(!text.contains("mag nog 0"))
    }

    @Test("refusals by the field", arguments: [
        ("", MemberForm.Field.name, "de naam is leeg"),
        ("Petra Dijkstra", MemberForm.Field.name, "er is al een lid 'Petra Dijkstra' in deze groep"),
    ])
    func refusals(_ name: String, _ field: MemberForm.Field, _ message: String) throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("a")], &state)
        Fixture.type(name, &state)
        Fixture.press([.tab, .tab], &state)
        Fixture.press([.control("s")], &state)
        let form = try #require(state.memberForm)
        #expect(form.focus == field)
        #expect(form.errors[field]?.nl == message)
        #expect(Fixture.text(state).contains(message))
    }

    @Test func aBIGNumberOfAnotherMemberIsRefused() throws {
        var state = Fixture.groupScreen()
        let petra = Fixture.chirurgen.members.first { $0.name == "Petra Dijkstra" }!
        Fixture.press([.character("a")], &state)
        Fixture.type("Nieuw", &state)
        Fixture.press([.tab, .tab], &state)
        Fixture.type(petra.big!.digits, &state)
        Fixture.press([.control("s")], &state)
        #expect(state.memberForm?.errors[.big]?.nl == "BIG-nummer \(petra.big!.digits) hoort al bij Petra Dijkstra")
    }

    @Test func editAMemberAndSeeTheHoursOfTheirPeriod() throws {
        var state = Fixture.groupScreen(language: .en)
        Fixture.press([.down, .enter], &state)  // Petra Dijkstra
        var form = try #require(state.memberForm)
        let petra = Fixture.chirurgen.members.first { $0.name == "Petra Dijkstra" }!
        #expect(form.editing == petra.id)
        #expect(form.text(.big) == petra.big?.digits)
        #expect(Fixture.text(state).contains("Accreditation hours this year: 12"))
        let before = try #require(form.preview?.hoursInPeriod)
        // A period start typed: the count follows at once, before saving.
        form = try #require(state.memberForm)
        Fixture.press(Array(repeating: .tab, count: 5), &state)
        #expect(state.memberForm?.focus == .periodStart)
        Fixture.press([.control("u")], &state)
        Fixture.type("2026-01-01", &state)
        let after = try #require(state.memberForm?.preview)
        #expect(after.periodStart == CivilDate(year: 2026, month: 1, day: 1))
        #expect(after.hoursInPeriod < before)
        #expect(Fixture.text(state).contains("re-registration period 2026-01-01 to"))
        #expect(Fixture.text(state).contains("2030-12-31"))
        Fixture.press([.control("s")], &state)
        #expect(state.current().member(petra.id)?.registrationPeriodStart == CivilDate(year: 2026, month: 1, day: 1))
        // The members tab shows hours this year and in the period against the cap.
        #expect(Fixture.text(state).contains("Hours"))
        #expect(Fixture.text(state).contains("/24"))
    }

    @Test func markAMemberAsLeftWithADateThenUndo() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.down, .down, .character("x")], &state)  // Ümit van Leeuwen
        guard let leaving = state.top as? MarkLeftPrompt else { Issue.record("x asks for the date"); return }
        #expect(leaving.name == "Ümit van Leeuwen")
        #expect(leaving.date.text == "22-11-2026")
        var screen = Fixture.text(state)
        #expect(screen.contains("Ümit van Leeuwen is geen lid meer vanaf:"))
        #expect(screen.contains("! Vaste groep: Ümit van Leeuwen verliet de groep op 22-11-2026"))
        Fixture.press([.control("u")], &state)
        Fixture.type("31-02-2026", &state)
        #expect(Fixture.press([.enter], &state).isEmpty)
        screen = Fixture.text(state)
        #expect(screen.contains("'31-02-2026' bestaat niet"))
        Fixture.press([.control("u")], &state)
        Fixture.type("01-12-2026", &state)
        let effects = Fixture.press([.enter], &state)
        #expect(effects.count == 1)
        let umit = try #require(state.current().members.first { $0.name == "Ümit van Leeuwen" })
        #expect(umit.left == CivilDate(year: 2026, month: 12, day: 1))
        #expect(state.message?.text == "Bewaard: Ümit van Leeuwen vertrokken per 01-12-2026. Ongedaan maken: toets u.")
        Fixture.press([.character("u")], &state)
        #expect(state.current() == Fixture.chirurgen)
    }

    @Test func escOnAnUntouchedFormLeavesAtOnceAndSpaceSwitchesTheContact() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("a"), .escape], &state)
        #expect(state.groupScreen != nil)
        Fixture.press([.down, .character("e")], &state)
        Fixture.press(Array(repeating: .up, count: 1), &state)  // round to the contact line
        #expect(state.memberForm?.focus == .contact)
        #expect(state.memberForm?.contact == false)
        Fixture.press([.character(" ")], &state)
        #expect(state.memberForm?.contact == true)
        Fixture.press([.control("s")], &state)
        let petra = Fixture.chirurgen.members.first { $0.name == "Petra Dijkstra" }!
        #expect(state.current().contactMemberID == petra.id)
    }
}

@Suite("Attendance grid and hours")
struct AttendanceGridTests {
    /// 8 members and 12 meetings in the year, one excused and one plain absence per meeting.
    static func fullYear() -> Group {
        var group = Group(id: "full", name: "Volle groep", methods: ["Balintmethode"])
        for n in 1...8 {
            group.members.append(Member(id: MemberID("m\(n)"), name: "Deelnemer \(n) Achternaam", specialism: "Chirurgie",
                                        big: BIGNumber("12345678\(n)")))
        }
        let from = CivilDate(year: 2025, month: 12, day: 1)!
        let dates = (0..<12).map { from.adding(months: $0).adding(days: 2) }
        group.plans = [YearPlan(from: from, to: CivilDate(year: 2026, month: 11, day: 30)!, totalMeetings: 12, durationHours: 2,
                                planned: dates.map { PlannedMeeting(date: $0, topic: "Casus") }, exported: CivilDate(year: 2025, month: 11, day: 1))]
        group.meetings = dates.enumerated().map { index, date in
            Meeting(id: MeetingID("mt\(index)"), date: date, topic: "Casus", method: "Balintmethode", durationHours: 2,
                    attendance: group.members.enumerated().map { m, member in
                        Attendance(memberID: member.id, present: m != index % 8 && m != (index + 3) % 8, excused: m == index % 8)
                    })
        }
        return group
    }

    @Test(arguments: [Language.nl, .en])
    func eightMembersByTwelveMeetingsFitEightyByTwentyFour(_ language: Language) throws {
        let group = Self.fullYear()
        var state = Fixture.groupScreen("Volle groep", language: language, groups: [group] + Fixture.demo.groups.prefix(2))
        Fixture.press([.character("4")], &state)
        let screen = try #require(state.groupScreen)
        let content = try #require(state.content(of: screen))
        #expect(content.grid.meetings.count == 12)
        #expect(content.grid.members.count == 8)
        let lines = App.view(state).lines()
        // Day over month (month over day in English, as in ISO), then one line per member with its
        // total, then the totals per meeting.
        let days = "03 03 03 03", months = "12 01 02 03 04 05 06 07 08 09 10 11"
        #expect(lines[6].contains(language == .nl ? days : months))
        #expect(lines[7].contains(language == .nl ? months : days))
        let first = try #require(lines.first { $0.hasPrefix(" Deelnemer 1") })
        #expect(first.contains("E"))
        #expect(first.contains("·"))
        #expect(first.hasSuffix("9/12  75% ") || first.contains("9/12 75%"))
        #expect(lines.contains { $0.contains(language == .nl ? "Aanwezig" : "Present") && $0.contains(" 6  6  6") })
        #expect(lines.contains { $0.contains(language == .nl ? "✓ aanwezig  · afwezig  E afwezig met bericht" : "✓ present  · absent") })
        #expect(lines.count == 24 && lines.allSatisfy { DisplayWidth.of($0) == 80 })
        Snapshot.check(App.view(state), named: "attendance-grid-8x12-80x24-\(language.rawValue)")
    }

    @Test func theGridTotalsAgreeWithTheEngine() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("4")], &state)
        let screen = try #require(state.groupScreen)
        let content = try #require(state.content(of: screen))
        for row in content.grid.members {
            let standing = try #require(content.report.members.first { $0.memberID == row.member.id })
            #expect(row.attended == standing.attended, "\(row.member.name)")
            #expect(row.expected == standing.expected, "\(row.member.name)")
        }
        // Enter on a line opens that member.
        Fixture.press([.down, .enter], &state)
        #expect(state.memberForm?.editing == content.grid.members[1].member.id)
    }
}
