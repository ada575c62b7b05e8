import Foundation
import Testing

/// The regulation's year on the command line: submitted in GAIA, closing a year, one year's check,
/// the evaluation's year, a plan's period, joiners, deleting a member, phone numbers, the registration.
@Suite("Years on the command line")
struct YearCommandTests {
    let folder = TemporaryFolder()

    @discardableResult
    func cli(_ arguments: String..., today: String = "2026-11-22", lang: String = "en", stdin: String? = nil) -> Binary.Result {
        Binary.run(arguments + ["--data-dir", folder.path, "--lang", lang], environment: ["INTERVISIE_TODAY": today], stdin: stdin)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    var groupFile: String { folder.path + "/groups/chirurgen-utrecht.json" }

    /// 2026 held in full, submitted in GAIA before its first meeting; Anna at 2 of 4, no evaluation.
    /// A plan for 2027, submitted too.
    func setUpEndedYear() {
        cli("supervisor", "set", "--name", "Marieke van den Berg", "--phone", "06-12345678", "--registration", "cvm")
        cli("group", "add", "Chirurgen Utrecht")
        for (index, name) in ["Anna Müller", "Bram Çelik", "Eva de Vries", "Joost Jansen", "Zoë Bakker"].enumerated() {
            #expect(cli("member", "add", "chirurgen-utrecht", name, "--specialism", "Chirurgie", "--big", "1234567890\(index)",
                        "--phone", "06-1111111\(index)", today: "2025-12-01").status == 0)
        }
        cli("plan", "set", "chirurgen-utrecht", "--from", "2026-01-01", "--to", "2026-12-31", "--meetings", "4", "--duration", "2",
            "--focus", "Communicatie", "--method", "Incidentmethode")
        cli("member", "edit", "chirurgen-utrecht", "Anna Müller", "--contact")
        #expect(cli("plan", "submitted", "chirurgen-utrecht", "--date", "2026-01-10", today: "2026-01-10").status == 0)
        for (date, absent) in [("2026-02-01", true), ("2026-04-15", false), ("2026-07-01", true), ("2026-09-20", false)] {
            var args = ["meeting", "add", "chirurgen-utrecht", "--date", date]
            if absent { args += ["--absent", "Anna Müller"] }
            #expect(Binary.run(args + ["--data-dir", folder.path], environment: ["INTERVISIE_TODAY": date]).status == 0)
        }
        cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "2027-12-31", "--meetings", "4", "--duration", "2")
        cli("plan", "meeting", "chirurgen-utrecht", "--date", "2027-01-15")
        cli("plan", "submitted", "chirurgen-utrecht", "--from", "2027-01-01", "--date", "2026-12-01", today: "2026-12-01")
    }

    @Test func anEndedYearStaysInCheckUntilItIsClosedAfterAConfirmation() throws {
        setUpEndedYear()
        let open = cli("check", "--json", today: "2027-01-10")
        #expect(open.status == 1)
        let findings = try #require(try json(open.stdout)["findings"] as? [[String: Any]])
        let attendance = try #require(findings.first { $0["rule"] as? String == "ATTENDANCE_75" })
        #expect(attendance["year"] as? [String: String] == ["from": "2026-01-01", "to": "2026-12-31"])
        #expect(attendance["message"] as? String == "Anna Müller attended 2 of the 4 meetings (50%); below 75%")
        let years = try #require(try json(open.stdout)["years"] as? [[String: Any]])
        #expect(years.map { $0["state"] as? String } == ["ended", "running"])
        // The text groups the findings by year, in Dutch with full dates.
        let text = cli("check", today: "2027-01-10", lang: "nl").stdout
        #expect(text.contains("  Jaargang 01-01-2026 – 31-12-2026 (afgelopen, niet afgesloten):\n    FOUT   ATTENDANCE_75 [uiterlijk 31-12-2026]: Anna Müller was aanwezig bij 2 van de 4 bijeenkomsten (50%); minder dan 75%"),
                "\(text)")

        // Closing asks first, listing the errors; "n" (or no answer) closes nothing.
        let before = folder.snapshot()
        let refused = cli("plan", "close", "chirurgen-utrecht", "--from", "2026-01-01", today: "2027-01-10", lang: "nl", stdin: "n\n")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("De jaargang 01-01-2026 – 31-12-2026 heeft 2 fouten:\n  ATTENDANCE_75: Anna Müller was aanwezig bij 2 van de 4"))
        #expect(refused.stderr.contains("Toch afsluiten?"))
        #expect(refused.stderr.contains("Niet afgesloten."))
        #expect(folder.snapshot() == before)
        #expect(cli("plan", "close", "chirurgen-utrecht", "--from", "2026-01-01", today: "2027-01-10").status == 1)  // no input: no

        let closed = cli("plan", "close", "chirurgen-utrecht", "--from", "2026-06-01", today: "2027-01-10", stdin: "y\n")
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stdout == "Year 2026-01-01 – 2026-12-31 closed on 2027-01-10\n")
        let after = try #require(try json(cli("check", "--json", today: "2027-01-10").stdout)["findings"] as? [[String: Any]])
        #expect(!after.contains { ($0["year"] as? [String: String])?["from"] == "2026-01-01" })
        // The closed year is still judged on request.
        let history = cli("check", "chirurgen-utrecht", "--from", "2026-01-01", "--json", today: "2027-01-10")
        #expect(history.status == 1)
        let old = try #require(try json(history.stdout)["findings"] as? [[String: Any]])
        #expect(old.map { $0["rule"] as? String }.contains("ATTENDANCE_75"))
        let year = try #require((try json(history.stdout)["years"] as? [[String: Any]])?.first)
        #expect(year["from"] as? String == "2026-01-01" && year["to"] as? String == "2026-12-31")
        #expect(year["state"] as? String == "closed" && year["closed"] as? String == "2027-01-10")
        #expect(year["held"] as? Int == 4 && year["planned"] as? Int == 4)
        #expect(cli("plan", "show", "chirurgen-utrecht", "--from", "2026-01-01").stdout.contains("Closed: 2027-01-10"))
        // Closed once.
        let again = cli("plan", "close", "chirurgen-utrecht", "--from", "2026-01-01", "--yes", today: "2027-01-11")
        #expect(again.status == 2)
        #expect(again.stderr.contains("was already closed on 2027-01-10"))
    }

    @Test func closingWithYesAsksNothingAndARunningYearCannotBeClosed() {
        setUpEndedYear()
        let running = cli("plan", "close", "chirurgen-utrecht", "--from", "2027-01-01", "--yes", today: "2027-01-10")
        #expect(running.status == 2)
        #expect(running.stderr.contains("the year 2027-01-01 – 2027-12-31 runs until 2027-12-31"))
        let yes = cli("plan", "close", "chirurgen-utrecht", "--from", "2026-01-01", "--yes", today: "2027-01-10")
        #expect(yes.status == 0)
        #expect(yes.stderr.contains("has 2 errors"))
        #expect(!yes.stderr.contains("anyway"))
        #expect(cli("check", "--from", "2030-01-01", "chirurgen-utrecht").status == 2)
    }

    @Test func theEvaluationBelongsToTheYearItEvaluates() throws {
        setUpEndedYear()
        // Just after 2026 ended, before 2027's first meeting: about 2026.
        #expect(cli("evaluation", "add", "chirurgen-utrecht", "--date", "2027-01-08", today: "2027-01-08").status == 0)
        let list = cli("evaluation", "list", "chirurgen-utrecht", lang: "nl").stdout
        #expect(list.hasPrefix("08-01-2027\tjaargang 01-01-2026 – 31-12-2026\tev-20270108"), "\(list)")
        let findings = try #require(try json(cli("check", "--json", today: "2027-01-10").stdout)["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "ANNUAL_EVALUATION" && ($0["year"] as? [String: String])?["from"] == "2026-01-01" })
        // Named with --from: any day of the year.
        #expect(cli("evaluation", "add", "chirurgen-utrecht", "--date", "2027-01-09", "--from", "2027-03-01", today: "2027-01-09").status == 0)
        #expect(cli("evaluation", "list", "chirurgen-utrecht").stdout.contains("2027-01-09\tyear 2027-01-01 – 2027-12-31"))
        let refused = cli("evaluation", "add", "chirurgen-utrecht", "--date", "2027-01-09", "--from", "2031-01-01")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("no yearly plan contains 2031-01-01"))
    }

    @Test func planSetEditsTheYearThatStartsOnFromAndAnOverlapIsRefused() throws {
        setUpEndedYear()
        #expect(cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "2027-12-30").status == 0)
        let file = try String(contentsOfFile: groupFile, encoding: .utf8)
        #expect(file.contains(#"{"from": "2027-01-01", "to": "2027-12-30""#))
        let findings = try #require(try json(cli("check", "--json", today: "2027-02-01").stdout)["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "PLAN_PERIOD" && $0["severity"] as? String == "warning" })
        let overlap = cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "2028-01-31")
        #expect(overlap.status == 0)  // no other plan there: a year and a month, PLAN_PERIOD says so
        cli("plan", "set", "chirurgen-utrecht", "--from", "2028-02-01", "--to", "2029-01-31")
        let refused = cli("plan", "set", "chirurgen-utrecht", "--from", "2027-01-01", "--to", "2028-02-15")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("overlaps another plan"))
    }

    @Test func aMemberAddedAfterMeetingsJoinsTodayAndOneAddedByMistakeCanBeDeleted() throws {
        setUpEndedYear()
        #expect(cli("member", "add", "chirurgen-utrecht", "Nieuw Lid", "--specialism", "Chirurgie", today: "2026-10-01").status == 0)
        let members = try #require(JSONSerialization.jsonObject(with: Data(cli("member", "list", "chirurgen-utrecht", "--json", today: "2026-10-01").stdout.utf8)) as? [[String: Any]])
        let newcomer = try #require(members.first { $0["name"] as? String == "Nieuw Lid" })
        #expect(newcomer["joined"] as? String == "2026-10-01")
        #expect(newcomer["expected"] as? Int == 0)  // not counted absent at the meetings before
        #expect(cli("member", "remove", "chirurgen-utrecht", "Nieuw Lid", "--delete").status == 0)
        #expect(!cli("member", "list", "chirurgen-utrecht").stdout.contains("Nieuw Lid"))
        let refused = cli("member", "remove", "chirurgen-utrecht", "Anna Müller", "--delete")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("Anna Müller has attendance or an evaluation recorded and cannot be deleted"))
    }

    @Test("a phone number is checked the same way by every command", arguments: ["123", "06-abc"])
    func phones(phone: String) {
        setUpEndedYear()
        let before = folder.snapshot()
        for arguments in [["member", "add", "chirurgen-utrecht", "Piet", "--phone", phone],
                          ["member", "edit", "chirurgen-utrecht", "Anna Müller", "--phone", phone],
                          ["plan", "set", "chirurgen-utrecht", "--supervisor-phone", phone],
                          ["supervisor", "set", "--name", "X", "--phone", phone, "--registration", "cvm"]] {
            let result = Binary.run(arguments + ["--data-dir", folder.path, "--lang", "en"])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("phone number '\(phone)'"), "\(arguments): \(result.stderr)")
        }
        #expect(folder.snapshot() == before)
    }

    @Test func theRegistrationsExpiryIsWarnedAboutBeforeTheNextApplication() throws {
        setUpEndedYear()
        #expect(cli("supervisor", "set", "--name", "Marieke van den Berg", "--phone", "06-12345678", "--registration", "cvm",
                    "--expires", "2028-02-29").status == 0)
        #expect(cli("supervisor", "show", lang: "nl").stdout.contains("geldig tot en met 29-02-2028"))
        // Every plan is submitted: the next application is for the year from 01-01-2028; + 60 days = 01-03-2028.
        let findings = try #require(try json(cli("check", "--json", today: "2027-06-01").stdout)["findings"] as? [[String: Any]])
        let warning = try #require(findings.first { $0["rule"] as? String == "SUPERVISOR_REGISTRATION" })
        #expect(warning["severity"] as? String == "warning")
        #expect(warning["due"] as? String == "2028-01-01")
        cli("supervisor", "set", "--name", "Marieke van den Berg", "--phone", "06-12345678", "--registration", "cvm", "--expires", "2028-03-02")
        let later = try #require(try json(cli("check", "--json", today: "2027-06-01").stdout)["findings"] as? [[String: Any]])
        #expect(!later.contains { $0["rule"] as? String == "SUPERVISOR_REGISTRATION" })
    }

    @Test func recordingAMeetingBeforeThePlanIsSubmittedSaysSoAndRecordsIt() {
        setUpEndedYear()
        cli("plan", "set", "chirurgen-utrecht", "--from", "2028-01-01", "--to", "2028-12-31")
        let result = cli("meeting", "add", "chirurgen-utrecht", "--date", "2028-01-05", today: "2028-01-05")
        #expect(result.status == 0)
        #expect(result.stdout == "mt-20280105\n")
        #expect(result.stderr.contains("recording this meeting makes PLAN_BEFORE_FIRST an error"), "\(result.stderr)")
        let next = cli("meeting", "add", "chirurgen-utrecht", "--date", "2028-02-05", today: "2028-02-05")
        #expect(next.stderr.isEmpty)  // already an error: nothing new to say
    }

    @Test func submittingInTheFutureIsRefused() {
        setUpEndedYear()
        let result = cli("plan", "submitted", "chirurgen-utrecht", "--from", "2027-01-01", "--date", "2026-11-23")
        #expect(result.status == 2)
        #expect(result.stderr.contains("2026-11-23 is after today (2026-11-22)"))
    }
}
