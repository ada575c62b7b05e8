import IntervisionCore
@testable import IntervisionApp
import Testing

extension AppState {
    var importScreen: ImportScreen? { top as? ImportScreen }
}

/// A hand-over file as the runtime hands it in: the demo's first group with a new member, another
/// focus area, and one meeting whose attendance differs (kept as it is here).
enum HandoverFixture {
    static var local: Group { Fixture.demo.groups[0] }

    static var incoming: Group {
        var group = local
        _ = try? group.addMember(name: "Zoë Nieuw", specialism: "Urologie", joined: Fixture.today)
        group.focusAreas.append("Leiderschap")
        if let index = group.meetings.indices.last, !group.meetings[index].attendance.isEmpty {
            group.meetings[index].attendance[0].present.toggle()
        }
        return group
    }

    /// The import screen after the file was opened.
    static func reviewing(_ language: Language = .nl, size: Size = Size(width: 80, height: 24), file: Group = incoming) -> AppState {
        var state = Fixture.state(size, language: language)
        Fixture.press([.character("i")], &state)
        Fixture.type("~/Downloads/groep.json", &state)
        Fixture.press([.enter], &state)
        _ = App.update(&state, .effectResult(.share(.handoverOpened(path: "/home/u/Downloads/groep.json", group: file, usableID: true))))
        return state
    }
}

@Suite("Import with review")
struct ImportScreenTests {
    @Test func iOpensTheImportWithAPathToTypeOver() throws {
        var state = Fixture.state()
        Fixture.press([.character("i")], &state)
        let screen = try #require(state.importScreen)
        #expect(screen.step == .path && screen.path.text == "~/" && screen.path.isSelected)
        // The path offered is selected: typing replaces it; an editing key keeps it.
        Fixture.type("/tmp/x", &state)
        #expect(state.importScreen?.path.text == "/tmp/x")
        var kept = Fixture.state()
        Fixture.press([.character("i"), .end, .character("D")], &kept)
        #expect(kept.importScreen?.path.text == "~/D")
        // Esc leaves: nothing asked of the runtime, nothing changed.
        let effects = Fixture.press([.escape], &state)
        #expect(effects.isEmpty && state.top is OverviewScreen)
    }

    @Test func tabAsksTheRuntimeAndCompletes() throws {
        var state = Fixture.state()
        Fixture.press([.character("i")], &state)
        Fixture.type("~/Do", &state)
        #expect(Fixture.press([.tab], &state) == [.share(.completePath("~/Do"))])
        // Several candidates: completed as far as they agree, and listed.
        let both = [PathCandidate(name: "Documents", isFolder: true), PathCandidate(name: "Downloads", isFolder: true)]
        _ = App.update(&state, .effectResult(.share(.pathCompletions(typed: "~/Do", both))))
        #expect(state.importScreen?.path.text == "~/Do")
        #expect(state.importScreen?.candidates == both)
        #expect(Fixture.text(state).contains("Documents/") && Fixture.text(state).contains("Downloads/"))
        // One more letter and Tab: one candidate, a folder, completed with its slash.
        Fixture.type("w", &state)
        #expect(state.importScreen?.candidates == [])
        _ = Fixture.press([.tab], &state)
        _ = App.update(&state, .effectResult(.share(.pathCompletions(typed: "~/Dow", [both[1]]))))
        #expect(state.importScreen?.path.text == "~/Downloads/")
        // A file completes without a slash; candidates sharing a longer prefix complete to it.
        _ = App.update(&state, .effectResult(.share(.pathCompletions(typed: "~/Downloads/",
            [PathCandidate(name: "groep-IC.json", isFolder: false), PathCandidate(name: "groep-IC.json.age", isFolder: false)]))))
        #expect(state.importScreen?.path.text == "~/Downloads/groep-IC.json")
        _ = App.update(&state, .effectResult(.share(.pathCompletions(typed: "~/Downloads/groep-IC.json", []))))
        #expect(state.importScreen?.noCandidates == true)
        #expect(Fixture.text(state).contains("Niets in die map begint zo."))
        // An answer for a path typed before is dropped.
        _ = App.update(&state, .effectResult(.share(.pathCompletions(typed: "~/", both))))
        #expect(state.importScreen?.path.text == "~/Downloads/groep-IC.json")
        // "~" alone goes into the home folder without asking.
        var home = Fixture.state()
        Fixture.press([.character("i")], &home)
        Fixture.type("~", &home)
        #expect(Fixture.press([.tab], &home).isEmpty)
        #expect(home.importScreen?.path.text == "~/")
    }

    @Test func anEncryptedFileAsksItsPassphraseWhichIsNeverShown() throws {
        var state = Fixture.state()
        Fixture.press([.character("i")], &state)
        Fixture.type("~/groep.json.age", &state)
        #expect(Fixture.press([.enter], &state) == [.share(.openHandover(path: "~/groep.json.age", passphrase: nil))])
        _ = App.update(&state, .effectResult(.share(.handoverNeedsPassphrase(path: "/home/u/groep.json.age"))))
        #expect(state.importScreen?.step == .passphrase)
        Fixture.type("geheim woord", &state)
        let text = Fixture.text(state)
        #expect(!text.contains("geheim") && !text.contains("•"))
        #expect(text.contains("(getypt, niet getoond)"))
        // Enter opens it with the passphrase, which the screen then forgets.
        let effects = Fixture.press([.enter], &state)
        #expect(effects == [.share(.openHandover(path: "/home/u/groep.json.age", passphrase: "geheim woord"))])
        #expect(state.importScreen?.passphrase.isEmpty == true)
        #expect(state.importScreen?.step == .opening)
        #expect(Fixture.text(state).contains("Openen…"))
        // A wrong one: said so, and it can be typed again.
        _ = App.update(&state, .effectResult(.share(.handoverFailed(
            LocalizedText(nl: "/home/u/groep.json.age: verkeerde wachtzin", en: "/home/u/groep.json.age: wrong passphrase"), wrongPassphrase: true))))
        #expect(state.importScreen?.step == .passphrase)
        #expect(Fixture.text(state).contains("/home/u/groep.json.age: verkeerde wachtzin"))
        // Esc goes back to the path; nothing was written.
        #expect(Fixture.press([.escape], &state).isEmpty)
        #expect(state.importScreen?.step == .path)
    }

    @Test func aDamagedFileIsNamedAndNothingChanges() throws {
        var state = Fixture.state()
        let before = state.catalog.groups
        Fixture.press([.character("i")], &state)
        Fixture.type("~/kapot.json.age", &state)
        Fixture.press([.enter], &state)
        let damaged = LocalizedText(nl: "/home/u/kapot.json.age: beschadigd: het bestand is afgekapt sinds het werd versleuteld",
                                    en: "/home/u/kapot.json.age: damaged: the file was cut short since it was encrypted")
        _ = App.update(&state, .effectResult(.share(.handoverFailed(damaged, wrongPassphrase: false))))
        #expect(state.importScreen?.step == .path)
        #expect(Fixture.text(state).contains("beschadigd"))
        #expect(state.catalog.groups == before)
    }

    @Test func theReviewListsTheChangesAsTheCommandLineDoes() throws {
        var state = HandoverFixture.reviewing()
        let screen = try #require(state.importScreen)
        #expect(screen.step == .review)
        let review = ImportReview.make(incoming: HandoverFixture.incoming, source: "~/Downloads/groep.json",
                                       into: Fixture.demo.groups, isUsableID: { _ in true })
        #expect(screen.review == review)
        // Every line of the command line's listing is on the screen, with its mark.
        let text = App.view(state).lines().map { $0.trimmingSpaces() }
        for line in review.lines {
            let printed = (line.prefix + line.text.nl).trimmingSpaces()
            #expect(text.contains { $0.hasPrefix(String(printed.prefix(60))) }, "missing: \(printed)")
        }
        #expect(review.lines.contains { $0.kind == .kept })
        #expect(Fixture.text(state).contains("Enter neemt de wijzigingen over · Esc laat alles zoals het is"))

        // Enter applies: the group is saved through the normal save, and u could undo it.
        guard case .update(let local, let merged) = review.action else { Issue.record("an update"); return }
        let effects = Fixture.press([.enter], &state)
        #expect(effects == [.saveGroup(merged)])
        #expect(state.group(local.id) == merged)
        #expect(state.undo?.before == local)
        #expect(state.top is OverviewScreen)
        #expect(state.message?.text == "Overgenomen uit ~/Downloads/groep.json: \(merged.name).")
        // The meeting here was not replaced.
        #expect(merged.meetings == local.meetings)
    }

    @Test func escOnTheReviewLeavesEverythingAsItIs() {
        var state = HandoverFixture.reviewing()
        let before = state.catalog.groups
        #expect(Fixture.press([.escape], &state).isEmpty)
        #expect(state.catalog.groups == before)
        #expect(state.top is OverviewScreen)
        #expect(state.message?.text == "Niets gewijzigd.")
    }

    @Test func aGroupNotHereIsAddedAfterEnter() throws {
        var file = HandoverFixture.incoming
        file.id = GroupID("ic-leiden")
        file.name = "IC Leiden"
        var state = HandoverFixture.reviewing(file: file)
        #expect(Fixture.text(state).contains("Deze groep is hier nog niet; Enter voegt haar toe:"))
        #expect(Fixture.text(state).contains("IC Leiden (ic-leiden)"))
        let effects = Fixture.press([.enter], &state)
        #expect(effects == [.saveGroup(file)])
        #expect(state.catalog.count == Fixture.demo.groups.count + 1)
        #expect(state.message?.text == "Nieuwe groep toegevoegd: IC Leiden (ic-leiden)")
        // The overview shows it selected.
        let overview = try #require(state.top as? OverviewScreen)
        #expect(state.catalog.rows[overview.cursor.selected].name == "IC Leiden")
    }

    @Test func aFileWithAnUnusableIDGetsOneFromItsName() {
        var file = HandoverFixture.incoming
        file.id = GroupID("../../etc")
        file.name = "IC Leiden"
        var state = Fixture.state()
        Fixture.press([.character("i"), .enter], &state)
        _ = App.update(&state, .effectResult(.share(.handoverOpened(path: "/x", group: file, usableID: false))))
        guard case .add(let added) = state.importScreen?.review?.action else { Issue.record("added"); return }
        #expect(added.id == GroupID("ic-leiden"))
    }

    @Test func theSameFileTwiceChangesNothing() {
        var state = HandoverFixture.reviewing(file: HandoverFixture.local)
        #expect(Fixture.text(state).contains("Er is niets over te nemen."))
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(state.top is OverviewScreen)
    }

    @Test func dataChangedMeanwhileIsReviewedAgainBeforeApplying() throws {
        var state = HandoverFixture.reviewing()
        // A sync brings a new remark for the group while the review is open.
        var changed = HandoverFixture.local
        changed.remarks = "Van de andere machine"
        _ = App.update(&state, .effectResult(.share(.dataReloaded(groups: [changed] + Fixture.demo.groups.dropFirst(), supervisor: Fixture.demo.supervisor, problems: []))))
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(Fixture.text(state).contains("De gegevens hier veranderden intussen"))
        let effects = Fixture.press([.enter], &state)
        guard case .saveGroup(let saved) = effects.first else { Issue.record("applied the second time: \(effects)"); return }
        #expect(saved.members.contains { $0.name == "Zoë Nieuw" })
    }

    @Test func aResultAfterLeavingIsDropped() {
        var state = Fixture.state()
        Fixture.press([.character("i"), .enter, .escape], &state)
        let before = state.catalog.groups
        _ = App.update(&state, .effectResult(.share(.handoverOpened(path: "/x", group: HandoverFixture.incoming, usableID: true))))
        #expect(state.top is OverviewScreen)
        #expect(state.catalog.groups == before)
    }
}

/// The import screen at 80×24 and 120×40, Dutch and English: the review and the passphrase field.
@Suite("Screen snapshots: import")
struct ImportSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test("review", arguments: [Language.nl, .en])
    func review(_ language: Language) {
        for size in Self.sizes {
            let state = HandoverFixture.reviewing(language, size: size)
            Snapshot.check(App.view(state), named: "import-review-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }

    @Test("passphrase", arguments: [Language.nl, .en])
    func passphrase(_ language: Language) {
        for size in Self.sizes {
            var state = Fixture.state(size, language: language)
            Fixture.press([.character("i")], &state)
            Fixture.type("~/groep-IC-Leiden.json.age", &state)
            Fixture.press([.enter], &state)
            _ = App.update(&state, .effectResult(.share(.handoverNeedsPassphrase(path: "/home/u/groep-IC-Leiden.json.age"))))
            Fixture.type("tactful-ribbon", &state)
            Snapshot.check(App.view(state), named: "import-passphrase-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }
}
