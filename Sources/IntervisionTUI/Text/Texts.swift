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
        case .overviewNoGroups: return t("Nog geen groepen in deze datamap.", "No groups in this data folder yet.")
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
        }
    }
}
