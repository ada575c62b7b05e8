import ArgumentParser
import IntervisionCore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Add, edit, list and retire members.",
        subcommands: [Add.self, Edit.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a member to a group.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Argument(help: "The member's name.") var name: String
        @Option(help: "Specialism.") var specialism: String = ""
        @Option(help: "BIG number (9-11 digits; padded to 11).") var big: String?
        @Option(help: "Phone number.") var phone: String = ""
        @Option(help: ArgumentHelp("First day of membership (default: today once the group has held a meeting, else from the start).",
                                   valueName: "date")) var joined: String?
        @Flag(help: "Make this member the group's contact person.") var contact = false

        func run() throws {
            let workspace = try Workspace(options)
            let number = try big.map(Input.big)
            let joinedOn = try Input.optionalDate(joined, option: "--joined")
            let member = try workspace.editGroup(group) { group in
                try group.addMember(name: name, specialism: specialism, big: number, phone: phone,
                                    joined: joinedOn ?? group.defaultJoinDate(today: workspace.today), contact: contact)
            }
            Output.line(member.id.rawValue)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a member's details.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Argument(help: "The member's current name.") var name: String
        @Option(name: .customLong("name"), help: "New name.") var newName: String?
        @Option(help: "Specialism.") var specialism: String?
        @Option(help: "BIG number (9-11 digits); empty to clear.") var big: String?
        @Option(help: "Phone number.") var phone: String?
        @Option(help: ArgumentHelp("First day of membership.", valueName: "date")) var joined: String?
        @Option(name: .customLong("period-start"), help: ArgumentHelp("Start of the member's 5-year re-registration period.", valueName: "date"))
        var periodStart: String?
        @Flag(help: "Make this member the group's contact person.") var contact = false

        func run() throws {
            let workspace = try Workspace(options)
            let number: BIGNumber?? = try big.map { $0.isEmpty ? nil : try Input.big($0) }
            let joinedOn = try Input.optionalDate(joined, option: "--joined")
            let start = try Input.optionalDate(periodStart, option: "--period-start")
            try workspace.editGroup(group) { group in
                var member = try group.findMember(name)
                if let newName { member.name = newName }
                if let specialism { member.specialism = specialism }
                if let number { member.big = number }
                if let phone { member.phone = phone }
                if let joinedOn { member.joined = joinedOn }
                if let start { member.registrationPeriodStart = start }
                try group.updateMember(member)
                if contact { group.contactMemberID = member.id }
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a member as left (the records stay), or delete one added by mistake.",
            discussion: """
                The date is the first day the person is no longer a member (default: today). --delete removes a member \
                who has no attendance or evaluation recorded; one with records can only be marked as left.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Argument(help: "The member's name.") var name: String
        @Option(help: ArgumentHelp("First day no longer a member (default: today).", valueName: "date")) var date: String?
        @Flag(help: "Delete the member altogether (only without any record).") var delete = false

        func validate() throws {
            if delete && date != nil {
                throw CLIError(CommandText.deleteTakesNoDate)
            }
        }

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.optionalDate(date, option: "--date") ?? workspace.today
            try workspace.editGroup(group) { group in
                if delete { try group.deleteMember(name) } else { try group.markLeft(name, on: day) }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a group's members with attendance and hours this year.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let workspace = try Workspace(options)
            let group = workspace.groups[try workspace.groupIndex(self.group)]
            let report = workspace.report(for: group)
            var out = JSONOut.Array()
            for member in group.members {
                let standing = report.members.first { $0.memberID == member.id }
                if json {
                    out.append(JSONOut.Object()
                        .string("id", member.id.rawValue).string("name", member.name).string("specialism", member.specialism)
                        .optionalString("big", member.big?.digits).string("phone", member.phone)
                        .optionalString("joined", member.joined?.iso).optionalString("left", member.left?.iso)
                        .bool("contact", group.contactMemberID == member.id)
                        .int("attended", standing?.attended ?? 0).int("expected", standing?.expected ?? 0)
                        .optionalNumber("attendance", standing?.percentage)
                        .raw("mayStillMiss", standing.map { String($0.mayStillMiss) } ?? "null")
                        .number("hoursThisYear", standing?.hoursThisYear ?? 0)
                        .number("hoursInPeriod", standing?.hoursInPeriod ?? 0))
                } else {
                    let percent = standing?.percentage.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
                    let left = member.left.map { workspace.text(CommandText.left($0)) } ?? ""
                    Output.row([member.name, member.specialism, member.big?.digits ?? "—",
                                "\(standing?.attended ?? 0)/\(standing?.expected ?? 0) \(percent)\(left)"])
                }
            }
            if json { Output.json(out.closedBytes + [0x0A]) }
        }
    }
}
