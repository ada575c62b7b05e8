import ArgumentParser
import IntervisionCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "The yearly plan (jaarplan): period, meetings, duration, basics.",
        subcommands: [Set.self, Meeting.self, Submitted.self, Show.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the plan's fields.",
            discussion: "With --from and --to: that year's plan (made if new). Without: the plan of the year that contains today.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("First day of the year.", valueName: "date")) var from: String?
        @Option(help: ArgumentHelp("Last day of the year.", valueName: "date")) var to: String?
        @Option(help: "Total number of meetings.") var meetings: Int?
        @Option(help: "Net duration of each meeting in hours (e.g. 2 or 2,5).") var duration: String?
        @Option(help: "A focus area (repeat for several; replaces the list).") var focus: [String] = []
        @Option(help: "An intervision method (repeat for several; replaces the list).") var method: [String] = []
        @Option(help: "Remarks/additions.") var remarks: String?
        @Option(name: .customLong("supervisor-name"), help: "The supervisor named on this plan (default: the profile).") var supervisorName: String?
        @Option(name: .customLong("supervisor-phone"), help: "The supervisor's phone on this plan.") var supervisorPhone: String?

        func validate() throws {
            if (from == nil) != (to == nil) {
                throw CLIError(CommandText.fromAndToTogether)
            }
        }

        func run() throws {
            let workspace = try Workspace(options)
            let start = try Input.optionalDate(from, option: "--from")
            let end = try Input.optionalDate(to, option: "--to")
            let hours = try duration.map { try Input.hours($0, option: "--duration") }
            try workspace.editGroup(group) { group in
                let index: Int
                if let start, let end {
                    index = try group.planIndex(from: start, to: end)
                } else {
                    guard let current = group.plans.firstIndex(where: { $0.contains(workspace.today) }) else { throw EditError.noPlan }
                    index = current
                }
                try group.setPlanCounts(at: index, totalMeetings: meetings, durationHours: hours)
                if !focus.isEmpty { group.focusAreas = focus }
                if !method.isEmpty { group.methods = method }
                if let remarks { group.remarks = remarks }
                if let supervisorName { group.supervisorName = supervisorName }
                if let supervisorPhone { group.supervisorPhone = supervisorPhone }
            }
        }
    }

    struct Meeting: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a planned meeting (or set its topic).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of the planned meeting.", valueName: "date")) var date: String
        @Option(help: "Topic(s).") var topic: String = ""

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.date(date, option: "--date")
            try workspace.editGroup(group) { group in try group.planMeeting(on: day, topic: topic) }
        }
    }

    struct Submitted: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that the plan went to GAIA.",
            discussion: "Marks the earliest plan not yet sent that has not ended on that date (or the plan starting --from).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of submission (default: today).", valueName: "date")) var date: String?
        @Option(help: ArgumentHelp("The first day of the plan's year, to name the plan.", valueName: "date")) var from: String?

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.optionalDate(date, option: "--date") ?? workspace.today
            let start = try Input.optionalDate(from, option: "--from")
            try workspace.editGroup(group) { group in
                let index: Int?
                if let start {
                    index = group.plans.firstIndex { $0.from == start }
                } else {
                    index = group.plans.indices.filter { group.plans[$0].sentOn == nil && group.plans[$0].to >= day }
                        .min { group.plans[$0].from < group.plans[$1].from }
                }
                guard let index else { throw EditError.noPlan }
                group.plans[index].submitted = day
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the plan of the year that contains today (or --from).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("The first day of the plan's year.", valueName: "date")) var from: String?

        func run() throws {
            let workspace = try Workspace(options)
            let group = workspace.groups[try workspace.groupIndex(self.group)]
            let start = try Input.optionalDate(from, option: "--from")
            guard let plan = start.map({ s in group.plans.first { $0.from == s } }) ?? group.plan(containing: workspace.today) ?? group.plans.last else {
                throw EditError.noPlan.cli
            }
            workspace.say(CommandText.planPeriod(group.name, from: plan.from, to: plan.to))
            workspace.say(CommandText.planNumbers(meetings: plan.totalMeetings, hours: plan.durationHours))
            for planned in plan.planned {
                Output.line("  \(workspace.text(CommandText.optionalDate(planned.date)))  \(planned.topic)")
            }
            let missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: workspace.supervisor)
            if !missing.isEmpty {
                workspace.say(CommandText.stillToFillIn(missing.map(\.label)))
            }
            if let sent = plan.sentOn { workspace.say(CommandText.sent(sent)) }
        }
    }
}
