import ArgumentParser
import Foundation
import IntervisionCore

struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Add and list groups.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a group; prints its id.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group's name.") var name: String

        func run() throws {
            let workspace = try Workspace(options)
            let group: Group
            do throws(EditError) {
                group = try Group.new(named: name, existing: workspace.groups)
            } catch .emptyName {
                throw CLIError(CommandText.emptyGroupName)
            } catch {
                throw error.cli
            }
            try workspace.addGroup(group)
            Output.line(group.id.rawValue)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the groups with their state this year.")
        @OptionGroup var options: GlobalOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let workspace = try Workspace(options)
            workspace.warnAboutProblems()
            let rows = workspace.groups.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { group in
                (group, workspace.report(for: group))
            }
            if json {
                var out = JSONOut.Array()
                for (group, report) in rows {
                    out.append(JSONOut.Object()
                        .string("id", group.id.rawValue).string("name", group.name)
                        .int("members", group.members(on: workspace.today).count)
                        .int("held", report.heldThisYear).int("planned", report.plannedThisYear)
                        .optionalString("nextMeetingDue", report.nextMeetingDue?.iso)
                        .int("errors", report.errorCount).int("warnings", report.warningCount))
                }
                Output.json(out.closedBytes + [0x0A])
                return
            }
            for (group, report) in rows {
                let state = report.hasErrors ? CommandText.errors(report.errorCount)
                    : report.warningCount > 0 ? CommandText.warnings(report.warningCount) : CommandText.allWell
                Output.row([group.id.rawValue, group.name,
                            workspace.text(CommandText.meetingsHeld(report.heldThisYear, of: report.plannedThisYear)),
                            workspace.text(CommandText.nextDue(report.nextMeetingDue)), workspace.text(state)])
            }
        }
    }
}
