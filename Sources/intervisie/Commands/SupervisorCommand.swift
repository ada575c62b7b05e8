import ArgumentParser
import IntervisionCore

extension Registration: ExpressibleByArgument {}

struct SupervisorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supervisor", abstract: "The supervisor's profile and registration.", subcommands: [Set.self, Show.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set the supervisor's profile.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Name.") var name: String
        @Option(help: "Phone number.") var phone: String
        @Option(help: "Registration: cvm (Coaches voor Medici), lvsc, or balint.") var registration: Registration
        @Option(help: "Registration number.") var number: String = ""
        @Option(help: "LVSC only: hours of coaching/supervision of doctors in the last 5 years.") var hours: String?
        @Option(help: ArgumentHelp("The last day the registration is valid, where it has one.", valueName: "date")) var expires: String?

        func run() throws {
            let workspace = try Workspace(options)
            let lvscHours = try hours.map { try Input.totalHours($0, option: "--hours") }
            let expiresOn = try Input.optionalDate(expires, option: "--expires")
            let profile: Supervisor
            do throws(EditError) {
                profile = try Supervisor.checked(name: name, phone: phone, registration: registration,
                                                 registrationNumber: number, lvscHours: lvscHours, registrationExpires: expiresOn)
            } catch {
                throw error.cli
            }
            try workspace.saveProfile(profile)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the supervisor's profile.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let workspace = try Workspace(options)
            guard let profile = workspace.supervisor else {
                workspace.say(CommandText.noProfile)
                return
            }
            Output.line(profile.name)
            Output.line(profile.phone)
            let expiry = profile.registrationExpires.map { workspace.text(CommandText.validUntil($0)) } ?? ""
            let hours = profile.lvscHours.map { workspace.text(CommandText.hours($0)) } ?? ""
            Output.line([profile.registration.map { workspace.text($0.name) } ?? "—", profile.registrationNumber, hours, expiry]
                .filter { !$0.isEmpty }.joined(separator: " · "))
        }
    }
}
