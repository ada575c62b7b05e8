/// What a reader must find in the fixture's yearly plan, written out by hand from the official form
/// (seed 001) rather than taken from the exporter's constants, so a changed label fails a test.
enum ExpectedPlan {
    static let title = "Jaarplan intervisiegroep medisch specialisten"
    static let headings = ["Basisgegevens", "Deelnemers*", "Planning bijeenkomsten"]

    static let footnotes = [
        "* ook niet BIG-geregistreerde professionals die tot de vaste groep behoren kunnen hier genoemd worden; zij ontvangen geen accreditatiepunten via GAIA",
        "** om meer deelnemers én bijeenkomsten in de kolom toe te voegen: klik na het de laatste rij op Tab (een nieuwe regel verschijnt)",
        "*** alleen de tijd die aan de nascholing wordt besteed, dus zonder andere werkzaamheden tijdens de bijeenkomst",
        "Versie januari 2024",
    ]

    static let basisgegevens = [
        ["Naam intervisiegroep", "Geïntensiveerde zorg & <Leiden>"],
        ["Toelichting op aandachtsgebied intervisiegroep (meerdere opties mogelijk)", "Communicatie met patiënten\nSamenwerking in het team"],
        ["Naam + telefoonnummer Intervisiebegeleider intervisie", "Marieke van den Berg, 06-12345678"],
        ["Naam + telefoonnummer contactpersoon intervisiegroep", "Anna de Vries, 06-11111111"],
        ["Opmerkingen/aanvullingen", "Bijeenkomsten om en om op locatie.\nTweede regel."],
        ["Welke intervisiemethoden worden er toegepast?", "Incidentmethode, Balintmethode"],
    ]

    /// Members of the year: the one who left before it is not listed, the one who joined during it is;
    /// BIG numbers padded to 11 digits; ESC shown as its control picture.
    static let deelnemers = [
        ["Naam**", "Specialisme", "BIG-nummer"],
        ["Anna de Vries", "Chirurgie", "01234567890"],
        ["Ümit Çelik", "Interne geneeskunde", "00123456789"],
        ["Zoë \"Z\" O'Brien & <Co>", "Kindergeneeskunde, neonatologie", "00987654321"],
        ["Evil\u{241B}[31mName", "Psychiatrie", "11122233344"],
        ["Sanne Bakker", "Verpleegkundig specialist", "niet BIG-geregistreerd*"],
        ["Nieuw Lid", "Longziekten", "09988776655"],
    ]

    static let planning = [
        ["Jaargang (van dd-mm-jj tot dd-mm-jj)", "van 01-09-24 tot 31-08-25"],
        ["Totaal aantal bijeenkomsten", "6"],
        ["Duur bijeenkomsten (netto*** nascholing)", "2,5 uur"],
    ]

    /// Sorted by date, the undated row last.
    static let meetings = [
        ["Datum (voor zover bekend)", "Onderwerp(en) (voor zover bekend) **"],
        ["17-09-24", "Slecht-nieuwsgesprek"],
        ["12-11-24", "Grenzen stellen; \"nee\" zeggen, zonder schuldgevoel"],
        ["21-01-25", "Conflict in de maatschap\nen daarna"],
        ["18-03-25", "Een heel lang onderwerp over communicatie met patiënten, collega’s en huisartsen — met één émoji 🩺 en nog véél meer tekst"],
        ["20-05-25", "<script>alert('x')</script> & meer"],
        ["08-07-25", ""],
        ["", "Reservebijeenkomst"],
    ]

    static let tables = [basisgegevens, deelnemers, planning, meetings]
}
