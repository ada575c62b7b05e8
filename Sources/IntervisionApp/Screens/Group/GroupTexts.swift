import IntervisionCore

/// The group screen's texts: its facts, tabs and their tables, the finding dialog.
enum GroupTexts {
    static let name = LocalizedText(nl: "Groep", en: "Group")
    static let tabMembers = LocalizedText(nl: "Leden", en: "Members")
    static let tabMeetings = LocalizedText(nl: "Bijeenkomsten", en: "Meetings")
    static let tabFindings = LocalizedText(nl: "Bevindingen", en: "Findings")
    static let columnAttendance = LocalizedText(nl: "Aanw.", en: "Attend.")
    static let columnMayMiss = LocalizedText(nl: "Mag missen", en: "May miss")
    static let columnDate = LocalizedText(nl: "Datum", en: "Date")
    static let columnStatus = LocalizedText(nl: "Status", en: "Status")
    static let columnTopic = LocalizedText(nl: "Onderwerp", en: "Topic")
    static let columnPresent = LocalizedText(nl: "Aanwezig", en: "Present")
    static let columnMethod = LocalizedText(nl: "Methode", en: "Method")
    static let columnTime = LocalizedText(nl: "Tijd", en: "Time")
    static let columnGAIA = LocalizedText(nl: "GAIA", en: "GAIA")
    /// A held meeting's attendance entered in GAIA, or not yet.
    static let gaiaEntered = LocalizedText(nl: "✓", en: "✓")
    static let gaiaNotYet = LocalizedText(nl: "nog niet", en: "not yet")
    static let columnDue = LocalizedText(nl: "Uiterlijk", en: "Due by")
    static let columnFinding = LocalizedText(nl: "Bevinding", en: "Finding")
    static let columnRule = LocalizedText(nl: "Regel", en: "Rule")
    static let columnYear = LocalizedText(nl: "Jaargang", en: "Year")
    static let meetingHeld = LocalizedText(nl: "gehouden", en: "held")
    static let meetingPlanned = LocalizedText(nl: "gepland", en: "planned")
    static let noBIG = LocalizedText(nl: "geen BIG", en: "no BIG")
    static let contactMark = LocalizedText(nl: "(contact)", en: "(contact)")
    static let cannotReach75 = LocalizedText(nl: "75% onhaalbaar", en: "75% out of reach")
    static let noYear = LocalizedText(nl: "Geen jaarplan voor de jaargang van vandaag", en: "No yearly plan covers today")
    static let noFindings = LocalizedText(nl: "Geen bevindingen: deze groep voldoet aan de regels.", en: "No findings: this group meets the rules.")
    static let noMembers = LocalizedText(nl: "Deze groep heeft nog geen leden.", en: "This group has no members yet.")
    static let noMeetings = LocalizedText(nl: "Nog geen bijeenkomsten in deze jaargang.", en: "No meetings in this year yet.")
    static let findingDetailTitle = LocalizedText(nl: "Bevinding", en: "Finding")
    static let findingRule = LocalizedText(nl: "Regel", en: "Rule")
    static let findingDue = LocalizedText(nl: "Uiterlijk", en: "Due by")
    static let findingMember = LocalizedText(nl: "Lid", en: "Member")
    static let dialogClose = LocalizedText(nl: "Enter of Esc sluit", en: "Enter or Esc closes")
    static let tabAttendance = LocalizedText(nl: "Aanwezigheid", en: "Attendance")
    static let tabEvaluations = LocalizedText(nl: "Evaluaties", en: "Evaluations")
    static let columnHours = LocalizedText(nl: "Uren", en: "Hours")
    static let columnHoursPeriod = LocalizedText(nl: "5 jaar", en: "5 yrs")
    static let columnTotal = LocalizedText(nl: "Totaal", en: "Total")
    static let columnParticipants = LocalizedText(nl: "Deelnemers", en: "Took part")
    static let columnAnswered = LocalizedText(nl: "Ingevuld", en: "Answered")
    static let columnWentWell = LocalizedText(nl: "Wat ging goed", en: "What went well")
    static let gridPresent = LocalizedText(nl: "Aanwezig", en: "Present")
    static let gridLegend = LocalizedText(nl: "✓ aanwezig  · afwezig  E afwezig met bericht  (leeg: geen lid)", en: "✓ present  · absent  E absent with notice  (blank: not a member)")
    static let noEvaluations = LocalizedText(nl: "Nog geen evaluatie. v legt de jaarevaluatie vast.", en: "No evaluation yet. v records the annual evaluation.")
    static let plannedNotDeleted = LocalizedText(nl: "Een geplande bijeenkomst staat in het jaarplan; Enter legt haar vast.", en: "A planned meeting is part of the yearly plan; Enter records it.")

    static func memberLeft(_ date: CivilDate?) -> LocalizedText {
        LocalizedText(nl: "vertrokken \(Format.date(date, .nl))", en: "left \(Format.date(date, .en))")
    }

    /// "Jaargang 01-12-2025 t/m 30-11-2026".
    static func year(from: CivilDate, to: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaargang \(from.dutch) t/m \(to.dutch)", en: "Year \(from.iso) to \(to.iso)")
    }

    static func heldOfPlanned(held: Int, planned: Int) -> LocalizedText {
        LocalizedText(nl: "\(held) van \(planned) bijeenkomsten gehouden", en: "\(held) of \(planned) meetings held")
    }

    static let planLabel = LocalizedText(nl: "Jaarplan:", en: "Plan:")
    static let nothingToDo = LocalizedText(nl: "Niets te doen voor deze groep.", en: "Nothing to do for this group.")

    /// "(toets c)" after an action the key does.
    static func key(_ letter: Character) -> LocalizedText {
        LocalizedText(nl: "(toets \(letter))", en: "(key \(letter))")
    }

    /// On the last action line when more wait than there are lines.
    static func moreActions(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "+\(count)", en: "+\(count)")
    }

    /// The plan still to hand in, when it is not the year shown above it.
    static func planLabel(from: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaarplan vanaf \(from.dutch):", en: "Plan from \(from.iso):")
    }

    static func plan(_ status: PlanStatus) -> LocalizedText {
        let status = AppTexts.planStatus(status)
        return LocalizedText(nl: "jaarplan: \(status.nl)", en: "yearly plan: \(status.en)")
    }

    /// Above the attendance grid when its first meetings do not fit.
    static func gridEarlier(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "‹ \(count) eerder", en: "‹ \(count) earlier")
    }

    /// A meeting as the delete question and the undo message name it.
    static func deleteMeetingLabel(date: CivilDate, topic: String, present: Int, expected: Int) -> LocalizedText {
        let topic = topic.isEmpty ? "—" : topic
        return LocalizedText(nl: "de bijeenkomst van \(date.dutch) (\(topic), \(present)/\(expected) aanwezig)",
                             en: "the meeting of \(date.iso) (\(topic), \(present)/\(expected) present)")
    }

    static func deleteEvaluationLabel(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "de evaluatie van \(date.dutch)", en: "the evaluation of \(date.iso)")
    }

    /// On a contact person's machine: findings only the supervisor can act on.
    static func forSupervisor(_ count: Int) -> LocalizedText {
        LocalizedText(nl: "\(count) voor de begeleider", en: "\(count) for the supervisor")
    }
}
