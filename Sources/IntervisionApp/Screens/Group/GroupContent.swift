import IntervisionCore

/// The rows of a group's three tabs, derived from the group and its (cached) report. Cheap: a
/// group has a handful of members and meetings, so this is built per frame for one group only.
public struct GroupContent: Sendable {
    public struct MemberRow: Sendable {
        public var member: Member
        public var standing: MemberStanding?
        public var isContact: Bool
        public var hasLeft: Bool
    }

    public struct MeetingRow: Sendable {
        /// The recorded meeting's id; nil for a planned one.
        public var id: MeetingID?
        public var date: CivilDate?
        public var isHeld: Bool
        public var topic: String
        public var method: String
        public var present: Int
        public var expected: Int
        /// When it starts and ends, where recorded (held) or planned.
        public var time: MeetingTime?
        /// When its attendance was entered in GAIA; nil: not yet (or a planned one).
        public var reported: CivilDate?
    }

    public var group: Group
    public var report: GroupReport
    public var year: YearPlan?
    /// Meetings held in `year` (on or before today), and the count its plan names (0: none).
    public var heldInYear: Int
    public var plannedInYear: Int
    public var members: [MemberRow]
    public var meetings: [MeetingRow]
    public var findings: [Finding]
    /// Newest first.
    public var evaluations: [Evaluation]
    /// The plan still to hand in, as the plan form opens on it (`Group.workingPlanIndex`), and where
    /// it stands: exported, changed since, submitted in GAIA.
    public var workingPlan: YearPlan?
    public var application: PlanApplication?
    /// The oldest year that ended and is not closed yet: the one `c` closes.
    public var yearToClose: YearReport?
    public var supervisor: Supervisor?
    /// What the group needs next, most urgent first (`Agenda.actions`, as the overview and
    /// `intervisie agenda` have them).
    public var actions: [AgendaAction]
    /// Members × held meetings of the year; built when the attendance tab is drawn, not per key.
    public var grid: AttendanceGrid {
        AttendanceGrid(group: group, year: year, today: report.today, members: members.map(\.member))
    }

    /// `role`: a contact person's findings list theirs first; the supervisor's (`Role.actsOn`) follow, muted.
    /// `year`: the first day of the plan to show, instead of the report's.
    public init(group: Group, report: GroupReport, supervisor: Supervisor?, role: Role = .supervisor, year shown: CivilDate? = nil) {
        self.group = group
        self.report = report
        self.supervisor = supervisor
        let today = report.today
        let judged = shown.flatMap { from in group.plans.first { $0.from == from } }
            ?? report.year ?? group.plan(containing: today) ?? group.plans.max { $0.from < $1.from }
        year = judged
        if let judged, judged != report.year {
            heldInYear = group.meetings.filter { judged.contains($0.date) && $0.date <= today }.count
            plannedInYear = judged.meetingCount
        } else {
            heldInYear = report.heldThisYear
            plannedInYear = report.plannedThisYear
        }

        let standings = Dictionary(report.members.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first })
        let current = group.members.filter { $0.isMember(on: today) }
        let former = group.members.filter { member in
            guard let left = member.left, !member.isMember(on: today) else { return false }
            return judged.map { left > $0.from } ?? false
        }
        members = (current + former).map {
            MemberRow(member: $0, standing: standings[$0.id], isContact: $0.id == group.contactMemberID, hasLeft: !$0.isMember(on: today))
        }

        var rows: [MeetingRow] = []
        if let year = judged {
            let held = group.meetings.filter { year.contains($0.date) }
            let heldDates = Set(held.map(\.date))
            rows = held.map {
                MeetingRow(id: $0.id, date: $0.date, isHeld: true, topic: $0.topic, method: $0.method,
                           present: $0.presentCount, expected: $0.attendance.count, time: $0.time, reported: $0.reported)
            }
            for planned in year.planned {
                if let date = planned.date, heldDates.contains(date) || date <= today { continue }
                rows.append(MeetingRow(id: nil, date: planned.date, isHeld: false, topic: planned.topic, method: "", present: 0, expected: 0,
                                       time: planned.time))
            }
            rows.sort { a, b in
                switch (a.date, b.date) {
                case let (x?, y?): return x < y
                case (.some, nil): return true
                default: return false
                }
            }
        }
        meetings = rows
        findings = report.findings.sorted { a, b in
            let (aOwn, bOwn) = (role.actsOn(a), role.actsOn(b))
            if aOwn != bOwn { return aOwn }
            if a.severity != b.severity { return a.severity > b.severity }
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.rule.rawValue < b.rule.rawValue
            }
        }
        evaluations = group.evaluations.sorted { $0.date > $1.date }
        workingPlan = group.workingPlanIndex(today: today).map { group.plans[$0] }
        application = workingPlan.map { group.application(of: $0, supervisor: supervisor) }
        yearToClose = report.years.first { $0.state == .ended }
        actions = Agenda.actions(for: group, report: report)
    }

    public func count(of tab: GroupTab) -> Int {
        switch tab {
        case .members: return members.count
        case .meetings: return meetings.count
        case .findings: return findings.count
        case .attendance: return members.count  // the grid has a line per member
        case .evaluations: return evaluations.count
        }
    }
}

extension AppState {
    /// The content of a group screen, or nil when the group is gone.
    public func content(of screen: GroupScreen) -> GroupContent? {
        let groups = catalog.groups
        var index = screen.groupIndex
        if index >= groups.count || groups[index].id != screen.groupID {
            guard let found = groups.firstIndex(where: { $0.id == screen.groupID }) else { return nil }
            index = found
        }
        return GroupContent(group: groups[index], report: catalog.reports[index], supervisor: catalog.supervisor, role: settings.role,
                            year: screen.year)
    }
}
