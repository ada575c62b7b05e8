import IntervisionCore

/// The member form's texts.
enum MemberFormTexts {
    static let nameNew = LocalizedText(nl: "Nieuw lid", en: "New member")
    static let name = LocalizedText(nl: "Lid", en: "Member")
    static let joined = LocalizedText(nl: "Lid sinds", en: "Member since")
    static let periodStart = LocalizedText(nl: "Herregistratie vanaf", en: "Re-registration from")
    static let left = LocalizedText(nl: "Vertrokken op", en: "Left on")
    static let contact = LocalizedText(nl: "Contactpersoon", en: "Contact person")
    static let spaceSwitches = LocalizedText(nl: "Spatie wisselt", en: "Space switches")
    static let noBIG = LocalizedText(nl: "geen BIG-nummer: krijgt geen accreditatie-uren", en: "no BIG number: earns no accreditation hours")
    static let joinedEmpty = LocalizedText(nl: "leeg: lid vanaf het begin", en: "empty: a member from the start")
    static let periodEmpty = LocalizedText(nl: "leeg: de 5 jaar tot het eind van de jaargang", en: "empty: the 5 years up to the year's end")
    static let leftEmpty = LocalizedText(nl: "leeg: nog lid", en: "empty: still a member")

    static func titleEdit(_ name: String) -> LocalizedText {
        LocalizedText(nl: "Lid wijzigen: \(name)", en: "Edit member: \(name)")
    }

    /// A BIG number as it will be kept (padded to 11 digits).
    static func bigReadsAs(_ digits: String) -> LocalizedText {
        LocalizedText(nl: "wordt \(digits)", en: "reads as \(digits)")
    }

    static func hoursThisYear(_ hours: Double) -> LocalizedText {
        LocalizedText(nl: "Accreditatie-uren deze jaargang: \(NumberInput.hoursText(hours, language: .nl))",
                      en: "Accreditation hours this year: \(NumberInput.hoursText(hours, language: .en))")
    }

    static func hoursInPeriod(from: CivilDate, to: CivilDate, hours: Double) -> LocalizedText {
        LocalizedText(nl: "herregistratieperiode \(from.dutch) t/m \(to.dutch): \(NumberInput.hoursText(hours, language: .nl)) van max. 24",
                      en: "re-registration period \(from.iso) to \(to.iso): \(NumberInput.hoursText(hours, language: .en)) of at most 24")
    }

    static func attendance(attended: Int, expected: Int, percentage: Double?, mayMiss: Int) -> LocalizedText {
        let percentage = Format.percentage(percentage)
        let miss = AppTexts.mayMiss(mayMiss)
        return LocalizedText(nl: "Aanwezig deze jaargang: \(attended) van \(expected) (\(percentage)), \(miss.nl)",
                             en: "Attended this year: \(attended) of \(expected) (\(percentage)), \(miss.en)")
    }

    static func undoMemberAdded(_ name: String) -> LocalizedText {
        LocalizedText(nl: "lid \(name) toegevoegd", en: "member \(name) added")
    }

    static func undoMemberChanged(_ name: String) -> LocalizedText {
        LocalizedText(nl: "lid \(name) gewijzigd", en: "member \(name) changed")
    }
}
