/// What each action says: the thing to do and the date, short enough for a row of the overview
/// ("Jaarplan 2028 indienen in GAIA, uiterlijk 04-12-2027"). Dutch dates dd-mm-jjjj, English ISO,
/// as in every message.
enum ActionText {
    static func submitPlan(_ year: YearPeriod, due: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaarplan \(year.name) indienen in GAIA, uiterlijk \(due.dutch)",
                      en: "Submit plan \(year.name) in GAIA by \(due.iso)")
    }

    /// Names both dates when a meeting is planned: the planned one and the latest allowed.
    static func holdMeeting(planned: CivilDate?, deadline: CivilDate?) -> LocalizedText {
        switch (planned, deadline) {
        case let (planned?, deadline?):
            return LocalizedText(nl: "Bijeenkomst houden: gepland op \(planned.dutch), uiterlijk \(deadline.dutch)",
                                 en: "Hold a meeting: planned on \(planned.iso), due by \(deadline.iso)")
        case let (planned?, nil):
            return LocalizedText(nl: "Bijeenkomst houden: gepland op \(planned.dutch)",
                                 en: "Hold a meeting: planned on \(planned.iso)")
        case let (nil, deadline?):
            return LocalizedText(nl: "Bijeenkomst houden, uiterlijk \(deadline.dutch)", en: "Hold a meeting by \(deadline.iso)")
        case (nil, nil):
            return LocalizedText(nl: "Bijeenkomst houden", en: "Hold a meeting")
        }
    }

    static func reportAttendance(of meeting: CivilDate, due: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Aanwezigheid van \(meeting.dutch) invoeren in GAIA, uiterlijk \(due.dutch)",
                      en: "Enter the attendance of \(meeting.iso) in GAIA by \(due.iso)")
    }

    static func evaluate(_ year: YearPeriod, due: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaargang \(year.name) evalueren met de groep, uiterlijk \(due.dutch)",
                      en: "Evaluate year \(year.name) with the group by \(due.iso)")
    }

    static func planNextYear(_ year: YearPeriod, due: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaarplan \(year.name) opstellen en indienen in GAIA, uiterlijk \(due.dutch)",
                      en: "Draw up plan \(year.name) and submit it in GAIA by \(due.iso)")
    }

    static let firstPlan = LocalizedText(nl: "Jaarplan opstellen en indienen in GAIA, vóór de eerste bijeenkomst",
                                         en: "Draw up the yearly plan and submit it in GAIA before the first meeting")

    static func closeYear(_ year: YearPeriod, due: CivilDate) -> LocalizedText {
        LocalizedText(nl: "Jaargang \(year.name) afsluiten, uiterlijk \(due.dutch)", en: "Close year \(year.name) by \(due.iso)")
    }
}
