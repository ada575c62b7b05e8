/// Where an action falls on the agenda, seen from today: what is late, what comes in the next 7
/// days, until a month from today, and later.
public enum AgendaBucket: String, Sendable, CaseIterable, Hashable {
    case overdue
    case thisWeek
    case thisMonth
    case later

    /// `thisWeek`: today and the 6 days after it; `thisMonth`: after that, up to the day before the
    /// same date next month.
    public static func of(_ due: CivilDate, today: CivilDate) -> AgendaBucket {
        if due < today { return .overdue }
        if due <= today.adding(days: 6) { return .thisWeek }
        if due < today.adding(months: 1) { return .thisMonth }
        return .later
    }

    public var title: LocalizedText {
        switch self {
        case .overdue: return LocalizedText(nl: "Te laat", en: "Overdue")
        case .thisWeek: return LocalizedText(nl: "Deze week", en: "This week")
        case .thisMonth: return LocalizedText(nl: "Deze maand", en: "This month")
        case .later: return LocalizedText(nl: "Later", en: "Later")
        }
    }
}

/// One group on the overview: its actions, the most urgent first, and the counts worth a column.
public struct GroupAgenda: Hashable, Sendable {
    public var groupID: GroupID
    public var groupName: String
    /// Every open action, most urgent first.
    public var actions: [AgendaAction]
    /// Actions due before today.
    public var overdue: Int
    /// Actions due today or in the 6 days after.
    public var dueThisWeek: Int
    /// The report's error and warning findings.
    public var errors: Int
    public var warnings: Int
    /// Members who may miss no further meeting, or can no longer reach 75 %.
    public var membersAtRisk: Int

    public init(group: Group, report: GroupReport) {
        precondition(group.id == report.groupID, "a group's agenda comes from its own report")
        groupID = group.id
        groupName = group.name
        actions = Agenda.actions(for: group, report: report)
        var overdue = 0, week = 0
        for action in actions {
            switch AgendaBucket.of(action.due, today: report.today) {
            case .overdue: overdue += 1
            case .thisWeek: week += 1
            case .thisMonth, .later: break
            }
        }
        self.overdue = overdue
        dueThisWeek = week
        errors = report.errorCount
        warnings = report.warningCount
        membersAtRisk = report.membersAtRisk
    }

    /// The row's action: the first due, an error before a warning on the same day.
    public var mostUrgent: AgendaAction? { actions.first }
}

/// The status line's reminder: how many actions are overdue and due this week, over all groups.
public struct AgendaSummary: Hashable, Sendable {
    public var overdue: Int
    public var dueThisWeek: Int

    public init(overdue: Int, dueThisWeek: Int) {
        self.overdue = overdue
        self.dueThisWeek = dueThisWeek
    }

    /// "2 te laat, 3 deze week"; nil when there is nothing to say.
    public var text: LocalizedText? {
        guard overdue + dueThisWeek > 0 else { return nil }
        var nl: [String] = [], en: [String] = []
        if overdue > 0 {
            nl.append("\(overdue) te laat")
            en.append("\(overdue) overdue")
        }
        if dueThisWeek > 0 {
            nl.append("\(dueThisWeek) deze week")
            en.append("\(dueThisWeek) due this week")
        }
        return LocalizedText(nl: nl.joined(separator: ", "), en: en.joined(separator: ", "))
    }
}

extension Agenda {
    /// Every group's agenda, judged in parallel, in the overview's order.
    public static func groups(_ groups: [Group], supervisor: Supervisor?, today: CivilDate) -> [GroupAgenda] {
        inOverviewOrder(Parallel.map(groups.count) { index in
            GroupAgenda(group: groups[index], report: RulesEngine.report(for: groups[index], supervisor: supervisor, today: today))
        })
    }

    /// The agendas of groups whose reports are at hand (the app keeps them), in the overview's order.
    public static func groups(_ groups: [Group], reports: [GroupReport]) -> [GroupAgenda] {
        let byID = Dictionary(reports.map { ($0.groupID, $0) }, uniquingKeysWith: { first, _ in first })
        return inOverviewOrder(groups.compactMap { group in byID[group.id].map { GroupAgenda(group: group, report: $0) } })
    }

    /// Sorted through their indices: an agenda is a large value, and moving a thousand of them
    /// about costs more than comparing them.
    static func inOverviewOrder(_ rows: [GroupAgenda]) -> [GroupAgenda] {
        rows.indices.sorted { overviewOrder(rows[$0], rows[$1]) }.map { rows[$0] }
    }

    /// The overview's order: by the most urgent action (its date, then an error first), a group
    /// with nothing to do last, then by name.
    public static func overviewOrder(_ a: GroupAgenda, _ b: GroupAgenda) -> Bool {
        switch (a.mostUrgent, b.mostUrgent) {
        case let (x?, y?):
            if x.due != y.due || x.severity != y.severity { return AgendaAction.urgencyOrder(x, y) }
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): break
        }
        if a.groupName != b.groupName { return a.groupName < b.groupName }
        return a.groupID < b.groupID
    }

    /// All actions of all groups, most urgent first (`AgendaAction.urgencyOrder`); with `until`,
    /// only those due on or before it. Each group's actions are in that order already, so the merge
    /// sorts by whole-number keys: the day, the severity, the kind, the group's place by name and
    /// the action's place in its group (a thousand groups' texts are never compared).
    public static func actions(of agendas: [GroupAgenda], until: CivilDate? = nil) -> [AgendaAction] {
        let byName = agendas.indices.sorted { (agendas[$0].groupName, agendas[$0].groupID) < (agendas[$1].groupName, agendas[$1].groupID) }
        var keys: [(key: (Int, Int, Int, Int, Int), group: Int, index: Int)] = []
        keys.reserveCapacity(agendas.reduce(0) { $0 + $1.actions.count })
        for (rank, group) in byName.enumerated() {
            for (index, action) in agendas[group].actions.enumerated() where until.map({ action.due <= $0 }) ?? true {
                keys.append(((action.due.dayNumber, -action.severityRank, action.kind.order, rank, index), group, index))
            }
        }
        keys.sort { $0.key < $1.key }
        return keys.map { agendas[$0.group].actions[$0.index] }
    }

    /// The agenda screen's sections, in order, each with its actions (most urgent first); empty
    /// sections are left out.
    public static func buckets(_ actions: [AgendaAction], today: CivilDate) -> [(bucket: AgendaBucket, actions: [AgendaAction])] {
        var grouped: [AgendaBucket: [AgendaAction]] = [:]
        for action in actions.sorted(by: AgendaAction.urgencyOrder) {
            grouped[AgendaBucket.of(action.due, today: today), default: []].append(action)
        }
        return AgendaBucket.allCases.compactMap { bucket in grouped[bucket].map { (bucket, $0) } }
    }

    /// The status line's counts.
    public static func summary(_ agendas: [GroupAgenda]) -> AgendaSummary {
        AgendaSummary(overdue: agendas.reduce(0) { $0 + $1.overdue }, dueThisWeek: agendas.reduce(0) { $0 + $1.dueThisWeek })
    }
}
