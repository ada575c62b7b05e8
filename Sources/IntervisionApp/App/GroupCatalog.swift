import IntervisionCore

/// What the overview needs of one group besides its agenda (`GroupCatalog.agendas`): its name,
/// folded for the filter, and its finding counts (those the role acts on).
public struct OverviewRow: Sendable, Equatable {
    public var groupIndex: Int
    public var name: String
    public var errors: Int
    public var warnings: Int
    /// The name folded (lower case, no diacritics) as UTF-8, for a fast filter over 10,000 groups.
    var foldedName: [UInt8]
}

/// A line of the agenda screen: a section's heading (overdue, this week, this month, later) or an action.
public enum AgendaLine: Sendable, Equatable {
    case heading(AgendaBucket, count: Int)
    case action(AgendaAction)

    public var action: AgendaAction? {
        if case .action(let action) = self { return action }
        return nil
    }
}

/// All groups with their reports, their agendas (Core's actions), the overview's rows in Core's
/// overview order and the agenda screen's lines.
///
/// Reports and agendas are computed once when the groups are loaded, and again only for a group
/// that changed (or for all, when the supervisor's profile changed): never per key press, so the
/// overview and the agenda stay instant with 10,000 groups.
public struct GroupCatalog: Sendable {
    public private(set) var groups: [Group] = []
    public private(set) var reports: [GroupReport] = []
    /// Each group's open actions (those the role can do, `Role.acts(on:)`) and counts, by the
    /// group's index in `groups`.
    public private(set) var agendas: [GroupAgenda] = []
    /// One row per group, in `Agenda.overviewOrder`: the most urgent action first.
    public private(set) var rows: [OverviewRow] = []
    /// Every action of every group by due date, in the sections of `Agenda.buckets`, each after its heading.
    public private(set) var agendaLines: [AgendaLine] = []
    /// How many actions are overdue and due this week, over all groups.
    public private(set) var summary = AgendaSummary(overdue: 0, dueThisWeek: 0)
    public private(set) var today: CivilDate
    public private(set) var supervisor: Supervisor?
    public private(set) var groupsWithErrors = 0
    public private(set) var groupsWithWarnings = 0
    /// The display width of the longest group name: a list's name column needs no more.
    public private(set) var widestName = 0
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
        rebuildAgendas()
    }

    public var isEmpty: Bool { groups.isEmpty }
    public var count: Int { groups.count }

    /// Replaces (or adds) one group and recomputes only its report and agenda.
    public mutating func update(_ group: Group) {
        let report = RulesEngine.report(for: group, supervisor: supervisor, today: today)
        let agenda = GroupAgenda(group: group, report: report).acting(as: role, today: today)
        if let index = groups.firstIndex(where: { $0.id == group.id }) {
            groups[index] = group
            reports[index] = report
            agendas[index] = agenda
        } else {
            groups.append(group)
            reports.append(report)
            agendas.append(agenda)
        }
        rebuildRows()
    }

    /// A new supervisor profile: SUPERVISOR_REGISTRATION is judged on every group, so every report
    /// is computed again, once, in parallel.
    public mutating func setSupervisor(_ profile: Supervisor?) {
        supervisor = profile
        reports = RulesEngine.reports(for: groups, supervisor: profile, today: today)
        rebuildAgendas()
    }

    /// Another role counts other findings as its own and does other actions: the agendas and rows
    /// again, the reports as they are.
    public mutating func setRole(_ role: Role) {
        guard role != self.role else { return }
        self.role = role
        rebuildAgendas()
    }

    /// The position in `rows` of a group, after a re-sort.
    public func rowIndex(of id: GroupID) -> Int? {
        rows.firstIndex { groups[$0.groupIndex].id == id }
    }

    /// The agenda of the group in a row of the overview.
    public func agenda(of row: OverviewRow) -> GroupAgenda { agendas[row.groupIndex] }

    private mutating func rebuildAgendas() {
        let groups = self.groups, reports = self.reports, role = self.role, today = self.today
        agendas = Parallel.map(groups.count) { GroupAgenda(group: groups[$0], report: reports[$0]).acting(as: role, today: today) }
        rebuildRows()
    }

    private mutating func rebuildRows() {
        var built: [OverviewRow] = []
        built.reserveCapacity(groups.count)
        groupsWithErrors = 0
        groupsWithWarnings = 0
        widestName = 0
        syncConflicts = 0
        for (index, report) in reports.enumerated() {
            syncConflicts += groups[index].conflicts.count
            widestName = max(widestName, DisplayWidth.of(groups[index].name))
            let row = OverviewRow(groupIndex: index, name: groups[index].name, errors: report.errorCount(for: role),
                                  warnings: report.warningCount(for: role), foldedName: Array(GroupCatalog.fold(groups[index].name).utf8))
            if row.errors > 0 { groupsWithErrors += 1 } else if row.warnings > 0 { groupsWithWarnings += 1 }
            built.append(row)
        }
        let agendas = self.agendas
        built.sort { Agenda.overviewOrder(agendas[$0.groupIndex], agendas[$1.groupIndex]) }
        rows = built
        agendaLines = Agenda.buckets(Agenda.actions(of: agendas), today: today).flatMap { section in
            [AgendaLine.heading(section.bucket, count: section.actions.count)] + section.actions.map(AgendaLine.action)
        }
        summary = Agenda.summary(agendas)
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
