import IntervisionCore

/// What the overview shows of one group, worked out once from the engine's report.
public struct OverviewRow: Sendable, Equatable {
    public var groupIndex: Int
    public var name: String
    public var held: Int
    public var planned: Int
    public var nextDue: CivilDate?
    public var atRisk: Int
    public var planStatus: PlanStatus
    public var errors: Int
    public var warnings: Int
    /// The earliest date by which something must happen: next meeting or any finding.
    public var actionDate: CivilDate?
    /// The name folded (lower case, no diacritics) as UTF-8, for a fast filter over 10,000 groups.
    var foldedName: [UInt8]
}

/// All groups with their reports and overview rows, sorted with what needs action first.
///
/// Reports are computed once when the groups are loaded, and again only for a group that changed
/// (or for all, when the supervisor's profile changed): never per key press, so the overview stays
/// instant with 10,000 groups.
public struct GroupCatalog: Sendable {
    public private(set) var groups: [Group] = []
    public private(set) var reports: [GroupReport] = []
    /// One row per group, sorted: errors first, then earliest action date, then name.
    public private(set) var rows: [OverviewRow] = []
    public private(set) var today: CivilDate
    public private(set) var supervisor: Supervisor?
    public private(set) var groupsWithErrors = 0
    public private(set) var groupsWithWarnings = 0
    /// Who is looking: a contact person's rows count only the findings that person can act on
    /// (`Role.actsOn`); the others are not their errors.
    public private(set) var role: Role
    /// Meetings and evaluations with two versions (SYNC_CONFLICT), over all groups.
    public private(set) var syncConflicts = 0

    public init(groups: [Group], supervisor: Supervisor?, today: CivilDate, role: Role = .supervisor) {
        self.today = today
        self.supervisor = supervisor
        self.role = role
        self.groups = groups
        reports = RulesEngine.reports(for: groups, supervisor: supervisor, today: today)
        rebuildRows()
    }

    public var isEmpty: Bool { groups.isEmpty }
    public var count: Int { groups.count }

    /// Replaces (or adds) one group and recomputes only its report.
    public mutating func update(_ group: Group) {
        let report = RulesEngine.report(for: group, supervisor: supervisor, today: today)
        if let index = groups.firstIndex(where: { $0.id == group.id }) {
            groups[index] = group
            reports[index] = report
        } else {
            groups.append(group)
            reports.append(report)
        }
        rebuildRows()
    }

    /// A new supervisor profile: SUPERVISOR_REGISTRATION is judged on every group, so every report
    /// is computed again, once, in parallel.
    public mutating func setSupervisor(_ profile: Supervisor?) {
        supervisor = profile
        reports = RulesEngine.reports(for: groups, supervisor: profile, today: today)
        rebuildRows()
    }

    /// Another role counts other findings as its own: the rows again, the reports as they are.
    public mutating func setRole(_ role: Role) {
        guard role != self.role else { return }
        self.role = role
        rebuildRows()
    }

    /// The position in `rows` of a group, after a re-sort.
    public func rowIndex(of id: GroupID) -> Int? {
        rows.firstIndex { groups[$0.groupIndex].id == id }
    }

    private mutating func rebuildRows() {
        var built: [OverviewRow] = []
        built.reserveCapacity(groups.count)
        groupsWithErrors = 0
        groupsWithWarnings = 0
        syncConflicts = 0
        for (index, report) in reports.enumerated() {
            syncConflicts += groups[index].conflicts.count
            let dates = [report.nextMeetingDue, report.earliestDue(for: role)].compactMap { $0 }
            let row = OverviewRow(groupIndex: index, name: groups[index].name, held: report.heldThisYear,
                                  planned: report.plannedThisYear, nextDue: report.nextMeetingDue,
                                  atRisk: report.membersAtRisk, planStatus: report.planStatus,
                                  errors: report.errorCount(for: role), warnings: report.warningCount(for: role),
                                  actionDate: dates.min(), foldedName: Array(GroupCatalog.fold(groups[index].name).utf8))
            if row.errors > 0 { groupsWithErrors += 1 } else if row.warnings > 0 { groupsWithWarnings += 1 }
            built.append(row)
        }
        built.sort(by: GroupCatalog.needsActionFirst)
        rows = built
    }

    /// Errors first, then warnings, then the earliest date by which something must happen (groups
    /// without one last), then by name.
    static func needsActionFirst(_ a: OverviewRow, _ b: OverviewRow) -> Bool {
        let aError = a.errors > 0, bError = b.errors > 0
        if aError != bError { return aError }
        let aWarn = a.warnings > 0, bWarn = b.warnings > 0
        if aWarn != bWarn { return aWarn }
        switch (a.actionDate, b.actionDate) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.name != b.name { return a.name.precedesByName(b.name) }
        return a.groupIndex < b.groupIndex
    }

    /// Lower case without diacritics: "Geïntensiveerde" is found by typing "geint".
    public static func fold(_ text: String) -> String { text.foldedForSearch }

    /// Positions in `rows` whose name contains the (folded) query; searches within `candidates`
    /// when given (typing one more letter only narrows the previous result).
    public func filter(_ query: String, within candidates: [Int]? = nil) -> [Int] {
        let needle = Array(GroupCatalog.fold(query).utf8)
        guard !needle.isEmpty else { return Array(rows.indices) }
        let pool = candidates ?? Array(rows.indices)
        return pool.filter { GroupCatalog.contains(rows[$0].foldedName, needle) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n <= h else { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
