import Testing
@testable import IntervisionCore

@Suite("The supervisor's profile as typed")
struct SupervisorProfileTests {
    @Test func theVerdictIsTheFindingsMessage() {
        let group = healthyGroup()
        let lvsc = Supervisor(name: "X", registration: .lvsc, lvscHours: 59)
        let finding = report(group, today: "2026-01-10", supervisor: lvsc).findings(.supervisorRegistration).first
        #expect(Supervisor.registrationShortfall(lvsc) == finding?.message)
        #expect(Supervisor.registrationShortfall(lvsc)?.nl == "LVSC-registratie met 59 uur begeleiding van artsen in 5 jaar; minimaal 60 uur nodig")
        #expect(Supervisor.registrationShortfall(nil)?.en == "No supervisor registration on file (Coaches voor Medici, LVSC or Balint)")
        #expect(Supervisor.registrationShortfall(Supervisor(name: "X", registration: .lvsc, lvscHours: 60)) == nil)
        #expect(Supervisor.registrationShortfall(Supervisor(name: "X", registration: .balint)) == nil)
    }

    @Test func checkedTrimsAndKeepsHoursForLVSCOnly() throws {
        let profile = try Supervisor.checked(name: " Marieke ", phone: " 06-12345678 ", registration: .lvsc,
                                             registrationNumber: " L-1 ", lvscHours: 62.5)
        #expect(profile == Supervisor(name: "Marieke", phone: "06-12345678", registration: .lvsc, registrationNumber: "L-1", lvscHours: 62.5))
        let balint = try Supervisor.checked(name: "M", phone: "", registration: .balint, registrationNumber: "", lvscHours: 80)
        #expect(balint.lvscHours == nil)
    }

    @Test func checkedRefusesAnEmptyNameAndABadPhone() {
        #expect(throws: EditError.emptyName) {
            try Supervisor.checked(name: "  ", phone: "", registration: nil, registrationNumber: "", lvscHours: nil)
        }
        #expect(throws: EditError.invalidPhone(.wrongLength("06-1234", digits: 6))) {
            try Supervisor.checked(name: "M", phone: "06-1234", registration: nil, registrationNumber: "", lvscHours: nil)
        }
    }

    @Test("hours in 5 years", arguments: [("60", 60.0), ("62,5", 62.5), (" 0 ", 0.0), ("59.5", 59.5)] as [(String, Double)])
    func totalHours(_ text: String, _ value: Double) throws {
        #expect(try NumberInput.totalHours(text).get() == value)
    }

    @Test("not hours", arguments: ["", "-1", "zestig", "6O", "1e3", "1234567890"])
    func notTotalHours(_ text: String) {
        guard case .failure(let error) = NumberInput.totalHours(text) else { Issue.record("'\(text)' was read"); return }
        #expect(error.message.nl.contains("is geen aantal uren"))
    }
}
