import Foundation
import IntervisionCore

/// Every text of the interface, in Dutch and English, in one place. Views ask for a key; a test
/// checks that each key has both languages. Placeholders `{0}`, `{1}`, … are filled by `Texts.format`.
public enum TextKey: String, CaseIterable, Sendable {
    // Screens and header
    case appName, screenOverview, screenGroup, screenHelp, screenSettings, screenFirstStart
    case roleSupervisor, roleContactPerson
    // Overview
    case columnGroup, columnMeetings, columnNextDue, columnAtRisk, columnPlan
    case overviewSummary, overviewNoGroups, overviewNoMatch, filterPrompt, filterActive
    case planMissing, planIncomplete, planComplete, planExported
    // Group
    case tabMembers, tabMeetings, tabFindings
    case columnName, columnSpecialism, columnBIG, columnAttendance, columnMayMiss
    case columnDate, columnStatus, columnTopic, columnPresent, columnMethod
    case columnDue, columnFinding, columnRule
    case meetingHeld, meetingPlanned, noBIG, memberLeft, contactMark, cannotReach75, noMeetingYet
    case groupYear, groupNoYear, groupHeldOfPlanned, groupNextDue, groupNextPlanned, groupPlan, errorsOne, errorsMany, warningsOne, warningsMany
    case noFindings, noMembers, noMeetings
    case findingDetailTitle, findingRule, findingDue, findingMember, dialogClose
    // Help
    case helpTitle, helpIntro, helpKeys, helpAction, helpWhere
    case scopeEverywhere, scopeFirstStart, scopeOverview, scopeGroup, scopeHelp, scopeSettings, scopeFilter, scopeDialog
    // Settings
    case settingTheme, settingLanguage, settingRole, languageAutomatic, languageDutch, languageEnglish
    case settingsExplain, settingsNoColor
    // First start
    case firstStartTitle, firstStartLine1, firstStartLine2, firstStartLine3, firstStartLine4
    case firstStartInstall, firstStartEmpty, firstStartQuit
    // Too small
    case tooSmallTitle, tooSmallSize, tooSmallHint
    // Status messages
    case messageSettingsSaved, messageDemoInstalled, messageThemeFailed, messageFailed, messageStartedEmpty
    // Key table: what each action does (help) and its short hint (status bar)
    case actionMoveUp, actionMoveDown, actionPageUp, actionPageDown, actionFirst, actionLast
    case actionOpen, actionBack, actionQuit, actionHelp, actionFilter, actionSettings
    case actionNextTab, actionPreviousTab, actionShowMembers, actionShowMeetings, actionShowFindings
    case actionNextValue, actionPreviousValue, actionInstallDemo, actionStartEmpty
    case actionAcceptFilter, actionCancelFilter, actionCloseDialog, actionForceQuit
    case hintMove, hintOpen, hintBack, hintQuit, hintHelp, hintFilter, hintSettings, hintTab, hintChange
    case hintAccept, hintCancel, hintClose, hintDetails, hintInstall
    // MARK: - Yearly plan and exports (issue 5)
    case screenPlanForm, screenExport, screenNewGroup, yes, no
    case scopePlanForm, scopePlanChoice, scopeExportDialog, scopeNewGroup
    case planTitle, planProposed, planExportedOn, planIsComplete, planMissingTitle, planChecksTitle, planChecksFine
    case planRefusedCount, planReadyToExport, planExportAsDraft
    case planColumnName, planColumnSpecialism, planColumnBIG, planColumnDate, planColumnTopic
    case planLeftMark, planLeftNote, planDatePlaceholder, planPhone, planFrom, planTo, planHours, planContactMark, planNewRow, planChooseHint, planChooseContact
    case planFootnoteBIG, planFootnoteNet, planTableHint
    case planChoiceOwn, planChoiceFooterSeveral, planChoiceFooterOne
    case planChooseContactFirst, planNameFirst, planNoParticipantsYet, planDraftsDropped, planRemoveOnlyRows, planMeetingRemoved
    case planConfirmDelete, planConfirmMarkLeft, planMemberDeleted, planMemberMarkedLeft, planNoLaterYear, planNoEarlierYear, planNoGroup
    case newGroupPrompt, newGroupFooter, newGroupMade
    case exportTitle, exportWhat, exportFormat, exportDraft, exportFolder, exportPath, exportFooter
    case exportChoicePlan, exportChoiceAttendance, exportChoiceCalendar, exportChoiceGroupFile
    case exportFieldsEmpty, exportNoPlan, exportOverwrite, exportRecordsDate, exportAlreadySent, exportGroupFileNote
    case exportWritten, exportRecorded
    case actionOpenPlan, actionNewGroup, actionOpenExport, actionNextPlanField, actionPreviousPlanField, actionFieldUp, actionFieldDown
    case actionEditText, actionRemoveRow, actionNextPlanYear, actionPreviousPlanYear, actionFormBack
    case actionToggleChoice, actionAcceptChoice, actionCancelDialog, actionRunExport, actionCreateGroup
    case hintPlan, hintNewGroup, hintPlanExport, hintNextPlanField, hintRemoveRow, hintToggle, hintWrite, hintCreate
}

public enum Texts {
    public static func text(_ key: TextKey, _ language: Language) -> String {
        localized(key).text(language)
    }

    /// The text with `{0}`, `{1}`, … replaced by the arguments.
    public static func format(_ key: TextKey, _ language: Language, _ arguments: String...) -> String {
        var result = text(key, language)
        for (index, argument) in arguments.enumerated() {
            result = result.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return result
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public static func localized(_ key: TextKey) -> LocalizedText {
        func t(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }
        switch key {
        case .appName: return t("intervisie", "intervisie")
        case .screenOverview: return t("Overzicht", "Overview")
        case .screenGroup: return t("Groep", "Group")
        case .screenHelp: return t("Help", "Help")
        case .screenSettings: return t("Instellingen", "Settings")
        case .screenFirstStart: return t("Welkom", "Welcome")
        case .roleSupervisor: return t("begeleider", "supervisor")
        case .roleContactPerson: return t("contactpersoon", "contact person")

        case .columnGroup: return t("Groep", "Group")
        case .columnMeetings: return t("Bijeenk.", "Meetings")
        case .columnNextDue: return t("Volgende vóór", "Next due by")
        case .columnAtRisk: return t("Risico", "At risk")
        case .columnPlan: return t("Jaarplan", "Yearly plan")
        case .overviewSummary: return t("{0} groepen · {1} met fouten · {2} met waarschuwingen", "{0} groups · {1} with errors · {2} with warnings")
        case .overviewNoGroups: return t("Nog geen groepen in deze datamap. n: nieuwe groep.", "No groups in this data folder yet. n: new group.")
        case .overviewNoMatch: return t("Geen groep past bij „{0}”.", "No group matches “{0}”.")
        case .filterPrompt: return t("Filter op naam: ", "Filter by name: ")
        case .filterActive: return t("filter: {0} ({1} van {2})", "filter: {0} ({1} of {2})")
        case .planMissing: return t("ontbreekt", "missing")
        case .planIncomplete: return t("onvolledig", "incomplete")
        case .planComplete: return t("volledig", "complete")
        case .planExported: return t("geëxporteerd", "exported")

        case .tabMembers: return t("Leden", "Members")
        case .tabMeetings: return t("Bijeenkomsten", "Meetings")
        case .tabFindings: return t("Bevindingen", "Findings")
        case .columnName: return t("Naam", "Name")
        case .columnSpecialism: return t("Specialisme", "Specialism")
        case .columnBIG: return t("BIG-nummer", "BIG number")
        case .columnAttendance: return t("Aanw.", "Attend.")
        case .columnMayMiss: return t("Mag missen", "May miss")
        case .columnDate: return t("Datum", "Date")
        case .columnStatus: return t("Status", "Status")
        case .columnTopic: return t("Onderwerp", "Topic")
        case .columnPresent: return t("Aanwezig", "Present")
        case .columnMethod: return t("Methode", "Method")
        case .columnDue: return t("Uiterlijk", "Due by")
        case .columnFinding: return t("Bevinding", "Finding")
        case .columnRule: return t("Regel", "Rule")
        case .meetingHeld: return t("gehouden", "held")
        case .meetingPlanned: return t("gepland", "planned")
        case .noBIG: return t("geen BIG", "no BIG")
        case .memberLeft: return t("vertrokken {0}", "left {0}")
        case .contactMark: return t("(contact)", "(contact)")
        case .cannotReach75: return t("75% onhaalbaar", "75% out of reach")
        case .noMeetingYet: return t("nog geen", "none yet")
        case .groupYear: return t("Jaar {0} t/m {1}", "Year {0} to {1}")
        case .groupNoYear: return t("Geen jaarplan voor dit jaar", "No yearly plan for this year")
        case .groupHeldOfPlanned: return t("{0} van {1} bijeenkomsten gehouden", "{0} of {1} meetings held")
        case .groupNextDue: return t("volgende uiterlijk {0}", "next due by {0}")
        case .groupNextPlanned: return t("gepland {0}", "planned {0}")
        case .groupPlan: return t("jaarplan: {0}", "yearly plan: {0}")
        case .errorsOne: return t("1 fout", "1 error")
        case .errorsMany: return t("{0} fouten", "{0} errors")
        case .warningsOne: return t("1 waarschuwing", "1 warning")
        case .warningsMany: return t("{0} waarschuwingen", "{0} warnings")
        case .noFindings: return t("Geen bevindingen: deze groep voldoet aan de regels.", "No findings: this group meets the rules.")
        case .noMembers: return t("Deze groep heeft nog geen leden.", "This group has no members yet.")
        case .noMeetings: return t("Nog geen bijeenkomsten in dit jaar.", "No meetings in this year yet.")
        case .findingDetailTitle: return t("Bevinding", "Finding")
        case .findingRule: return t("Regel", "Rule")
        case .findingDue: return t("Uiterlijk", "Due by")
        case .findingMember: return t("Lid", "Member")
        case .dialogClose: return t("Enter of Esc sluit", "Enter or Esc closes")

        case .helpTitle: return t("Toetsen", "Keys")
        case .helpIntro: return t("Alle toetsen, per scherm. Esc of ? sluit deze hulp.", "All keys, per screen. Esc or ? closes this help.")
        case .helpKeys: return t("Toetsen", "Keys")
        case .helpAction: return t("Wat het doet", "What it does")
        case .helpWhere: return t("Waar", "Where")
        case .scopeEverywhere: return t("Overal", "Everywhere")
        case .scopeFirstStart: return t("Eerste start", "First start")
        case .scopeOverview: return t("Overzicht", "Overview")
        case .scopeGroup: return t("Groep", "Group")
        case .scopeHelp: return t("Help", "Help")
        case .scopeSettings: return t("Instellingen", "Settings")
        case .scopeFilter: return t("Filter typen", "Typing a filter")
        case .scopeDialog: return t("Venster", "Dialog")

        case .settingTheme: return t("Thema", "Theme")
        case .settingLanguage: return t("Taal", "Language")
        case .settingRole: return t("Rol", "Role")
        case .languageAutomatic: return t("automatisch ({0})", "automatic ({0})")
        case .languageDutch: return t("Nederlands", "Dutch")
        case .languageEnglish: return t("Engels", "English")
        case .settingsExplain: return t("Wijzigingen gelden meteen en worden bewaard in de datamap.", "Changes apply at once and are saved in the data folder.")
        case .settingsNoColor: return t("NO_COLOR is gezet of de terminal kent geen kleuren: monochroom wordt gebruikt.", "NO_COLOR is set or the terminal has no colours: monochrome is used.")

        case .firstStartTitle: return t("Welkom bij intervisie", "Welcome to intervisie")
        case .firstStartLine1: return t("Voor begeleiders van geaccrediteerde intervisiegroepen van medisch specialisten.", "For supervisors of accredited intervision groups of medical specialists.")
        case .firstStartLine2: return t("Houd per groep bijeenkomsten, aanwezigheid, evaluatie en jaarplan bij,", "Keep each group's meetings, attendance, evaluation and yearly plan,")
        case .firstStartLine3: return t("en zie meteen wat de regeling vraagt: wanneer de volgende bijeenkomst moet,", "and see at once what the regulation asks: when the next meeting is due,")
        case .firstStartLine4: return t("wie de 75% aanwezigheid niet dreigt te halen, en of het jaarplan op tijd is.", "who is at risk of missing 75% attendance, and whether the plan is on time.")
        case .firstStartInstall: return t("Enter: voorbeeldgegevens installeren (8 groepen) om rond te kijken", "Enter: install the demo data (8 groups) to look around")
        case .firstStartEmpty: return t("Andere toets: leeg beginnen", "Any other key: start empty")
        case .firstStartQuit: return t("q: stoppen", "q: quit")

        case .tooSmallTitle: return t("Terminal te klein", "Terminal too small")
        case .tooSmallSize: return t("nodig {0}, nu {1}", "need {0}, have {1}")
        case .tooSmallHint: return t("Maak het venster groter; q stopt.", "Make the window larger; q quits.")

        case .messageSettingsSaved: return t("Instellingen bewaard.", "Settings saved.")
        case .messageDemoInstalled: return t("Voorbeeldgegevens geïnstalleerd: {0} groepen.", "Demo data installed: {0} groups.")
        case .messageThemeFailed: return t("{0} — standaardthema gebruikt", "{0} — using the default theme")
        case .messageFailed: return t("Mislukt: {0}", "Failed: {0}")
        case .messageStartedEmpty: return t("Leeg begonnen. Groepen toevoegen komt in een volgende versie.", "Started empty. Adding groups comes in a later version.")

        case .actionMoveUp: return t("één regel omhoog", "move up one line")
        case .actionMoveDown: return t("één regel omlaag", "move down one line")
        case .actionPageUp: return t("een pagina omhoog", "one page up")
        case .actionPageDown: return t("een pagina omlaag", "one page down")
        case .actionFirst: return t("naar het begin", "go to the first line")
        case .actionLast: return t("naar het eind", "go to the last line")
        case .actionOpen: return t("open wat geselecteerd is", "open the selected line")
        case .actionBack: return t("terug naar het vorige scherm", "back to the previous screen")
        case .actionQuit: return t("stoppen", "quit")
        case .actionHelp: return t("deze hulp", "this help")
        case .actionFilter: return t("filter de lijst op naam", "filter the list by name")
        case .actionSettings: return t("instellingen: thema, taal, rol", "settings: theme, language, role")
        case .actionNextTab: return t("volgend tabblad", "next tab")
        case .actionPreviousTab: return t("vorig tabblad", "previous tab")
        case .actionShowMembers: return t("tabblad leden", "members tab")
        case .actionShowMeetings: return t("tabblad bijeenkomsten", "meetings tab")
        case .actionShowFindings: return t("tabblad bevindingen", "findings tab")
        case .actionNextValue: return t("volgende waarde", "next value")
        case .actionPreviousValue: return t("vorige waarde", "previous value")
        case .actionInstallDemo: return t("voorbeeldgegevens installeren", "install the demo data")
        case .actionStartEmpty: return t("leeg beginnen (elke andere toets)", "start empty (any other key)")
        case .actionAcceptFilter: return t("filter vasthouden", "keep the filter")
        case .actionCancelFilter: return t("filter wissen", "clear the filter")
        case .actionCloseDialog: return t("venster sluiten", "close the dialog")
        case .actionForceQuit: return t("direct stoppen, vanuit elk scherm", "quit at once, from any screen")

        case .hintMove: return t("kies", "move")
        case .hintOpen: return t("open", "open")
        case .hintBack: return t("terug", "back")
        case .hintQuit: return t("stop", "quit")
        case .hintHelp: return t("help", "help")
        case .hintFilter: return t("filter", "filter")
        case .hintSettings: return t("instellingen", "settings")
        case .hintTab: return t("tabblad", "tab")
        case .hintChange: return t("wijzig", "change")
        case .hintAccept: return t("klaar", "done")
        case .hintCancel: return t("wis", "clear")
        case .hintClose: return t("sluit", "close")
        case .hintDetails: return t("details", "details")
        case .hintInstall: return t("demo", "demo")

        // MARK: - Yearly plan and exports (issue 5)
        case .screenPlanForm: return t("Jaarplan", "Yearly plan")
        case .screenExport: return t("Exporteren", "Export")
        case .screenNewGroup: return t("Nieuwe groep", "New group")
        case .yes: return t("ja", "yes")
        case .no: return t("nee", "no")
        case .scopePlanForm: return t("Jaarplan invullen (letters typen in het veld)", "Filling in the yearly plan (letters type into the field)")
        case .scopePlanChoice: return t("Kiezen uit een lijst", "Choosing from a list")
        case .scopeExportDialog: return t("Exporteren", "Export")
        case .scopeNewGroup: return t("Nieuwe groep", "New group")

        case .planTitle: return t("Jaarplan {0} – {1}", "Yearly plan {0} – {1}")
        case .planProposed: return t("nieuw, nog niet bewaard", "new, not saved yet")
        case .planExportedOn: return t("Geëxporteerd op {0}", "Exported on {0}")
        case .planIsComplete: return t("Het jaarplan is volledig.", "The yearly plan is complete.")
        case .planMissingTitle: return t("Nog in te vullen ({0})", "Still to fill in ({0})")
        case .planChecksTitle: return t("Planning", "Schedule")
        case .planChecksFine: return t("minstens 4, binnen de jaargang, steeds binnen 3 maanden", "at least 4, inside the year, never over 3 months apart")
        case .planRefusedCount: return t("Niet bewaard: {0} (rood)", "Not saved: {0} (red)")
        case .planReadyToExport: return t("Klaar om te exporteren: Ctrl-X.", "Ready to export: Ctrl-X.")
        case .planExportAsDraft: return t("Onvolledig: alleen als concept te exporteren (Ctrl-X).", "Incomplete: can only be exported as a draft (Ctrl-X).")
        case .planColumnName: return t("Naam**", "Naam** / Name")
        case .planColumnSpecialism: return t("Specialisme", "Specialisme / Specialism")
        case .planColumnBIG: return t("BIG-nummer", "BIG-nummer / BIG number")
        case .planColumnDate: return t("Datum", "Datum / Date")
        case .planColumnTopic: return t("Onderwerp(en) **", "Onderwerp(en) / Topic(s) **")
        case .planDatePlaceholder: return t("dd-mm-jjjj", "YYYY-MM-DD")
        case .planPhone: return t("tel.", "phone")
        case .planFrom: return t("van", "from")
        case .planTo: return t("tot", "to")
        case .planHours: return t("uur (bijv. 2,5)", "hours (e.g. 2.5)")
        case .planContactMark: return t("contact", "contact")
        case .planLeftMark: return t("vertrokken", "left")
        case .planLeftNote: return t("{0} is vertrokken per {1}; staat op de lijst omdat het een deel van dit jaar lid was",
                                     "{0} left from {1}; listed because they were a member for part of this year")
        case .planNewRow: return t("naam (nieuwe rij)", "name (new row)")
        case .planChooseHint: return t("Enter: kiezen", "Enter: choose")
        case .planChooseContact: return t("Contactpersoon kiezen", "Choose the contact person")
        case .planFootnoteBIG: return t("* Ook leden zonder BIG-registratie kunnen hier staan; zij krijgen geen accreditatiepunten via GAIA.",
                                        "* Members without BIG registration may be listed; they get no accreditation points via GAIA.")
        case .planFootnoteNet: return t("*** Alleen de tijd die aan de nascholing wordt besteed (netto).", "*** Only the time spent on education (net).")
        case .planTableHint: return t("** Tab op de laatste rij voegt een rij toe; Ctrl-R verwijdert een rij.",
                                      "** Tab on the last row adds a row; Ctrl-R removes a row.")
        case .planChoiceOwn: return t("Eigen invoer + Enter:", "Own entry + Enter:")
        case .planChoiceFooterSeveral: return t("Spatie aan/uit · Enter klaar · Esc terug", "Space on/off · Enter done · Esc back")
        case .planChoiceFooterOne: return t("Enter kiest · Esc terug", "Enter chooses · Esc back")
        case .planChooseContactFirst: return t("kies eerst een contactpersoon", "choose a contact person first")
        case .planNameFirst: return t("vul eerst de naam in; dit wordt dan meteen bewaard", "fill in the name first; this is then saved with it")
        case .planNoParticipantsYet: return t("vul eerst de deelnemers in", "fill in the participants first")
        case .planDraftsDropped: return t("{0} geweigerde invoer niet bewaard.", "{0} refused input(s) not saved.")
        case .planRemoveOnlyRows: return t("Ctrl-R verwijdert een rij van de tabel Deelnemers of Planning.", "Ctrl-R removes a row of the participants or meetings table.")
        case .planMeetingRemoved: return t("Geplande bijeenkomst verwijderd.", "Planned meeting removed.")
        case .planConfirmDelete: return t("{0} was nog bij geen bijeenkomst: nogmaals Ctrl-R haalt {0} uit de groep.",
                                          "{0} attended no meeting yet: Ctrl-R again removes {0} from the group.")
        case .planConfirmMarkLeft: return t("{0} was bij bijeenkomsten: nogmaals Ctrl-R markeert {0} als vertrokken per {1}; de aanwezigheid blijft bewaard.",
                                            "{0} attended meetings: Ctrl-R again marks {0} as left from {1}; attendance is kept.")
        case .planMemberDeleted: return t("{0} is uit de groep gehaald.", "{0} was removed from the group.")
        case .planMemberMarkedLeft: return t("{0} is vertrokken per {1}; de aanwezigheid blijft bewaard.", "{0} left from {1}; attendance is kept.")
        case .planNoLaterYear: return t("Dit is het laatste jaarplan.", "This is the last yearly plan.")
        case .planNoEarlierYear: return t("Dit is het eerste jaarplan.", "This is the first yearly plan.")
        case .planNoGroup: return t("De groep bestaat niet meer.", "The group no longer exists.")

        case .newGroupPrompt: return t("Naam van de groep:", "Name of the group:")
        case .newGroupFooter: return t("Enter maakt de groep en opent het jaarplan · Esc terug", "Enter makes the group and opens its plan · Esc back")
        case .newGroupMade: return t("Groep {0} gemaakt: vul het jaarplan in.", "Group {0} made: fill in its yearly plan.")

        case .exportTitle: return t("Exporteren: {0}", "Export: {0}")
        case .exportWhat: return t("Wat", "What")
        case .exportFormat: return t("Formaat", "Format")
        case .exportDraft: return t("Concept", "Draft")
        case .exportFolder: return t("Map", "Folder")
        case .exportPath: return t("Bestand: {0}", "File: {0}")
        case .exportFooter: return t("Enter schrijft · Esc terug", "Enter writes · Esc back")
        case .exportChoicePlan: return t("Jaarplan", "Yearly plan")
        case .exportChoiceAttendance: return t("Presentielijst", "Attendance list")
        case .exportChoiceCalendar: return t("Agenda (iCalendar)", "Calendar (iCalendar)")
        case .exportChoiceGroupFile: return t("Groepsbestand (overdracht)", "Group file (hand-over)")
        case .exportFieldsEmpty: return t("{0} velden leeg", "{0} fields empty")
        case .exportNoPlan: return t("Deze groep heeft nog geen jaarplan.", "This group has no yearly plan yet.")
        case .exportOverwrite: return t("{0} bestaat al. Enter overschrijft het, Esc gaat terug.", "{0} already exists. Enter overwrites it, Esc goes back.")
        case .exportRecordsDate: return t("Definitief exporteren legt vandaag vast als datum van indiening (vóór de eerste bijeenkomst).",
                                          "A final export records today as the date the plan was handed in (before the first meeting).")
        case .exportAlreadySent: return t("Al eerder geëxporteerd of ingediend; die datum blijft.", "Exported or submitted before; that date stays.")
        case .exportGroupFileNote: return t("Voor de overdracht: de ander leest het in met 'intervisie import BESTAND'.",
                                            "For the hand-over: the other reads it in with 'intervisie import FILE'.")
        case .exportWritten: return t("Geschreven: {0}", "Written: {0}")
        case .exportRecorded: return t("jaarplan geëxporteerd op {0}", "plan exported on {0}")

        case .actionOpenPlan: return t("jaarplan invullen of bekijken", "fill in or view the yearly plan")
        case .actionNewGroup: return t("nieuwe groep (naam, dan het jaarplan)", "new group (name, then its yearly plan)")
        case .actionOpenExport: return t("exporteren: jaarplan, presentielijst, agenda, groepsbestand", "export: plan, attendance list, calendar, group file")
        case .actionNextPlanField: return t("volgend veld; op de laatste rij van een tabel: nieuwe rij", "next field; on a table's last row: a new row")
        case .actionPreviousPlanField: return t("vorig veld", "previous field")
        case .actionFieldUp: return t("veld erboven", "field above")
        case .actionFieldDown: return t("veld eronder", "field below")
        case .actionEditText: return t("in het veld: cursor, wissen (ook Ctrl-A/E/U/K)", "in the field: cursor, delete (also Ctrl-A/E/U/K)")
        case .actionRemoveRow: return t("rij verwijderen (een deelnemer: tweemaal)", "remove a row (a participant: twice)")
        case .actionNextPlanYear: return t("volgend jaarplan (na het laatste: een nieuw)", "next yearly plan (after the last: a new one)")
        case .actionPreviousPlanYear: return t("vorig jaarplan", "previous yearly plan")
        case .actionFormBack: return t("typen in het veld ongedaan maken; nogmaals: terug", "undo typing in the field; again: back")
        case .actionToggleChoice: return t("aan- of uitvinken", "tick or untick")
        case .actionAcceptChoice: return t("klaar (op eigen invoer: toevoegen)", "done (on own entry: add it)")
        case .actionCancelDialog: return t("terug zonder te wijzigen", "back without changing")
        case .actionRunExport: return t("bestand schrijven", "write the file")
        case .actionCreateGroup: return t("groep maken en jaarplan openen", "make the group and open its plan")

        case .hintPlan: return t("jaarplan", "plan")
        case .hintNewGroup: return t("nieuwe groep", "new group")
        case .hintPlanExport: return t("exporteer", "export")
        case .hintNextPlanField: return t("volgend veld", "next field")
        case .hintRemoveRow: return t("rij weg", "remove row")
        case .hintToggle: return t("aan/uit", "tick")
        case .hintWrite: return t("schrijf", "write")
        case .hintCreate: return t("maak", "make")
        }
    }
}
