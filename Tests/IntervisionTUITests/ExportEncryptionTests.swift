import IntervisionCore
@testable import IntervisionApp
import Testing

extension Fixture {
    /// The export dialog on the first group, with the group file chosen (the supervisor's dialog
    /// starts on the plan).
    static func groupFileDialog(_ language: Language = .nl, size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = Fixture.groupScreen(size: size, language: language)
        state.exportFolder = "/home/u/Documenten"
        Fixture.press([.character("E")], &state)
        while let export = state.top as? ExportScreen, export.choice != .groupFile { Fixture.press([.right], &state) }
        return state
    }
}

@Suite("Export: the encrypted group file")
struct ExportEncryptionTests {
    @Test func theGroupFileIsEncryptedByDefaultAndEndsInAge() throws {
        let state = Fixture.groupFileDialog()
        let export = try #require(state.top as? ExportScreen)
        #expect(export.encrypted)
        #expect(export.rows == [.what, .encryption, .folder])
        let text = Fixture.text(state)
        #expect(text.contains("‹ versleuteld (age, met wachtzin) ›"))
        #expect(text.contains(".json.age"))
        // A contact person's dialog starts on it.
        var contact = Fixture.groupScreen()
        contact.settings.role = .contactPerson
        Fixture.press([.character("E")], &contact)
        let theirs = try #require(contact.top as? ExportScreen)
        #expect(theirs.choice == .groupFile && theirs.encrypted)
    }

    @Test func plainJSONStaysAvailableWithAWarning() throws {
        var state = Fixture.groupFileDialog()
        Fixture.press([.down, .right], &state)
        let export = try #require(state.top as? ExportScreen)
        #expect(!export.encrypted)
        #expect(Fixture.text(state).contains("‹ gewoon JSON (onversleuteld) ›"))
        #expect(Fixture.text(state).contains("Onversleuteld"))
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = effects.first else { Issue.record("plain writes at once: \(effects)"); return }
        #expect(order.passphrase == nil && order.fileName.hasSuffix(".json") && order.request.kind == .groupFile(encrypted: false))
    }

    @Test func thePassphraseIsAskedTwiceWithoutEcho() throws {
        var state = Fixture.groupFileDialog()
        // Enter asks the passphrase first; nothing is written yet.
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(state.top is PassphraseScreen)
        Fixture.type("zeven zonnige zeilboten", &state)
        #expect(!Fixture.text(state).contains("zonnige"))
        // Enter on the first field goes on to the second; a different one is refused.
        #expect(Fixture.press([.enter], &state).isEmpty)
        Fixture.type("zeven zonnige zeilboot", &state)
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(Fixture.text(state).contains("De twee wachtzinnen verschillen"))
        Fixture.type("zeven zonnige zeilboten", &state)
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = effects.first else { Issue.record("Enter writes: \(effects)"); return }
        #expect(order.passphrase == "zeven zonnige zeilboten")
        #expect(order.request.kind == .groupFile(encrypted: true))
        #expect(order.fileName.hasSuffix(".json.age"))
        let screen = try #require(state.top as? PassphraseScreen)
        #expect(screen.isWriting && screen.first.isEmpty && screen.second.isEmpty)
        #expect(Fixture.text(state).contains("Versleutelen en schrijven…"))
        // Keys wait while it is written; the result closes both dialogs.
        #expect(Fixture.press([.enter, .escape], &state).isEmpty)
        _ = App.update(&state, .effectResult(.exported(order, path: "/home/u/Documenten/" + order.fileName)))
        #expect(state.top is GroupScreen)
        #expect(state.message?.text == "Geschreven: /home/u/Documenten/" + order.fileName)
    }

    @Test func anExistingFileIsOverwrittenWithTheSamePassphrase() throws {
        var state = Fixture.groupFileDialog()
        Fixture.press([.enter], &state)
        Fixture.type("een", &state)
        Fixture.press([.tab], &state)
        Fixture.type("een", &state)
        guard case .export(let order) = Fixture.press([.enter], &state).first else { Issue.record("writes"); return }
        let path = "/home/u/Documenten/" + order.fileName
        _ = App.update(&state, .effectResult(.exportFailed(order, LocalizedText(nl: "\(path) bestaat al", en: "\(path) exists"), existingFile: path)))
        let back = try #require(state.top as? ExportScreen)
        #expect(back.overwrite == path && back.passphrase == "een")
        let again = Fixture.press([.enter], &state)
        guard case .export(let forced) = again.first else { Issue.record("Enter overwrites: \(again)"); return }
        #expect(forced.force && forced.passphrase == "een")
        #expect((state.top as? PassphraseScreen)?.isWriting == true)
    }

    @Test func aProposedPassphraseFillsBothFieldsAndIsShownOnce() throws {
        var state = Fixture.groupFileDialog()
        Fixture.press([.enter], &state)
        #expect(Fixture.press([.control("g")], &state) == [.share(.proposePassphrase)])
        let words = "tactful-ribbon-amends-glider-unpaved-sheath"
        _ = App.update(&state, .effectResult(.share(.passphraseProposed(words))))
        #expect(Fixture.text(state).contains(words))
        let effects = Fixture.press([.enter], &state)
        guard case .export(let order) = effects.first else { Issue.record("Enter writes with it: \(effects)"); return }
        #expect(order.passphrase == words)
        // Once written, it is nowhere on the screen any more.
        _ = App.update(&state, .effectResult(.exported(order, path: "/x/" + order.fileName)))
        #expect(!Fixture.text(state).contains("tactful"))
        // Typing over a proposal hides it.
        var typed = Fixture.groupFileDialog()
        Fixture.press([.enter, .control("g")], &typed)
        _ = App.update(&typed, .effectResult(.share(.passphraseProposed(words))))
        Fixture.press([.backspace], &typed)
        #expect(!Fixture.text(typed).contains("tactful"))
    }

    @Test func escGoesBackToTheExportDialogForgettingThePassphrase() throws {
        var state = Fixture.groupFileDialog()
        Fixture.press([.enter], &state)
        Fixture.type("abc", &state)
        Fixture.press([.escape], &state)
        let export = try #require(state.top as? ExportScreen)
        #expect(export.passphrase == nil && export.choice == .groupFile)
        #expect(Fixture.press([.enter], &state).isEmpty)
        #expect(state.top is PassphraseScreen)
        #expect(Fixture.press([.enter], &state).isEmpty)  // empty: refused, said so
        #expect(Fixture.text(state).contains("Typ een wachtzin"))
    }

    @Test func helpOverThePassphraseDialogNamesItAndGoesBackToIt() throws {
        var state = Fixture.groupFileDialog(size: Size(width: 120, height: 40))
        Fixture.press([.enter], &state)
        Fixture.type("abc", &state)
        Fixture.press([.function(1)], &state)
        #expect(App.view(state).lines()[0].contains("› Wachtzin › Help"))
        Fixture.press([.escape], &state)
        let dialog = try #require(state.top as? PassphraseScreen)
        #expect(dialog.first.text == "abc")
    }
}

/// The export dialog with its encrypted default and the passphrase dialog, at 80×24 and 120×40.
@Suite("Screen snapshots: encrypted export")
struct ExportEncryptionSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test("dialogs", arguments: [Language.nl, .en])
    func dialogs(_ language: Language) {
        for size in Self.sizes {
            var state = Fixture.groupFileDialog(language, size: size)
            Snapshot.check(App.view(state), named: "export-encrypted-\(size.width)x\(size.height)-\(language.rawValue)")
            Fixture.press([.enter], &state)
            Fixture.type("abc", &state)
            Snapshot.check(App.view(state), named: "export-passphrase-\(size.width)x\(size.height)-\(language.rawValue)")
            Fixture.press([.control("g")], &state)
            _ = App.update(&state, .effectResult(.share(.passphraseProposed("tactful-ribbon-amends-glider-unpaved-sheath"))))
            Snapshot.check(App.view(state), named: "export-proposed-\(size.width)x\(size.height)-\(language.rawValue)")
        }
    }
}
