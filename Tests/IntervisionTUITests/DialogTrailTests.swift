import IntervisionCore
@testable import IntervisionApp
import Testing

/// Help (F1) opened over a dialog names the dialog in the header's trail: every dialog the app
/// opens, reached as the user reaches it, and never an empty step ("Chirurgen Utrecht ›  › Help").
/// The random-event test holds the same for every screen it reaches (`checkInvariants`).
@Suite("Help over a dialog: the trail names the dialog")
struct DialogTrailTests {
    struct Route: Sendable, CustomTestStringConvertible {
        /// The dialog's name in the trail, under help.
        var name: String
        var open: @Sendable () -> AppState
        var testDescription: String { name }
    }

    static let routes: [Route] = [
        Route(name: "Verwijderen") { keys(Fixture.groupScreen(), [.character("2"), .character("d")]) },
        Route(name: "Wijzigingen weggooien") { keys(Fixture.groupScreen(), MeetingFormTests.twoAbsences + [.escape]) },
        Route(name: "Lid vertrokken") { keys(Fixture.groupScreen(), [.character("x")]) },
        Route(name: "Ingediend in GAIA") { keys(YearKeysTests.onGroup(YearKeysTests.notSubmitted()), [.character("i")]) },
        Route(name: "Jaargang afsluiten") { keys(YearKeysTests.onGroup(), [.character("c")]) },
        Route(name: "Aanwezigheid in GAIA") { keys(GAIATests.onWaitingMeeting(), [.character("r")]) },
        Route(name: "Ingevoerd in GAIA") { keys(GAIATests.onWaitingMeeting(), [.character("r"), .character("i")]) },
        Route(name: "Methodestappen") { keys(Fixture.groupScreen(), [.character("m")]) },
        Route(name: "Bijeenkomst vastgelegd") { keys(Fixture.groupScreen(), MeetingFormTests.twoAbsences + [.control("s")]) },
        Route(name: "Exporteren") { keys(Fixture.groupScreen(), [.character("E")]) },
        Route(name: "Nieuwe groep") { keys(Fixture.state(), [.character("n")]) },
        Route(name: "Wachtzin") { keys(Fixture.groupFileDialog(), [.enter]) },
        Route(name: "Twee versies") { keys((try? ConflictFixture.onFinding()) ?? Fixture.state(), [.enter]) },
        Route(name: "Niet bewaard") {
            var state = keys(Fixture.state(), [.character("s"), .right])
            _ = App.update(&state, .effectResult(.settingsSaveFailed(.diskFull(file: "/data/settings.json"))))
            return state
        },
    ]

    static func keys(_ state: AppState, _ keys: [Key]) -> AppState {
        var state = state
        Fixture.press(keys, &state)
        return state
    }

    @Test(arguments: routes)
    func helpOverTheDialogNamesIt(_ route: Route) throws {
        var state = route.open()
        #expect(state.top is any DialogScreen, "the route did not reach the dialog: \(type(of: state.top))")
        Fixture.press([.function(1)], &state)
        try #require(state.top is HelpScreen)
        let trail = App.trail(state)
        #expect(!trail.contains(""), "an empty step in \(trail)")
        #expect(trail.suffix(2) == [route.name, "Help"])
        // Drawn whole where the header has room for the whole trail.
        _ = App.update(&state, .resize(Size(width: 120, height: 40)))
        let header = App.view(state).lines()[0]
        #expect(header.contains(" › \(route.name) › Help "), "\(header)")
        #expect(!header.contains("›  ›"))
        // Esc goes back to the dialog.
        Fixture.press([.escape], &state)
        #expect(state.top is any DialogScreen)
    }

    @Test func inEnglishToo() throws {
        var state = Fixture.groupScreen(language: .en)
        Fixture.press([.character("2"), .character("d"), .function(1)], &state)
        #expect(App.trail(state).suffix(2) == ["Delete", "Help"])
    }

    /// The plan form's list to choose from is the form's own (not a dialog): help over it names the form.
    @Test func helpOverThePlanFormsChoiceListNamesTheForm() throws {
        var state = Fixture.groupScreen()
        Fixture.press([.character("p")], &state)
        for _ in 0..<40 where (state.top as? PlanFormScreen)?.focus != .methods { Fixture.press([.tab], &state) }
        Fixture.press([.enter], &state)
        try #require((state.top as? PlanFormScreen)?.choice != nil)
        Fixture.press([.function(1)], &state)
        #expect(App.trail(state).suffix(2) == ["Jaarplan", "Help"])
    }
}
