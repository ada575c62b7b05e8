import IntervisionCore

/// The export dialog's texts.
public enum ExportTexts {
    static let name = LocalizedText(nl: "Exporteren", en: "Export")
    static let noGroup = LocalizedText(nl: "De groep bestaat niet meer.", en: "The group no longer exists.")
    static let what = LocalizedText(nl: "Wat", en: "What")
    static let format = LocalizedText(nl: "Formaat", en: "Format")
    static let draft = LocalizedText(nl: "Concept", en: "Draft")
    static let folder = LocalizedText(nl: "Map", en: "Folder")
    static let footer = LocalizedText(nl: "Enter schrijft · Esc terug", en: "Enter writes · Esc back")
    static let choicePlan = LocalizedText(nl: "Jaarplan", en: "Yearly plan")
    static let choiceAttendance = LocalizedText(nl: "Presentielijst", en: "Attendance list")
    static let choiceCalendar = LocalizedText(nl: "Agenda (iCalendar)", en: "Calendar (iCalendar)")
    static let choiceGroupFile = LocalizedText(nl: "Groepsbestand (overdracht)", en: "Group file (hand-over)")
    static let noPlan = LocalizedText(nl: "Deze groep heeft nog geen jaarplan.", en: "This group has no yearly plan yet.")
    static let recordsDate = LocalizedText(nl: "Definitief exporteren legt vandaag vast als exportdatum; indienen in GAIA markeert u apart.",
                                           en: "A final export records today as the export date; submitting in GAIA is marked separately.")
    static let alreadySent = LocalizedText(nl: "Al eerder geëxporteerd; opnieuw exporteren maakt vandaag de exportdatum.",
                                           en: "Exported before; exporting again makes today the export date.")
    static let groupFileNote = LocalizedText(nl: "Voor de overdracht: de ander leest het in met i in het overzicht (of 'intervisie import BESTAND').",
                                             en: "For the hand-over: the other reads it in with i on the overview (or 'intervisie import FILE').")
    static let encryption = LocalizedText(nl: "Beveiliging", en: "Protection")
    static let encrypted = LocalizedText(nl: "versleuteld (age, met wachtzin)", en: "encrypted (age, with a passphrase)")
    static let plainJSON = LocalizedText(nl: "gewoon JSON (onversleuteld)", en: "plain JSON (not encrypted)")
    static let plainWarning = LocalizedText(nl: "Onversleuteld: namen, BIG- en telefoonnummers zijn leesbaar voor iedereen die het bestand ziet. Niet per e-mail versturen.",
                                            en: "Not encrypted: names, BIG and phone numbers can be read by anyone who sees the file. Do not send it by e-mail.")
    static let choiceEvaluation = LocalizedText(nl: "jaarevaluatie", en: "annual evaluation")
    static let choiceMeetingList = LocalizedText(nl: "Presentielijst van één bijeenkomst", en: "One meeting's attendance list")
    static let choiceGAIAList = LocalizedText(nl: "BIG-nummers voor GAIA", en: "BIG numbers for GAIA")
    static let meeting = LocalizedText(nl: "Bijeenkomst", en: "Meeting")
    static let noMeeting = LocalizedText(nl: "Deze groep heeft geen bijeenkomst om dit van te maken.", en: "This group has no meeting to make this of.")
    static let signInSheetNote = LocalizedText(
        nl: "Een bijeenkomst die nog komt: een lege presentielijst om te tekenen (datum, tijden, leden met BIG-nummer).",
        en: "A meeting still to come: a blank sign-in sheet (date, times, members with BIG number).")
    static let gaiaListNote = LocalizedText(
        nl: "Eén BIG-nummer per regel, om te plakken bij Importeren in GAIA; r op de bijeenkomst kopieert ze ook.",
        en: "One BIG number a line, to paste into GAIA's Importeren; r on the meeting copies them too.")
    static let noEvaluation = LocalizedText(nl: "Deze groep heeft nog geen evaluatie; v legt haar vast.", en: "This group has no evaluation yet; v records one.")

    /// Core's refusal as the dialog says it (the evaluation's with the key that records one).
    static func refusal(_ refusal: ExportRefusal) -> LocalizedText {
        switch refusal {
        case .noPlan: return noPlan
        case .noEvaluation: return noEvaluation
        case .incompletePlan, .noMeetingOn, .noHeldMeetingOn: return refusal.message
        }
    }

    static func title(_ groupName: String) -> LocalizedText {
        LocalizedText(nl: "Exporteren: \(groupName)", en: "Export: \(groupName)")
    }

    static func path(_ path: String) -> LocalizedText {
        LocalizedText(nl: "Bestand: \(path)", en: "File: \(path)")
    }

    static func fieldsEmpty(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "\(count) velden leeg", en: "\(count) fields empty")
    }

    static func overwrite(_ path: String) -> LocalizedText {
        LocalizedText(nl: "\(path) bestaat al. Enter overschrijft het, Esc gaat terug.",
                      en: "\(path) already exists. Enter overwrites it, Esc goes back.")
    }

    static func createFolder(_ path: String) -> LocalizedText {
        LocalizedText(nl: "De map \(path) bestaat niet. Enter maakt haar aan (alleen voor u leesbaar) en schrijft het bestand; Esc gaat terug.",
                      en: "The folder \(path) does not exist. Enter creates it (readable by you only) and writes the file; Esc goes back.")
    }

    static func written(_ path: String) -> LocalizedText {
        LocalizedText(nl: "Geschreven: \(path)", en: "Written: \(path)")
    }

    /// The change an export makes to the group, as a refusal names it.
    static func exportDate(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "de exportdatum \(date.dutch) van het jaarplan", en: "the plan's export date \(date.iso)")
    }

    static func recorded(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "jaarplan geëxporteerd op \(date.dutch)", en: "plan exported on \(date.iso)")
    }

    /// A final plan not written because its export date could not be saved on the group (the store's reason).
    public static func dateNotSavable(_ refusal: StoreRefusal) -> LocalizedText {
        LocalizedText(nl: "Niet geschreven: de exportdatum kan niet bij de groep worden bewaard. \(refusal.message.nl)",
                      en: "Not written: the export date cannot be saved with the group. \(refusal.message.en)")
    }

    /// The folder typed will not do (too long, a control character).
    static func folderRefused(_ problem: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "Map: \(problem.nl)", en: "Folder: \(problem.en)")
    }

    /// "05-11-2026 gehouden", "10-12-2026 gepland".
    static func meetingValue(_ date: CivilDate, held: Bool) -> LocalizedText {
        held ? LocalizedText(nl: "\(date.dutch) gehouden", en: "\(date.iso) held")
             : LocalizedText(nl: "\(date.dutch) gepland", en: "\(date.iso) planned")
    }

    static func evaluationOf(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaarevaluatie van \(date.dutch)", en: "Annual evaluation of \(date.iso)")
    }
}
