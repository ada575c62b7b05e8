import IntervisionCore

/// How values are written on screen (the words for them are in `AppTexts`).
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

    /// Only a plan submitted in GAIA is done: exported is a document on this machine, not yet the
    /// application, so it is plain text like a complete plan.
    public static func planRole(_ status: PlanStatus) -> StyleRole {
        switch status {
        case .missing, .incomplete: return .warning
        case .complete, .exported: return .text
        case .submitted: return .ok
        case .changedSinceExport: return .warning
        }
    }

    /// A year (jaargang) in a narrow column: "2026" when it is one calendar year, else "2025–2026".
    public static func years(_ period: YearPeriod) -> String {
        period.from.year == period.to.year ? "\(period.from.year)" : "\(period.from.year)–\(period.to.year)"
    }

    /// An action's due date on the overview and the agenda: overdue stands out as an error, this
    /// week's as a warning (`AgendaBucket`).
    public static func agendaRole(_ due: CivilDate, today: CivilDate) -> StyleRole {
        switch AgendaBucket.of(due, today: today) {
        case .overdue: return .error
        case .thisWeek: return .warning
        case .thisMonth, .later: return .text
        }
    }

    /// How urgent a due date is: past → error, within four weeks → warning.
    public static func dueRole(_ due: CivilDate?, today: CivilDate) -> StyleRole {
        guard let due else { return .muted }
        if due < today { return .error }
        if today.days(until: due) <= 28 { return .warning }
        return .text
    }
}
