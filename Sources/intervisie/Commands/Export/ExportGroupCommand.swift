import ArgumentParser
import Foundation
import IntervisionCore
import IntervisionStore

/// `intervisie export group GROUP`: the group's own file, to hand to the contact person or the
/// supervisor on another machine, who takes it in with `intervisie import`.
struct ExportGroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Write the group's data file (JSON) for the hand-over; read it in with 'intervisie import'.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The group (name or id).") var group: String
    @OptionGroup var target: ExportTarget

    func run() throws {
        let workspace = try Workspace(options)
        let group = workspace.groups[try workspace.groupIndex(self.group)]
        try target.write(GroupCodec.encode(group), groupName: group.name, kind: "groep", ext: "json", workspace: workspace)
    }
}
