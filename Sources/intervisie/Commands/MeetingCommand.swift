import ArgumentParser
import Foundation
import IntervisionCore

struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Record held meetings and attendance; mark the attendance as entered in GAIA.",
        subcommands: [Add.self, Remove.self, List.self, Reported.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a held meeting: every current member present except those named absent.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of the meeting.", valueName: "date")) var date: String
        @Option(help: "Topic(s).") var topic: String = ""
        @Option(help: "Intervision method used.") var method: String = ""
        @Option(help: "Net duration in hours (default: the plan's).") var duration: String?
        @Option(help: "A member who was absent (repeat for several).") var absent: [String] = []
        @Option(help: "A member who was absent with notice (counts as absent for the 75% rule).") var excused: [String] = []
        @Option(help: "Reason for the absences named (optional).") var reason: String = ""
        @Option(help: ArgumentHelp("Start and end time, e.g. 19:00-21:30.", valueName: "from-to")) var time: String?
        @Option(help: "Where the meeting was held.") var location: String?

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.date(date, option: "--date")
            let hours = try duration.map { try Input.hours($0, option: "--duration") }
            let times = try time.map { try Input.time($0, option: "--time") }
            var warning: LocalizedText?
            let meeting = try workspace.editGroup(group) { group in
                warning = group.planBeforeFirstWarning(meetingOn: day, supervisor: workspace.supervisor)
                var absences: [MemberID: (reason: String, excused: Bool)] = [:]
                for name in absent { absences[try group.findMember(name).id] = (reason, false) }
                for name in excused { absences[try group.findMember(name).id] = (reason, true) }
                return try group.recordMeeting(on: day, today: workspace.today, topic: topic, method: method,
                                               durationHours: hours, absent: absences, time: times, location: location)
            }
            Output.line(meeting.id.rawValue)
            // Recorded all the same (it happened), but said: the plan was not submitted in time.
            if let warning { Output.error(workspace.text(warning)) }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete the meeting recorded on a date.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of the meeting.", valueName: "date")) var date: String

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.date(date, option: "--date")
            try workspace.editGroup(group) { group in
                guard let meeting = group.meetings.first(where: { $0.date == day }) else { throw EditError.noMeetingOn(day) }
                try group.deleteMeeting(id: meeting.id)
            }
        }
    }

    struct Reported: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a meeting's attendance as entered in GAIA (PE-online).",
            discussion: """
                GAIA takes a meeting's attendance only after the meeting; until it is marked here the agenda lists \
                'report-attendance', due 30 days after the meeting. 'export gaia' writes the BIG numbers to paste.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String
        @Option(help: ArgumentHelp("Date of the meeting.", valueName: "date")) var date: String
        @Option(help: ArgumentHelp("The day it was entered in GAIA (default: today).", valueName: "date")) var on: String?
        @Flag(help: "Take the mark back: the attendance is not (yet) in GAIA after all.") var undo = false

        func validate() throws {
            if undo && on != nil { throw CLIError(CommandText.undoTakesNoDay) }
        }

        func run() throws {
            let workspace = try Workspace(options)
            let day = try Input.date(date, option: "--date")
            if undo {
                _ = try workspace.editGroup(group) { group in try group.unmarkAttendanceReported(meetingOn: day) }
                workspace.say(CommandText.attendanceNotReported(of: day))
                return
            }
            let reportedOn = try Input.optionalDate(on, option: "--on") ?? workspace.today
            _ = try workspace.editGroup(group) { group in
                try group.markAttendanceReported(meetingOn: day, on: reportedOn, today: workspace.today)
            }
            workspace.say(CommandText.attendanceReported(of: day, on: reportedOn))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the meetings held: date, present/expected, topic, who was absent, time, whether the attendance is in GAIA.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The group (name or id).") var group: String

        func run() throws {
            let workspace = try Workspace(options)
            let group = workspace.groups[try workspace.groupIndex(self.group)]
            for meeting in group.meetings {
                let absent = meeting.attendance.filter { !$0.present }.map { group.member($0.memberID)?.name ?? $0.memberID.rawValue }
                let who = absent.isEmpty ? CommandText.allPresent : CommandText.absent(absent)
                Output.row([workspace.text(CommandText.date(meeting.date)), "\(meeting.presentCount)/\(meeting.attendance.count)",
                            meeting.topic, workspace.text(who), meeting.time?.text ?? "",
                            workspace.text(CommandText.reportedInGAIA(meeting.reported))])
            }
        }
    }
}
