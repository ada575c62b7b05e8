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
                throw CLIError(nl: "de groepsnaam is leeg", en: "the group name is empty")
            } catch {
                throw error.cli
            }
            try workspace.addGroup(group)
            print(group.id)
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
                print(out.text)
                return
            }
            let language = workspace.language
            for (group, report) in rows {
                let due = report.nextMeetingDue.map { language == .nl ? $0.dutch : $0.iso } ?? "—"
                let nl = language == .nl
                let state = report.hasErrors
                    ? (nl ? CheckOutput.count(report.errorCount, "fout", "fouten") : CheckOutput.count(report.errorCount, "error", "errors"))
                    : report.warningCount > 0
                    ? (nl ? CheckOutput.count(report.warningCount, "waarschuwing", "waarschuwingen")
                        : CheckOutput.count(report.warningCount, "warning", "warnings"))
                    : "ok"
                let heldLabel = language == .nl ? "bijeenkomsten" : "meetings"
                let dueLabel = language == .nl ? "volgende uiterlijk" : "next due"
                print("\(group.id)\t\(group.name)\t\(report.heldThisYear)/\(report.plannedThisYear) \(heldLabel)\t\(dueLabel) \(due)\t\(state)")
            }
        }
    }
}
