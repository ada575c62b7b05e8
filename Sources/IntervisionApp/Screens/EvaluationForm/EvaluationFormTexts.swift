import IntervisionCore

/// The evaluation form's texts.
enum EvaluationFormTexts {
    static let name = LocalizedText(nl: "Jaarevaluatie", en: "Annual evaluation")
    static let titleNew = LocalizedText(nl: "Jaarevaluatie met de groep", en: "Annual evaluation with the group")
    static let titleEdit = LocalizedText(nl: "Jaarevaluatie wijzigen", en: "Edit the annual evaluation")
    static let year = LocalizedText(nl: "Jaargang", en: "Year")
    static let noYear = LocalizedText(nl: "geen jaargang", en: "no year")
    static let yearFollowsDate = LocalizedText(nl: "volgt de datum; ←→ een andere", en: "follows the date; ←→ another")
    static let yearChosen = LocalizedText(nl: "←→ een andere", en: "←→ another")

    static func participantsHeading(chosen: Int, of count: Int) -> LocalizedText {
        LocalizedText(nl: "Deelnemers: \(chosen) van \(count) (Spatie: doet mee)", en: "Participants: \(chosen) of \(count) (Space: takes part)")
    }

    static func undoEvaluationAdded(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "evaluatie van \(date.dutch) vastgelegd", en: "evaluation of \(date.iso) recorded")
    }

    static func undoEvaluationChanged(_ date: CivilDate) -> LocalizedText {
        LocalizedText(nl: "evaluatie van \(date.dutch) gewijzigd", en: "evaluation of \(date.iso) changed")
    }
}
