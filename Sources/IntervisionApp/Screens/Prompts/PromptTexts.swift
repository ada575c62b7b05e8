import IntervisionCore

/// The dialogs' texts: delete, discard the changes, a member who left.
enum PromptTexts {
    /// The dialogs' names in the trail (help opened over them).
    static let deleteName = LocalizedText(nl: "Verwijderen", en: "Delete")
    static let discardName = LocalizedText(nl: "Wijzigingen weggooien", en: "Discard changes")
    static let deleteTitle = LocalizedText(nl: "Verwijderen?", en: "Delete?")
    static let deleteUndo = LocalizedText(nl: "Ongedaan maken kan daarna nog, met toets u.", en: "It can be undone afterwards with the key u.")
    static let yesNo = LocalizedText(nl: "j: ja · n of Esc: nee", en: "y: yes · n or Esc: no")
    static let discardTitle = LocalizedText(nl: "Wijzigingen weggooien?", en: "Discard the changes?")
    static let discardText = LocalizedText(nl: "Wat in dit formulier getypt is, wordt niet bewaard.", en: "What was typed in this form will not be saved.")
    static let leftTitle = LocalizedText(nl: "Lid vertrokken", en: "Member left")
    static let leftExplain = LocalizedText(nl: "De gegevens blijven bewaard en eerdere aanwezigheid telt mee. Bij een bijeenkomst op die dag wordt het lid niet meer verwacht.", en: "The records stay and past attendance still counts. At a meeting on that day the member is no longer expected.")
    static let enterEsc = LocalizedText(nl: "Enter: bevestigen · Esc: annuleren", en: "Enter: confirm · Esc: cancel")

    static func deleteQuestion(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Wilt u \(what.nl) verwijderen?", en: "Delete \(what.en)?")
    }

    static func leftQuestion(_ name: String) -> LocalizedText {
        LocalizedText(nl: "\(name) is geen lid meer vanaf:", en: "\(name) is no longer a member from:")
    }

    /// After `u` on a deletion: "Verwijderen ongedaan gemaakt; de bijeenkomst van … staat er weer."
    static func deleteUndone(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Verwijderen ongedaan gemaakt; \(what.nl) staat er weer.", en: "Delete undone; \(what.en) is back.")
    }

    static func undoDeleted(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(what.nl) verwijderd", en: "\(what.en) deleted")
    }

    static func undoMemberLeft(_ name: String, on date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "\(name) vertrokken per \(date.dutch)", en: "\(name) left from \(date.iso)")
    }

    static func deleted(_ what: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Verwijderd: \(what.nl). Ongedaan maken: toets u.", en: "Deleted: \(what.en). Undo: key u.")
    }
}
