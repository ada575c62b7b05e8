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
    case planMissing, planIncomplete, planComplete, planExported, planChangedSinceExport, planSubmitted
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
    case actionAcceptFilter, actionCancelFilter, actionCloseDialog, actionForceQuit, actionSuspend
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
    // MARK: - Meetings and evaluation (issue 4)
    case tabAttendance, tabEvaluations
    case scopeMeetingFields, scopeMembersTab, scopeMeetingsTab, scopeFindingsTab, scopeAttendanceTab, scopeEvaluationsTab, scopeForm, scopeAttendanceList
    case scopeInlineField, scopeParticipants, scopeAnswer, scopeConfirm, scopePanel, scopeResult, actionUndoMeeting
    case actionNewMeeting, actionNewEvaluation, actionUndo, actionMethodSteps, actionShowAttendance, actionShowEvaluations
    case actionAddMember, actionEditMember, actionMarkLeft, actionEditMeeting, actionDeleteMeeting
    case actionEditEvaluation, actionDeleteEvaluation, actionExportEvaluation
    case actionSave, actionNextField, actionPreviousField, actionNextSuggestion, actionPreviousSuggestion, actionMethodStepsForm
    case actionCancelForm, actionTogglePresent, actionToggleExcused, actionEditReason, actionAcceptInput, actionCancelInput
    case actionPreviousParticipant, actionNextParticipant, actionToggleParticipant, actionNewline, actionAnswerUp, actionAnswerDown
    case actionConfirm, actionNextMethod, actionPreviousMethod
    case hintNewMeeting, hintUndo, hintAddMember, hintEdit, hintMarkLeft, hintDelete, hintExport, hintNewEvaluation
    case hintSave, hintField, hintSuggestion, hintSteps, hintCancelForm, hintPresent, hintExcused, hintReason, hintTakesPart
    case hintYes, hintNo, hintOtherMethod
    case screenNewMeeting, screenEditMeeting, screenNewMember, screenEditMember, screenMember, screenEvaluation
    case screenNewEvaluation, screenEditEvaluation
    case fieldDate, fieldDuration, fieldTopic, fieldMethod, fieldReason, fieldPhone, fieldJoined, fieldPeriodStart, fieldLeft, fieldContact
    case noteDateFormats, noteDurationPlan, noteFromPlan, noteMethods, noteExcusedCounts, noteSpaceSwitches
    case noteNoBIG, noteBIGRead, noteJoinedEmpty, notePeriodEmpty, noteLeftEmpty
    case attendanceCount, attendanceExcusedCount, statusPresent, statusAbsent, statusExcused, noMembersOnDate
    case columnHours, columnHoursPeriod, columnTotal, columnParticipants, columnAnswered, columnWentWell
    case gridEarlier, gridPresent, gridLegend, noEvaluations
    case memberHoursThisYear, memberHoursPeriod, memberAttendanceLine
    case participantsHeading, scrollPosition
    case deleteMeetingLabel, deleteEvaluationLabel
    case dialogDeleteTitle, dialogDeleteQuestion, dialogDeleteUndo, dialogYesNo, dialogDiscardTitle, dialogDiscardText
    case dialogLeftTitle, dialogLeftQuestion, dialogLeftExplain, dialogEnterEsc
    case exportChoiceEvaluation, exportNoEvaluation, exportEvaluationOf
    case resultTitleNew, resultTitleChanged, resultPresent, resultNextDue, resultNextDueChanged, resultAttendanceHeading
    case resultMayMiss, resultWas, resultNoNewErrors, resultError, resultResolved, resultFooter
    case methodTitle, methodTitleOne, methodNone, methodUnknown, methodFooter
    case undoMeetingAdded, undoMeetingChanged, undoDeleted, undoMemberAdded, undoMemberChanged, undoMemberLeft
    case undoEvaluationAdded, undoEvaluationChanged
    case messageNothingToUndo, messageUndone, messageSaved, messageDeleted, messagePlannedNotDeleted
    // MARK: - Supervisor profile
    case screenProfile, scopeFormChoice, actionSettingsNext, actionOpenFinding
    case fieldRegistration, fieldRegistrationNumber, fieldLVSCHours, registrationNone, noteChoose, noteHoursNeeded
    case profileLVSCExplain, profileMeets, profileFails, profileRegulation, profileAppliesToAll, profileNotFilledIn
    case messageProfileSaved, groupsOne, groupsMany
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
        case .overviewSummary: return t("{0} · {1} met fouten · {2} met waarschuwingen", "{0} · {1} with errors · {2} with warnings")
        case .overviewNoGroups: return t("Nog geen groepen in deze datamap. n: nieuwe groep.", "No groups in this data folder yet. n: new group.")
        case .overviewNoMatch: return t("Geen groep past bij „{0}”.", "No group matches “{0}”.")
        case .filterPrompt: return t("Filter op naam: ", "Filter by name: ")
        case .filterActive: return t("filter: {0} ({1} van {2})", "filter: {0} ({1} of {2})")
        case .planMissing: return t("ontbreekt", "missing")
        case .planIncomplete: return t("onvolledig", "incomplete")
        case .planComplete: return t("volledig", "complete")
        case .planExported: return t("geëxporteerd", "exported")
        case .planChangedSinceExport: return t("gewijzigd na export", "changed since export")
        case .planSubmitted: return t("ingediend in GAIA", "submitted in GAIA")

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
        case .settingsExplain: return t("Wijzigingen gelden meteen en worden bewaard in de datamap. Enter op Profiel begeleider opent het profiel.", "Changes apply at once and are saved in the data folder. Enter on Supervisor profile opens the profile.")
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
        case .messageStartedEmpty: return t("Leeg begonnen. Druk n voor een nieuwe groep.", "Started empty. Press n for a new group.")

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
        case .actionSuspend: return t("naar de shell, de app wacht (terug met fg)", "to the shell, the app waits (back with fg)")

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
        case .exportRecordsDate: return t("Definitief exporteren legt vandaag vast als exportdatum; indienen in GAIA markeert u apart.",
                                          "A final export records today as the export date; submitting in GAIA is marked separately.")
        case .exportAlreadySent: return t("Al eerder geëxporteerd; opnieuw exporteren maakt vandaag de exportdatum.",
                                          "Exported before; exporting again makes today the export date.")
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
        // MARK: - Meetings and evaluation (issue 4)
        case .tabAttendance: return t("Aanwezigheid", "Attendance")
        case .tabEvaluations: return t("Evaluaties", "Evaluations")
        case .scopeMembersTab: return t("Groep – tabblad leden", "Group – members tab")
        case .scopeMeetingsTab: return t("Groep – tabblad bijeenkomsten", "Group – meetings tab")
        case .scopeFindingsTab: return t("Groep – tabblad bevindingen", "Group – findings tab")
        case .scopeAttendanceTab: return t("Groep – tabblad aanwezigheid", "Group – attendance tab")
        case .scopeEvaluationsTab: return t("Groep – tabblad evaluaties", "Group – evaluations tab")
        case .scopeForm: return t("Formulieren (bijeenkomst, lid, evaluatie, profiel)", "Forms (meeting, member, evaluation, profile)")
        case .scopeMeetingFields: return t("Bijeenkomst – velden", "Meeting – fields")
        case .scopeAttendanceList: return t("Bijeenkomst – aanwezigheid", "Meeting – attendance")
        case .scopeInlineField: return t("Reden van afwezigheid typen", "Typing the reason for an absence")
        case .scopeParticipants: return t("Evaluatie – deelnemers", "Evaluation – participants")
        case .scopeAnswer: return t("Evaluatie – antwoord typen", "Evaluation – typing an answer")
        case .scopeConfirm: return t("Vraag (ja/nee)", "Question (yes/no)")
        case .scopePanel: return t("Stappen van een methode", "A method's steps")
        case .scopeResult: return t("Wat een bewaarde bijeenkomst deed", "What a saved meeting did")
        case .actionUndoMeeting: return t("sluiten en de bijeenkomst ongedaan maken", "close and undo the meeting")

        case .actionNewMeeting: return t("bijeenkomst vastleggen (datum vandaag)", "record a meeting (dated today)")
        case .actionNewEvaluation: return t("jaarevaluatie vastleggen", "record the annual evaluation")
        case .actionUndo: return t("laatste wijziging ongedaan maken", "undo the last change")
        case .actionMethodSteps: return t("stappen van een intervisiemethode", "steps of an intervision method")
        case .actionShowAttendance: return t("tabblad aanwezigheid (rooster)", "attendance tab (grid)")
        case .actionShowEvaluations: return t("tabblad evaluaties", "evaluations tab")
        case .actionAddMember: return t("lid toevoegen", "add a member")
        case .actionEditMember: return t("lid wijzigen (ook Enter)", "edit the member (Enter too)")
        case .actionMarkLeft: return t("lid vertrokken melden, met datum", "mark the member as left, with a date")
        case .actionEditMeeting: return t("bijeenkomst wijzigen; op een geplande: vastleggen (ook Enter)", "edit the meeting; on a planned one: record it (Enter too)")
        case .actionDeleteMeeting: return t("bijeenkomst verwijderen (vraagt eerst)", "delete the meeting (asks first)")
        case .actionEditEvaluation: return t("evaluatie wijzigen (ook Enter)", "edit the evaluation (Enter too)")
        case .actionDeleteEvaluation: return t("evaluatie verwijderen (vraagt eerst)", "delete the evaluation (asks first)")
        case .actionExportEvaluation: return t("evaluatie exporteren (Markdown, HTML)", "export the evaluation (Markdown, HTML)")
        case .actionSave: return t("bewaren", "save")
        case .actionNextField: return t("volgend veld", "next field")
        case .actionPreviousField: return t("vorig veld", "previous field")
        case .actionNextSuggestion: return t("volgende keuze: onderwerp uit het jaarplan, methode", "next choice: topic from the plan, method")
        case .actionPreviousSuggestion: return t("vorige keuze", "previous choice")
        case .actionMethodStepsForm: return t("stappen van de gekozen methode", "steps of the chosen method")
        case .actionCancelForm: return t("annuleren (vraagt eerst bij wijzigingen)", "cancel (asks first when changed)")
        case .actionTogglePresent: return t("aanwezig / afwezig", "present / absent")
        case .actionToggleExcused: return t("afwezig met / zonder bericht", "absent with / without notice")
        case .actionEditReason: return t("reden van afwezigheid typen", "type the reason for the absence")
        case .actionAcceptInput: return t("klaar", "done")
        case .actionCancelInput: return t("nee / annuleren", "no / cancel")
        case .actionPreviousParticipant: return t("vorige naam", "previous name")
        case .actionNextParticipant: return t("volgende naam", "next name")
        case .actionToggleParticipant: return t("doet mee / doet niet mee", "takes part / does not")
        case .actionNewline: return t("nieuwe regel", "new line")
        case .actionAnswerUp: return t("regel omhoog (bovenaan: vorig veld)", "line up (at the top: previous field)")
        case .actionAnswerDown: return t("regel omlaag (onderaan: volgend veld)", "line down (at the bottom: next field)")
        case .actionConfirm: return t("ja", "yes")
        case .actionNextMethod: return t("volgende methode", "next method")
        case .actionPreviousMethod: return t("vorige methode", "previous method")

        case .hintNewMeeting: return t("bijeenkomst", "meeting")
        case .hintUndo: return t("herstel", "undo")
        case .hintAddMember: return t("nieuw lid", "add")
        case .hintEdit: return t("wijzig", "edit")
        case .hintMarkLeft: return t("vertrokken", "left")
        case .hintDelete: return t("wis", "delete")
        case .hintExport: return t("exporteer", "export")
        case .hintNewEvaluation: return t("nieuwe", "new")
        case .hintSave: return t("bewaar", "save")
        case .hintField: return t("veld", "field")
        case .hintSuggestion: return t("keuze", "choice")
        case .hintSteps: return t("stappen", "steps")
        case .hintCancelForm: return t("annuleer", "cancel")
        case .hintPresent: return t("aan/afwezig", "present/absent")
        case .hintExcused: return t("met bericht", "notice")
        case .hintReason: return t("reden", "reason")
        case .hintTakesPart: return t("doet mee", "takes part")
        case .hintYes: return t("ja", "yes")
        case .hintNo: return t("nee", "no")
        case .hintOtherMethod: return t("andere methode", "other method")

        case .screenNewMeeting: return t("Nieuwe bijeenkomst", "New meeting")
        case .screenEditMeeting: return t("Bijeenkomst wijzigen", "Edit meeting")
        case .screenNewMember: return t("Nieuw lid", "New member")
        case .screenEditMember: return t("Lid wijzigen: {0}", "Edit member: {0}")
        case .screenMember: return t("Lid", "Member")
        case .screenEvaluation: return t("Jaarevaluatie", "Annual evaluation")
        case .screenNewEvaluation: return t("Jaarevaluatie met de groep", "Annual evaluation with the group")
        case .screenEditEvaluation: return t("Jaarevaluatie wijzigen", "Edit the annual evaluation")

        case .fieldDate: return t("Datum", "Date")
        case .fieldDuration: return t("Duur (uur)", "Hours")
        case .fieldTopic: return t("Onderwerp", "Topic")
        case .fieldMethod: return t("Methode", "Method")
        case .fieldReason: return t("reden:", "reason:")
        case .fieldPhone: return t("Telefoon", "Phone")
        case .fieldJoined: return t("Lid sinds", "Member since")
        case .fieldPeriodStart: return t("Herregistratie vanaf", "Re-registration from")
        case .fieldLeft: return t("Vertrokken op", "Left on")
        case .fieldContact: return t("Contactpersoon", "Contact person")

        case .noteDateFormats: return t("dd-mm-jjjj of jjjj-mm-dd", "YYYY-MM-DD or dd-mm-yyyy")
        case .noteDurationPlan: return t("jaarplan: {0}", "yearly plan: {0}")
        case .noteFromPlan: return t("PgDn: uit het jaarplan ({0})", "PgDn: from the plan ({0})")
        case .noteMethods: return t("PgDn: andere ({0}) · F3: stappen", "PgDn: other ({0}) · F3: steps")
        case .noteExcusedCounts: return t("Afwezig met bericht telt ook als afwezig voor de 75%-regel.", "Absent with notice still counts as absent for the 75% rule.")
        case .noteSpaceSwitches: return t("Spatie wisselt", "Space switches")
        case .noteNoBIG: return t("geen BIG-nummer: krijgt geen accreditatie-uren", "no BIG number: earns no accreditation hours")
        case .noteBIGRead: return t("wordt {0}", "reads as {0}")
        case .noteJoinedEmpty: return t("leeg: lid vanaf het begin", "empty: a member from the start")
        case .notePeriodEmpty: return t("leeg: de 5 jaar tot het eind van het jaar", "empty: the 5 years up to the year's end")
        case .noteLeftEmpty: return t("leeg: nog lid", "empty: still a member")

        case .attendanceCount: return t("Aanwezigheid: {0} aanwezig · {1} afwezig", "Attendance: {0} present · {1} absent")
        case .attendanceExcusedCount: return t("({0} met bericht)", "({0} with notice)")
        case .statusPresent: return t("aanwezig", "present")
        case .statusAbsent: return t("afwezig", "absent")
        case .statusExcused: return t("met bericht", "with notice")
        case .noMembersOnDate: return t("Geen leden op deze datum.", "No members on this date.")

        case .columnHours: return t("Uren", "Hours")
        case .columnHoursPeriod: return t("5 jaar", "5 yrs")
        case .columnTotal: return t("Totaal", "Total")
        case .columnParticipants: return t("Deelnemers", "Took part")
        case .columnAnswered: return t("Ingevuld", "Answered")
        case .columnWentWell: return t("Wat ging goed", "What went well")
        case .gridEarlier: return t("‹ {0} eerder", "‹ {0} earlier")
        case .gridPresent: return t("Aanwezig", "Present")
        case .gridLegend: return t("✓ aanwezig  · afwezig  E afwezig met bericht  (leeg: geen lid)", "✓ present  · absent  E absent with notice  (blank: not a member)")
        case .noEvaluations: return t("Nog geen evaluatie. v legt de jaarevaluatie vast.", "No evaluation yet. v records the annual evaluation.")

        case .memberHoursThisYear: return t("Accreditatie-uren dit jaar: {0}", "Accreditation hours this year: {0}")
        case .memberHoursPeriod: return t("herregistratieperiode {0} t/m {1}: {2} van max. 24", "re-registration period {0} to {1}: {2} of at most 24")
        case .memberAttendanceLine: return t("Aanwezig dit jaar: {0} van {1} ({2}), mag nog {3} missen", "Attended this year: {0} of {1} ({2}), may miss {3} more")
        case .participantsHeading: return t("Deelnemers: {0} van {1} (Spatie: doet mee)", "Participants: {0} of {1} (Space: takes part)")
        case .scrollPosition: return t("regel {0}–{1} van {2}", "lines {0}–{1} of {2}")
        case .deleteMeetingLabel: return t("de bijeenkomst van {0} ({1}, {2} aanwezig)", "the meeting of {0} ({1}, {2} present)")
        case .deleteEvaluationLabel: return t("de evaluatie van {0}", "the evaluation of {0}")

        case .dialogDeleteTitle: return t("Verwijderen?", "Delete?")
        case .dialogDeleteQuestion: return t("Wilt u {0} verwijderen?", "Delete {0}?")
        case .dialogDeleteUndo: return t("De toets u maakt het daarna nog ongedaan.", "The key u undoes it afterwards.")
        case .dialogYesNo: return t("j: ja · n of Esc: nee", "y: yes · n or Esc: no")
        case .dialogDiscardTitle: return t("Wijzigingen weggooien?", "Discard the changes?")
        case .dialogDiscardText: return t("Wat in dit formulier getypt is, wordt niet bewaard.", "What was typed in this form will not be saved.")
        case .exportChoiceEvaluation: return t("jaarevaluatie", "annual evaluation")
        case .exportNoEvaluation: return t("Deze groep heeft nog geen evaluatie; v legt haar vast.", "This group has no evaluation yet; v records one.")
        case .exportEvaluationOf: return t("Jaarevaluatie van {0}", "Annual evaluation of {0}")
        case .dialogLeftTitle: return t("Lid vertrokken", "Member left")
        case .dialogLeftQuestion: return t("{0} is geen lid meer vanaf:", "{0} is no longer a member from:")
        case .dialogLeftExplain: return t("De gegevens blijven bewaard en eerdere aanwezigheid telt mee. Bij een bijeenkomst op die dag wordt het lid niet meer verwacht.", "The records stay and past attendance still counts. At a meeting on that day the member is no longer expected.")
        case .dialogEnterEsc: return t("Enter: bevestigen · Esc: annuleren", "Enter: confirm · Esc: cancel")

        case .resultTitleNew: return t("Bijeenkomst van {0} vastgelegd", "Meeting of {0} recorded")
        case .resultTitleChanged: return t("Bijeenkomst van {0} gewijzigd", "Meeting of {0} changed")
        case .resultPresent: return t("{0} van {1} aanwezig.", "{0} of {1} present.")
        case .resultNextDue: return t("Volgende bijeenkomst uiterlijk {0}.", "Next meeting due by {0}.")
        case .resultNextDueChanged: return t("Volgende bijeenkomst uiterlijk {0} (was {1}).", "Next meeting due by {0} (was {1}).")
        case .resultAttendanceHeading: return t("Aanwezigheid dit jaar, wat veranderde:", "Attendance this year, what changed:")
        case .resultMayMiss: return t("mag nog {0} missen", "may miss {0} more")
        case .resultWas: return t("(was {0})", "(was {0})")
        case .resultNoNewErrors: return t("Geen nieuwe fouten.", "No new errors.")
        case .resultError: return t("FOUT: {0}", "ERROR: {0}")
        case .resultResolved: return t("Opgelost: {0}", "Resolved: {0}")
        case .resultFooter: return t("Enter of Esc sluit · u maakt ongedaan", "Enter or Esc closes · u undoes")

        case .methodTitle: return t("{0} · {1} stappen ({2})", "{0} · {1} steps ({2})")
        case .methodTitleOne: return t("{0} · 1 stap ({2})", "{0} · 1 step ({2})")
        case .methodNone: return t("Geen methoden bekend", "No methods known")
        case .methodUnknown: return t("Deze methode staat niet in de methodenlijst. Voeg haar toe in methods.json in de datamap.", "This method is not in the list of methods. Add it in methods.json in the data folder.")
        case .methodFooter: return t("←→ andere methode · ↑↓ scrollen · Esc sluit", "←→ other method · ↑↓ scroll · Esc closes")

        case .undoMeetingAdded: return t("bijeenkomst van {0} vastgelegd", "meeting of {0} recorded")
        case .undoMeetingChanged: return t("bijeenkomst van {0} gewijzigd", "meeting of {0} changed")
        case .undoDeleted: return t("{0} verwijderd", "{0} deleted")
        case .undoMemberAdded: return t("lid {0} toegevoegd", "member {0} added")
        case .undoMemberChanged: return t("lid {0} gewijzigd", "member {0} changed")
        case .undoMemberLeft: return t("{0} vertrokken per {1}", "{0} left from {1}")
        case .undoEvaluationAdded: return t("evaluatie van {0} vastgelegd", "evaluation of {0} recorded")
        case .undoEvaluationChanged: return t("evaluatie van {0} gewijzigd", "evaluation of {0} changed")
        case .messageNothingToUndo: return t("Niets om ongedaan te maken.", "Nothing to undo.")
        case .messageUndone: return t("Ongedaan gemaakt: {0}. Bewaard.", "Undone: {0}. Saved.")
        case .messageSaved: return t("Bewaard: {0}. u maakt ongedaan.", "Saved: {0}. u undoes.")
        case .messageDeleted: return t("Verwijderd: {0}. u maakt ongedaan.", "Deleted: {0}. u undoes.")
        case .messagePlannedNotDeleted: return t("Een geplande bijeenkomst staat in het jaarplan; Enter legt haar vast.", "A planned meeting is part of the yearly plan; Enter records it.")

        // MARK: - Supervisor profile
        case .screenProfile: return t("Profiel begeleider", "Supervisor profile")
        case .scopeFormChoice: return t("Keuze in een formulier (registratie)", "A choice in a form (registration)")
        case .actionSettingsNext: return t("volgende waarde; op Profiel begeleider: open het profiel", "next value; on Supervisor profile: open the profile")
        case .actionOpenFinding: return t("toon de bevinding voluit; bij SUPERVISOR_REGISTRATION het profiel van de begeleider", "show the finding in full; on SUPERVISOR_REGISTRATION the supervisor's profile")
        case .fieldRegistration: return t("Registratie", "Registration")
        case .fieldRegistrationNumber: return t("Registratienummer", "Registration number")
        case .fieldLVSCHours: return t("Uren in 5 jaar", "Hours in 5 years")
        case .registrationNone: return t("geen", "none")
        case .noteChoose: return t("←→ kiest", "←→ changes")
        case .noteHoursNeeded: return t("minimaal 60 nodig", "at least 60 required")
        case .profileLVSCExplain: return t("LVSC: uren coaching, supervisie of begeleide intervisie van artsen in de afgelopen 5 jaar. De regeling vraagt minimaal 60 uur (voetnoot bij ‘Begeleiding’).", "LVSC: hours of coaching, supervision or guided intervision of doctors in the last 5 years. The regulation requires at least 60 hours (footnote to ‘Begeleiding’).")
        case .profileMeets: return t("✓ Voldoet aan de eis voor de begeleider (SUPERVISOR_REGISTRATION).", "✓ Meets the requirement for the supervisor (SUPERVISOR_REGISTRATION).")
        case .profileFails: return t("✗ Voldoet niet (SUPERVISOR_REGISTRATION): {0}.", "✗ Does not meet the requirement (SUPERVISOR_REGISTRATION): {0}.")
        case .profileRegulation: return t("De regeling: de begeleider staat in het register van Coaches voor Medici, heeft een LVSC-registratie als coach of supervisor met aantoonbare ervaring met artsen, of is lid van de Vereniging Balint Nederland.", "The regulation: the supervisor is in the register of Coaches voor Medici, has an LVSC registration as coach or supervisor with proven experience with doctors, or is a member of the Vereniging Balint Nederland.")
        case .profileAppliesToAll: return t("Geldt voor alle groepen. Naam en telefoon komen op elk jaarplan dat geen eigen begeleider noemt.", "Applies to every group. Name and phone go on each yearly plan that names no supervisor of its own.")
        case .profileNotFilledIn: return t("nog niet ingevuld", "not filled in yet")
        case .messageProfileSaved: return t("Profiel begeleider bewaard; {0} opnieuw beoordeeld.", "Supervisor profile saved; {0} judged again.")
        case .groupsOne: return t("1 groep", "1 group")
        case .groupsMany: return t("{0} groepen", "{0} groups")
        }
    }
}
