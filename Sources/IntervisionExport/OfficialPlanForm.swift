/// The texts of the official form "Jaarplan intervisiegroep medisch specialisten", Versie januari
/// 2024, copied verbatim (seed 001), including its footnote markers and its own wording and slips
/// ("Intervisiebegeleider intervisie", "klik na het de laatste rij"): GAIA's accreditors compare the
/// document with the form they know, so we do not edit it.
enum OfficialPlanForm {
    static let title = "Jaarplan intervisiegroep medisch specialisten"
    static let version = "Versie januari 2024"

    enum Basisgegevens {
        static let heading = "Basisgegevens"
        static let groupName = "Naam intervisiegroep"
        static let focusAreas = "Toelichting op aandachtsgebied intervisiegroep (meerdere opties mogelijk)"
        static let supervisor = "Naam + telefoonnummer Intervisiebegeleider intervisie"
        static let contactPerson = "Naam + telefoonnummer contactpersoon intervisiegroep"
        static let remarks = "Opmerkingen/aanvullingen"
        static let methods = "Welke intervisiemethoden worden er toegepast?"
    }

    enum Deelnemers {
        static let heading = "Deelnemers*"
        static let name = "Naam**"
        static let specialism = "Specialisme"
        static let big = "BIG-nummer"
    }

    enum Planning {
        static let heading = "Planning bijeenkomsten"
        static let period = "Jaargang (van dd-mm-jj tot dd-mm-jj)"
        static let totalMeetings = "Totaal aantal bijeenkomsten"
        static let duration = "Duur bijeenkomsten (netto*** nascholing)"
        static let date = "Datum (voor zover bekend)"
        static let topics = "Onderwerp(en) (voor zover bekend) **"
    }

    static let footnotes = [
        "* ook niet BIG-geregistreerde professionals die tot de vaste groep behoren kunnen hier genoemd worden; zij ontvangen geen accreditatiepunten via GAIA",
        "** om meer deelnemers én bijeenkomsten in de kolom toe te voegen: klik na het de laatste rij op Tab (een nieuwe regel verschijnt)",
        "*** alleen de tijd die aan de nascholing wordt besteed, dus zonder andere werkzaamheden tijdens de bijeenkomst",
    ]

    /// Our words, not the form's: what the BIG cell says for a member without a BIG number.
    static let noBIGNumber = "niet BIG-geregistreerd*"
    static let draftExplanation = "CONCEPT – dit jaarplan is nog niet volledig ingevuld en is niet bedoeld voor indiening in GAIA."
}
