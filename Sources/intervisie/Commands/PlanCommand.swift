import ArgumentParser
import Foundation
import IntervisionCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "The yearly plan (jaarplan): period, meetings, duration, basics; submitted in GAIA; closing a year.",
        subcommands: [Set.self, Meeting.self, Submitted.self, Close.self, Show.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the plan's fields.",
            discussion: """
                With --from and --to: the plan starting on --from (its period set to end on --to), else a new plan \
                for that year. Without: the plan of the year that contains today. A period overlapping another plan \
                is refused.
                """)
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
                if let start, let end, let existing = group.plans.firstIndex(where: { $0.from == start }) {
                    try group.setPlanPeriod(at: existing, from: start, to: end)
                    index = group.plans.firstIndex { $0.from == start }!
                } else if let start, let end {
                    index = try group.planIndex(from: start, to: end)
                } else {
                    guard let current = group.plans.firstIndex(where: { $0.contains(workspace.today) }) else { throw EditError.noPlan }
                    index = current
                }
                try group.setPlanCounts(at: index, totalMeetings: meetings, durationHours: hours)
                for area in focus { try TextKind.name.check(area, field: FieldLabel.focusArea) }
                for name in method { try TextKind.name.check(name, field: FieldLabel.method) }
                if let remarks { try TextKind.longText.check(remarks, field: FieldLabel.remarks) }
                if !focus.isEmpty { group.focusAreas = focus }
                if !method.isEmpty { group.methods = method }
                if let remarks { group.remarks = remarks }
                if supervisorName != nil || supervisorPhone != nil {
                    try group.setPlanSupervisor(name: supervisorName, phone: supervisorPhone, profile: workspace.supervisor)
                }
            }
        }
    }

    struct Meeting: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a planned meeting, change it (topic, time, place), or move it to another date.",
            discussion: """
                A moved meeting stays the same meeting: its calendar event keeps its UID and gets a higher SEQUENCE, \
                so a calendar that imported it updates it. --move-to first, then the other options apply to it.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of the planned meeting.", valueName: "date")) var date: String
        @Option(help: "Topic(s).") var topic: String = ""
        @Option(help: ArgumentHelp("Start and end time, e.g. 19:00-21:30.", valueName: "from-to")) var time: String?
        @Option(help: "Where the meeting will be ('' removes it).") var location: String?
        @Option(name: .customLong("move-to"), help: ArgumentHelp("Move the meeting planned on --date to this date.", valueName: "date"))
        var moveTo: String?

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.date(date, option: "--date")
            let newDay = try Input.optionalDate(moveTo, option: "--move-to")
            let times = try time.map { try Input.time($0, option: "--time") }
            try workspace.editGroup(group) { group in
                if let newDay { try group.movePlannedMeeting(from: day, to: newDay) }
                try group.planMeeting(on: newDay ?? day, topic: topic, time: times, location: location)
            }
        }
    }

    struct Submitted: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark the plan as submitted in GAIA (the application PLAN_BEFORE_FIRST asks for).",
            discussion: """
                Exporting the plan is not applying: mark it here once the application went in to GAIA. Marks the \
                plan starting on (or containing) --from; without it, the earliest plan not yet submitted that has \
                not ended on that date.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of submission in GAIA (default: today).", valueName: "date")) var date: String?
        @Option(help: ArgumentHelp("The plan's first day (or any day in its year).", valueName: "date")) var from: String?

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.optionalDate(date, option: "--date") ?? workspace.today
            let start = try Input.optionalDate(from, option: "--from")
            let plan = try workspace.editGroup(group) { group in try group.markSubmitted(from: start, on: day, today: workspace.today) }
            workspace.say(CommandText.submitted(plan.period, on: day))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a year that has ended: its findings leave the default check.",
            discussion: """
                A year that has ended stays judged until it is closed. Errors that remain are listed first and \
                need a confirmation (answer j/y), or --yes: closing does not solve them, those members simply get \
                no hours for that year. 'check --from DATE' still judges a closed year. Exit 1 when not closed.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("The year's first day (or any day in it).", valueName: "date")) var from: String
        @Flag(help: "Close without asking, also when errors remain (for scripts).") var yes = false

        func run() throws {
            let workspace = try Workspace(options)
            let start = try Input.date(from, option: "--from")
            let original = workspace.groups[try workspace.groupIndex(group)]
            var check = original
            do throws(EditError) { try check.closeYear(from: start, on: workspace.today) } catch { throw error.cli }
            let errors = original.closingErrors(from: start, supervisor: workspace.supervisor, today: workspace.today)
            let year = check.plans[try check.planIndex(naming: start)].period
            if !errors.isEmpty {
                Output.error(workspace.text(CommandText.yearHasErrors(year, count: errors.count)))
                for finding in errors { Output.error("  \(finding.rule.rawValue): \(workspace.text(finding.message))") }
                if !yes && !Confirmation.ask(workspace.text(CommandText.closeAnyway)) {
                    Output.error(workspace.text(CommandText.notClosed))
                    throw ExitCode(1)
                }
            }
            try workspace.editGroup(group) { group in _ = try group.closeYear(from: start, on: workspace.today) }
            workspace.say(CommandText.closed(year, on: workspace.today))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the plan of the year that contains today (or --from).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("The plan's first day (or any day in its year).", valueName: "date")) var from: String?

        func run() throws {
            let workspace = try Workspace(options)
            let group = workspace.groups[try workspace.groupIndex(self.group)]
            let start = try Input.optionalDate(from, option: "--from")
            let plan: YearPlan
            if let start {
                do throws(EditError) { plan = group.plans[try group.planIndex(naming: start)] } catch { throw error.cli }
            } else {
                guard let found = group.plan(containing: workspace.today) ?? group.plans.last else { throw EditError.noPlan.cli }
                plan = found
            }
            workspace.say(CommandText.planHeading(group.name, plan.period))
            workspace.say(CommandText.planNumbers(meetings: plan.totalMeetings, hours: plan.durationHours))
            for planned in plan.planned {
                let when = [planned.time?.text, planned.location.isBlank ? nil : planned.location].compactMap { $0 }
                Output.line("  \(workspace.text(CommandText.optionalDate(planned.date)))  \(planned.topic)"
                            + (when.isEmpty ? "" : "  (\(when.joined(separator: ", ")))"))
            }
            let missing = PlanCompleteness.missingFields(group: group, plan: plan, supervisor: workspace.supervisor)
            if !missing.isEmpty { workspace.say(CommandText.stillToFillIn(missing.map(\.label))) }
            let application = group.application(of: plan, supervisor: workspace.supervisor)
            workspace.say(CommandText.exported(application.exported, changedSince: application.changedSinceExport))
            workspace.say(CommandText.submittedInGAIA(plan.submitted))
            if let closed = plan.closed { workspace.say(CommandText.closedOn(closed)) }
        }
    }
}
