/// Why an edit of a group was refused. Every case says what was wrong in both languages; the
/// command line prints it and exits 2, the screens show it by the field and keep what was typed.
public enum EditError: Error, Equatable, Sendable {
    case emptyName
    case duplicateMember(String)
    case unknownMember(String, known: [String])
    case ambiguousMember(String, matches: [MemberID])
    case noPlanFor(CivilDate)
    case noPlan
    case periodInvalid(from: CivilDate, to: CivilDate)
    case periodOverlaps(from: CivilDate, to: CivilDate)
    case outsidePlan(CivilDate, from: CivilDate, to: CivilDate)
    case meetingExists(CivilDate)
    case meetingInFuture(CivilDate, today: CivilDate)
    case unknownMeeting(MeetingID)
    case noMeetingOn(CivilDate)
    case unknownEvaluation(EvaluationID)
    case invalidCount(Int)
    case invalidDuration(Double)
    case leftBeforeJoined(String, CivilDate)
    case duplicateBIG(String, owner: String)
    case invalidPhone(PhoneNumber.InputError)
    case duplicateGroup(String, id: GroupID)
    case notACurrentMember(String)
    case dateInFuture(CivilDate, today: CivilDate)
    case nothingToSubmit
    case yearNotEnded(YearPeriod)
    case yearAlreadyClosed(YearPeriod, on: CivilDate)
    case memberHasRecords(String)
    case evaluationBeforeYear(CivilDate, YearPeriod)
    case noPlannedMeetingOn(CivilDate)
    case plannedMeetingExists(CivilDate)
    case reportedBeforeMeeting(CivilDate, meeting: CivilDate)
    /// A typed text that is too long or holds a control character; `field` names it.
    case textRefused(field: LocalizedText, TextProblem)
    /// No record on this date has two versions from synced machines.
    case noConflict(CivilDate)

    public var message: LocalizedText {
        switch self {
        case .emptyName:
            return LocalizedText(nl: "de naam is leeg", en: "the name is empty")
        case .duplicateMember(let name):
            return LocalizedText(nl: "er is al een lid '\(name)' in deze groep", en: "there is already a member '\(name)' in this group")
        case .unknownMember(let name, let known):
            let list = known.joined(separator: ", ")
            return LocalizedText(nl: "geen lid '\(name)' in deze groep (leden: \(list))",
                                 en: "no member '\(name)' in this group (members: \(list))")
        case .ambiguousMember(let name, let matches):
            let list = matches.joinedIDs()
            return LocalizedText(nl: "'\(name)' past bij meerdere leden: \(list)", en: "'\(name)' matches several members: \(list)")
        case .noPlanFor(let date):
            return LocalizedText(nl: "geen jaarplan waarin \(date.dutch) valt; maak eerst het jaarplan (p in de app, of 'plan set --from --to')",
                                 en: "no yearly plan contains \(date.iso); make the plan first (p in the app, or 'plan set --from --to')")
        case .noPlan:
            return LocalizedText(nl: "deze groep heeft geen jaarplan voor vandaag; geef --from en --to",
                                 en: "this group has no plan for today; give --from and --to")
        case .periodInvalid(let from, let to):
            return LocalizedText(nl: "de jaargang \(from.dutch) – \(to.dutch) eindigt vóór hij begint",
                                 en: "the year \(from.iso) – \(to.iso) ends before it starts")
        case .periodOverlaps(let from, let to):
            return LocalizedText(nl: "de jaargang \(from.dutch) – \(to.dutch) overlapt een ander jaarplan",
                                 en: "the year \(from.iso) – \(to.iso) overlaps another plan")
        case .outsidePlan(let date, let from, let to):
            return LocalizedText(nl: "\(date.dutch) valt buiten de jaargang \(from.dutch) – \(to.dutch)",
                                 en: "\(date.iso) is outside the year \(from.iso) – \(to.iso)")
        case .meetingExists(let date):
            return LocalizedText(nl: "er is al een bijeenkomst op \(date.dutch)", en: "there is already a meeting on \(date.iso)")
        case .meetingInFuture(let date, let today):
            return LocalizedText(
                nl: "\(date.dutch) ligt na vandaag (\(today.dutch)); leg een bijeenkomst vast nadat ze is gehouden, of plan haar in het jaarplan",
                en: "\(date.iso) is after today (\(today.iso)); record a meeting after it was held, or plan it in the yearly plan")
        case .unknownMeeting(let which):
            return LocalizedText(nl: "geen bijeenkomst '\(which)'", en: "no meeting '\(which)'")
        case .noMeetingOn(let date):
            return LocalizedText(nl: "geen bijeenkomst op \(date.dutch)", en: "no meeting on \(date.iso)")
        case .unknownEvaluation(let which):
            return LocalizedText(nl: "geen evaluatie '\(which)'", en: "no evaluation '\(which)'")
        case .invalidCount(let count):
            return LocalizedText(nl: "aantal bijeenkomsten \(count) is ongeldig", en: "number of meetings \(count) is not valid")
        case .invalidDuration(let hours):
            return LocalizedText(nl: "duur \(hours) uur is ongeldig (0 tot 24)", en: "duration \(hours) hours is not valid (0 to 24)")
        case .duplicateBIG(let number, let owner):
            return LocalizedText(nl: "BIG-nummer \(number) hoort al bij \(owner)", en: "BIG number \(number) already belongs to \(owner)")
        case .leftBeforeJoined(let name, let date):
            return LocalizedText(nl: "\(name) kan niet vertrekken op \(date.dutch), vóór de begindatum",
                                 en: "\(name) cannot leave on \(date.iso), before joining")
        case .invalidPhone(let error):
            return error.message
        case .duplicateGroup(let name, let id):
            return LocalizedText(nl: "er is al een groep '\(name)' (\(id))", en: "there is already a group '\(name)' (\(id))")
        case .textRefused(let field, let problem):
            return LocalizedText(nl: "\(field.nl): \(problem.message.nl)", en: "\(field.en): \(problem.message.en)")
        case .notACurrentMember(let name):
            return LocalizedText(nl: "\(name) is geen lid (meer) van de groep", en: "\(name) is not a member of the group (any more)")
        case .dateInFuture(let date, let today):
            return LocalizedText(nl: "\(date.dutch) ligt na vandaag (\(today.dutch)); leg het vast als het gebeurd is",
                                 en: "\(date.iso) is after today (\(today.iso)); record it once it happened")
        case .nothingToSubmit:
            return LocalizedText(nl: "geen jaarplan dat nog ingediend moet worden; noem het jaarplan met --from",
                                 en: "no plan left to submit; name the plan with --from")
        case .yearNotEnded(let year):
            return LocalizedText(nl: "de jaargang \(year.label.nl) loopt nog tot en met \(year.to.dutch); sluit hem af als hij voorbij is",
                                 en: "the year \(year.label.en) runs until \(year.to.iso); close it once it has ended")
        case .yearAlreadyClosed(let year, let date):
            return LocalizedText(nl: "de jaargang \(year.label.nl) is al afgesloten op \(date.dutch)",
                                 en: "the year \(year.label.en) was already closed on \(date.iso)")
        case .memberHasRecords(let name):
            return LocalizedText(
                nl: "\(name) heeft aanwezigheid of een evaluatie vastgelegd en kan niet gewist worden; markeer het vertrek (member remove zonder --delete)",
                en: "\(name) has attendance or an evaluation recorded and cannot be deleted; mark them as left (member remove without --delete)")
        case .evaluationBeforeYear(let date, let year):
            return LocalizedText(nl: "een evaluatie op \(date.dutch) kan niet gaan over de jaargang \(year.label.nl), die dan nog niet begonnen is",
                                 en: "an evaluation on \(date.iso) cannot be about the year \(year.label.en), which has not started then")
        case .noPlannedMeetingOn(let date):
            return LocalizedText(nl: "geen geplande bijeenkomst op \(date.dutch)", en: "no meeting planned on \(date.iso)")
        case .plannedMeetingExists(let date):
            return LocalizedText(nl: "er is al een bijeenkomst gepland op \(date.dutch)", en: "a meeting is already planned on \(date.iso)")
        case .reportedBeforeMeeting(let date, let meeting):
            return LocalizedText(
                nl: "\(date.dutch) ligt vóór de bijeenkomst van \(meeting.dutch); GAIA neemt de aanwezigheid pas na de bijeenkomst aan",
                en: "\(date.iso) is before the meeting of \(meeting.iso); GAIA takes the attendance only after the meeting")
        case .noConflict(let date):
            return LocalizedText(nl: "geen bijeenkomst of evaluatie op \(date.dutch) met twee versies om uit te kiezen",
                                 en: "no meeting or evaluation on \(date.iso) with two versions to choose from")
        }
    }
}
