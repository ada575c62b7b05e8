import IntervisionCore

/// What the screens say about saving: a refusal of the data folder in the user's words, the
/// dialog that shows it, a file read again, the wait for the store.
enum SaveTexts {
    static let refusedTitle = LocalizedText(nl: "Niet bewaard", en: "Not saved")
    static let keptExplain = LocalizedText(
        nl: "Er is niets veranderd en wat u typte staat er nog: probeer het opnieuw wanneer de oorzaak is verholpen.",
        en: "Nothing changed and what you typed is still there: try again once the cause is fixed.")
    static let reloadOrBack = LocalizedText(nl: "r: opnieuw inlezen · Esc: terug", en: "r: reload · Esc: back")
    static let back = LocalizedText(nl: "Enter of Esc: terug", en: "Enter or Esc: back")
    static let busy = LocalizedText(nl: "Bewaren… (toetsen wachten tot het klaar is; Ctrl-C stopt)",
                                    en: "Saving… (keys wait until it is done; Ctrl-C quits)")
    static let profileReloaded = LocalizedText(
        nl: "Profiel opnieuw ingelezen van schijf. Wat u typte staat nog in het formulier: Ctrl-S bewaart het.",
        en: "Profile read again from disk. What you typed is still in the form: Ctrl-S saves it.")
    static let settingsReloaded = LocalizedText(
        nl: "Instellingen opnieuw ingelezen van schijf; kies opnieuw wat u wilde veranderen.",
        en: "Settings read again from disk; choose again what you wanted to change.")

    /// Which change was not saved, first in the refusal dialog.
    static func notSaved(_ kind: SaveKind, _ what: LocalizedText) -> LocalizedText {
        switch kind {
        case .undo:
            return LocalizedText(nl: "Ongedaan maken van ‘\(what.nl)’ is niet bewaard.", en: "Undoing “\(what.en)” was not saved.")
        case .exportDate:
            return LocalizedText(nl: "Het exportbestand is geschreven, maar \(what.nl) is niet bij de groep bewaard.",
                                 en: "The export file was written, but \(what.en) was not saved with the group.")
        default:
            return LocalizedText(nl: "De wijziging ‘\(what.nl)’ is niet bewaard.", en: "The change “\(what.en)” was not saved.")
        }
    }

    static let profileNotSaved = LocalizedText(nl: "Het profiel van de begeleider is niet bewaard.", en: "The supervisor's profile was not saved.")
    static let settingsNotSaved = LocalizedText(
        nl: "De instellingen zijn niet bewaard: uw keuze geldt tot u de app sluit.",
        en: "The settings were not saved: your choice holds until you close the app.")
    static let demoNotSaved = LocalizedText(nl: "De demogegevens zijn niet geschreven.", en: "The demo data was not written.")
    static let reloadNotDone = LocalizedText(nl: "Opnieuw inlezen is niet gelukt.", en: "Reading it again did not work.")

    /// What `r` does in the refusal dialog.
    static func reloadExplain(_ file: StoredFile) -> LocalizedText {
        switch file {
        case .group:
            return LocalizedText(
                nl: "r leest de groep opnieuw van schijf: u ziet dan wat er nu staat, en wat u typte blijft in het formulier om opnieuw te bewaren.",
                en: "r reads the group again from disk: you then see what is there now, and what you typed stays in the form, to save again.")
        case .profile:
            return LocalizedText(
                nl: "r leest het profiel opnieuw van schijf; wat u typte blijft in het formulier om opnieuw te bewaren.",
                en: "r reads the profile again from disk; what you typed stays in the form, to save again.")
        case .settings:
            return LocalizedText(nl: "r leest de instellingen opnieuw van schijf.", en: "r reads the settings again from disk.")
        }
    }

    /// After `r`: the group as the disk has it now.
    static func groupReloaded(_ name: String, gone: Bool, readOnly: StoreRefusal?) -> LocalizedText {
        if gone {
            return LocalizedText(
                nl: "Het bestand van \(name) is op schijf verwijderd; de app houdt de groep zoals u haar ziet, en bewaren schrijft het bestand opnieuw.",
                en: "The file of \(name) was removed on disk; the app keeps the group as you see it, and saving writes the file again.")
        }
        if let readOnly {
            return LocalizedText(nl: "\(name) opnieuw ingelezen, alleen lezen: \(readOnly.message.nl)",
                                 en: "\(name) read again, read-only: \(readOnly.message.en)")
        }
        return LocalizedText(
            nl: "\(name) opnieuw ingelezen van schijf. Wat u typte staat nog in het formulier: Ctrl-S bewaart het.",
            en: "\(name) read again from disk. What you typed is still in the form: Ctrl-S saves it.")
    }

    /// A refusal of the data folder in the user's words: what happened, and that nothing was lost.
    static func refusal(_ refusal: StoreRefusal) -> LocalizedText {
        switch refusal {
        case .changedOnDisk(let file):
            return LocalizedText(
                nl: "\(file) is buiten deze app gewijzigd sinds het gelezen werd (door een ander programma, de opdrachtregel of een synchronisatie). Er is niets overschreven.",
                en: "\(file) was changed outside this app since it was read (by another program, the command line or a sync). Nothing was overwritten.")
        case .damaged(_, let detail), .newerFile(_, let detail):
            return detail
        case .notPermitted(let file):
            return LocalizedText(
                nl: "Geen toestemming om \(file) te schrijven (het bestand of de map is alleen-lezen). Er is niets geschreven.",
                en: "No permission to write \(file) (the file or its folder is read-only). Nothing was written.")
        case .readOnlyFileSystem(let file):
            return LocalizedText(nl: "\(file) staat op een alleen-lezen bestandssysteem. Er is niets geschreven.",
                                 en: "\(file) is on a read-only file system. Nothing was written.")
        case .diskFull(let file):
            return LocalizedText(
                nl: "De schijf is vol (of het quotum is bereikt): \(file) kon niet worden geschreven. Het bestand op schijf is ongewijzigd.",
                en: "The disk is full (or the quota reached): \(file) could not be written. The file on disk is unchanged.")
        case .lockTimeout(let lock, let seconds):
            return LocalizedText(
                nl: "Een ander programma houdt de gegevensmap al \(seconds) \(seconds == 1 ? "seconde" : "seconden") bezet (het slot \(lock); draait intervisie nog elders, of een synchronisatie?). Er is niets geschreven; probeer het zo opnieuw.",
                en: "Another program has kept the data folder busy for \(seconds) \(seconds == 1 ? "second" : "seconds") (the lock \(lock); is intervisie running elsewhere, or a sync?). Nothing was written; try again shortly.")
        case .notFound(let file):
            return LocalizedText(nl: "\(file) bestaat niet (meer).", en: "\(file) does not exist (any more).")
        case .systemError(let file, let reason):
            return LocalizedText(nl: "\(file) kon niet worden geschreven: \(reason.nl). Het bestand op schijf is ongewijzigd.",
                                 en: "\(file) could not be written: \(reason.en). The file on disk is unchanged.")
        case .other(let text):
            return text
        }
    }
}
