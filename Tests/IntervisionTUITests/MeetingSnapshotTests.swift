import IntervisionCore
@testable import IntervisionApp
import Testing

/// The meeting, member and evaluation screens at 80×24 in Dutch and English, on the demo's "Chirurgen Utrecht" with
/// today 2026-11-22. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter IntervisionTUITests`.
@Suite("Screen snapshots: meetings, members, evaluation")
struct MeetingSnapshotTests {
    struct Scene: Sendable, CustomStringConvertible {
        var name: String
        var keys: [Key]
        var description: String { name }
    }

    static func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static let scenes: [Scene] = [
        Scene(name: "meeting-form", keys: [.character("n")]),
        Scene(name: "meeting-form-absences", keys: MeetingFormTests.twoAbsences + [.down]),
        Scene(name: "meeting-form-refused", keys: [.character("n"), .control("u")] + typed("23-11-2026") + [.control("s")]),
        Scene(name: "meeting-result", keys: MeetingFormTests.twoAbsences + [.control("s")]),
        Scene(name: "meeting-delete", keys: [.character("2"), .end, .character("d")]),
        Scene(name: "method-steps", keys: [.character("n"), .function(3)]),
        Scene(name: "member-form-new", keys: [.character("a")] + typed("Jan Jansen") + [.tab, .tab] + typed("12345678")),
        Scene(name: "member-form-edit", keys: [.down, .enter]),
        Scene(name: "member-left", keys: [.down, .down, .character("x")]),
        Scene(name: "attendance-grid", keys: [.character("4")]),
        Scene(name: "evaluations", keys: [.character("5")]),
        Scene(name: "evaluation-form", keys: [.character("v"), .tab, .right]),
        Scene(name: "evaluation-export", keys: [.character("5"), .character("x")]),
    ]

    @Test("screens", arguments: scenes, [Language.nl, .en])
    func screen(_ scene: Scene, _ language: Language) {
        var state = Fixture.groupScreen(language: language)
        state.exportFolder = "/home/marieke/documenten"
        Fixture.press(scene.keys, &state)
        Snapshot.check(App.view(state), named: "\(scene.name)-80x24-\(language.rawValue)")
    }
}

@Suite("Key table: tabs and forms")
struct MeetingKeyTableTests {
    @Test func aTabHasItsOwnKeysAndTheGroups() {
        #expect(KeyTable.action(for: .character("x"), in: .membersTab) == .markLeft)
        #expect(KeyTable.action(for: .character("x"), in: .evaluationsTab) == .exportEvaluation)
        #expect(KeyTable.action(for: .character("d"), in: .meetingsTab) == .delete)
        #expect(KeyTable.action(for: .character("d"), in: .membersTab) == nil)
        #expect(KeyTable.action(for: .enter, in: .membersTab) == .open)  // the group's
        #expect(KeyTable.action(for: .character("n"), in: .findingsTab) == .newMeeting)
        #expect(KeyTable.action(for: .control("c"), in: .attendanceTab) == .forceQuit)
        let hints = KeyTable.hints(for: .membersTab).map(\.keys)
        #expect(hints.contains("a") && hints.contains("n") && hints.contains("u"))
    }

    @Test func inAFormLettersAreText() {
        for scope in [KeyScope.form, .meetingFields, .answer, .inlineField] {
            for letter in "abcdefghijklmnopqrstuvwxyz0123456789 " {
                #expect(KeyTable.action(for: .character(letter), in: scope) == nil, "\(letter) in \(scope)")
            }
        }
        // In the attendance list Space marks an absence and letters find a name (type-ahead).
        #expect(KeyTable.action(for: .character(" "), in: .attendanceList) == .togglePresent)
        for letter in "abcdefghijklmnopqrstuvwxyz" { #expect(KeyTable.action(for: .character(letter), in: .attendanceList) == nil) }
        #expect(KeyTable.action(for: .control("e"), in: .attendanceList) == .toggleExcused)
        #expect(KeyTable.action(for: .control("s"), in: .attendanceList) == .save)
        #expect(KeyTable.action(for: .function(3), in: .attendanceList) == .methodSteps)
        #expect(KeyTable.action(for: .enter, in: .answer) == .newline)
        #expect(KeyTable.action(for: .tab, in: .answer) == .nextField)
    }

    @Test func theHelpListsTheNewKeys() {
        let lines = HelpContent.lines
        #expect(lines.contains(.heading(.membersTab)))
        #expect(lines.contains(.binding(keys: "n", help: ActionTexts.newMeeting)))
        #expect(lines.contains(.binding(keys: "x", help: ActionTexts.markLeft)))
        #expect(lines.contains(.binding(keys: "Ctrl-S", help: ActionTexts.save)))
        #expect(lines.contains(.binding(keys: "F3 Ctrl-G", help: ActionTexts.methodStepsForm)))
    }
}
