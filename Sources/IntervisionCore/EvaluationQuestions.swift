/// The wording of the annual evaluation's questions, shared by the evaluation screen and the export.
///
/// The structure follows what the field uses for reflective evaluations (seed 000's "three positive
/// things / three points to improve with a suggestion / what will you apply in practice", and seed
/// 004's "what went well, what could be better and how" plus SMART agreements); the words are ours.
extension EvaluationQuestion {
    /// The question as asked of the group.
    public var text: LocalizedText {
        switch self {
        case .wentWell:
            return LocalizedText(nl: "Wat ging er deze jaargang goed in de intervisiegroep?",
                                 en: "What went well in the intervision group this year?")
        case .toImprove:
            return LocalizedText(nl: "Wat kan er beter, en hoe?",
                                 en: "What could be better, and how?")
        case .methodsAndThemes:
            return LocalizedText(nl: "Welke intervisiemethoden en thema's werkten goed, en welke minder?",
                                 en: "Which intervision methods and themes worked well, and which less so?")
        case .inPractice:
            return LocalizedText(nl: "Wat passen de deelnemers toe in hun eigen praktijk?",
                                 en: "What do the participants apply in their own practice?")
        case .agreements:
            return LocalizedText(nl: "Welke afspraken maakt de groep voor de komende jaargang?",
                                 en: "What does the group agree on for the coming year?")
        case .notes:
            return LocalizedText(nl: "Overige opmerkingen",
                                 en: "Other remarks")
        }
    }

    /// A short prompt under the question that helps the group give a useful answer.
    public var hint: LocalizedText {
        switch self {
        case .wentWell:
            return LocalizedText(nl: "Noem bijvoorbeeld drie dingen die het leren in de groep hielpen: sfeer, inbreng, begeleiding.",
                                 en: "Name, for example, three things that helped the group learn: atmosphere, contributions, guidance.")
        case .toImprove:
            return LocalizedText(nl: "Geef bij elk verbeterpunt een concrete suggestie.",
                                 en: "Give a concrete suggestion with every point to improve.")
        case .methodsAndThemes:
            return LocalizedText(nl: "Welke werkvormen en onderwerpen leverden de meeste inzichten op?",
                                 en: "Which ways of working and topics gave the most insight?")
        case .inPractice:
            return LocalizedText(nl: "Wat doen deelnemers nu anders in het contact met patiënten en collega's?",
                                 en: "What do participants now do differently with patients and colleagues?")
        case .agreements:
            return LocalizedText(nl: "Maak ze specifiek en haalbaar: wat, wie en wanneer.",
                                 en: "Make them specific and achievable: what, who and when.")
        case .notes:
            return LocalizedText(nl: "Alles wat verder van belang is voor de volgende jaargang.",
                                 en: "Anything else that matters for next year.")
        }
    }
}
