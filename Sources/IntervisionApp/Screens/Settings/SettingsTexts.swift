import IntervisionCore

/// The settings screen's texts.
enum SettingsTexts {
    static let name = LocalizedText(nl: "Instellingen", en: "Settings")
    static let theme = LocalizedText(nl: "Thema", en: "Theme")
    static let language = LocalizedText(nl: "Taal", en: "Language")
    static let role = LocalizedText(nl: "Rol", en: "Role")
    static let explain = LocalizedText(nl: "Wijzigingen gelden meteen en worden bewaard in de datamap. Enter op Profiel begeleider opent het profiel.", en: "Changes apply at once and are saved in the data folder. Enter on Supervisor profile opens the profile.")
    static let noColor = LocalizedText(nl: "NO_COLOR is gezet of de terminal kent geen kleuren: monochroom wordt gebruikt.", en: "NO_COLOR is set or the terminal has no colours: monochrome is used.")
    static let profileNotFilledIn = LocalizedText(nl: "nog niet ingevuld", en: "not filled in yet")

    /// The language setting left to the environment, naming the language that gives.
    static func languageAutomatic(_ fromEnvironment: Language) -> LocalizedText {
        let name = AppTexts.languageName(fromEnvironment)
        return LocalizedText(nl: "automatisch (\(name.nl))", en: "automatic (\(name.en))")
    }

    static func themeFailed(_ fault: LocalizedText) -> LocalizedText {
        LocalizedText(nl: "\(fault.nl) — standaardthema gebruikt", en: "\(fault.en) — using the default theme")
    }
}
