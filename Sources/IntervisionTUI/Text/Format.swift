import IntervisionCore

/// How values are written on screen in each language.
public enum Format {
    /// `dd-mm-jjjj` in Dutch; ISO `YYYY-MM-DD` in English (unambiguous for every English reader).
    public static func date(_ date: CivilDate?, _ language: Language) -> String {
        guard let date else { return "—" }
        return language == .nl ? date.dutch : date.iso
    }

    public static func percentage(_ value: Double?) -> String {
        guard let value else { return "—" }
        return "\(Int((value * 100).rounded()))%"
    }

    public static func planStatus(_ status: PlanStatus, _ language: Language) -> String {
        switch status {
        case .missing: return Texts.text(.planMissing, language)
        case .incomplete: return Texts.text(.planIncomplete, language)
        case .complete: return Texts.text(.planComplete, language)
        case .exported: return Texts.text(.planExported, language)
        case .changedSinceExport: return Texts.text(.planChangedSinceExport, language)
        case .submitted: return Texts.text(.planSubmitted, language)
        }
    }

    public static func planRole(_ status: PlanStatus) -> StyleRole {
        switch status {
        case .missing, .incomplete: return .warning
        case .complete: return .text
        case .exported, .submitted: return .ok
        case .changedSinceExport: return .warning
        }
    }

    /// "1 fout, 3 waarschuwingen": counts with the right singular or plural.
    public static func findingCounts(errors: Int, warnings: Int, _ language: Language) -> String {
        count(errors, .errorsOne, .errorsMany, language) + ", " + count(warnings, .warningsOne, .warningsMany, language)
    }

    /// "1 groep", "8 groepen".
    public static func groupCount(_ n: Int, _ language: Language) -> String {
        count(n, .groupsOne, .groupsMany, language)
    }

    /// `one` for exactly one, else `many` with the number as {0}.
    static func count(_ n: Int, _ one: TextKey, _ many: TextKey, _ language: Language) -> String {
        n == 1 ? Texts.text(one, language) : Texts.format(many, language, String(n))
    }

    public static func role(_ language: Language, _ role: Role) -> String {
        Texts.text(role == .supervisor ? .roleSupervisor : .roleContactPerson, language)
    }

    /// How urgent a due date is: past → error, within four weeks → warning.
    public static func dueRole(_ due: CivilDate?, today: CivilDate) -> StyleRole {
        guard let due else { return .muted }
        if due < today { return .error }
        if today.days(until: due) <= 28 { return .warning }
        return .text
    }

    public static func languageName(_ language: Language, in shown: Language) -> String {
        Texts.text(language == .nl ? .languageDutch : .languageEnglish, shown)
    }
}
