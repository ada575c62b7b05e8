@testable import IntervisionCore

/// `d("2026-01-31")`: dates in tests read as they are written.
func d(_ text: String) -> CivilDate {
    guard let date = CivilDate(text) else { fatalError("bad test date \(text)") }
    return date
}

let profile = Supervisor(name: "Marieke van den Berg", phone: "06-12345678", registration: .coachesVoorMedici,
                         registrationNumber: "CvM-1")

/// A complete, healthy group for the year 2026: 5 BIG-registered members, a plan with 4 meetings of
/// 2 hours, exported and submitted in GAIA before the first meeting. Tests change one thing and look
/// at one rule.
func healthyGroup(members count: Int = 5, heldDates: [String] = [], absences: [String: [Int]] = [:],
                  plannedDates: [String] = ["2026-02-01", "2026-04-15", "2026-07-01", "2026-09-20"]) -> Group {
    let members = (1...max(count, 1)).prefix(count).map { n in
        Member(id: MemberID("m\(n)"), name: "Lid \(n)", specialism: "Chirurgie", big: BIGNumber("1234567890\(n % 10)"),
               phone: "06-1111111\(n % 10)")
    }
    var group = Group(id: "g1", name: "Chirurgen Utrecht", focusAreas: ["Communicatie"], methods: ["Incidentmethode"],
                      contactMemberID: members.first?.id, members: members)
    group.plans = [YearPlan(from: d("2026-01-01"), to: d("2026-12-31"), totalMeetings: plannedDates.count,
                            durationHours: 2, planned: plannedDates.map { PlannedMeeting(date: d($0), topic: "Casus") },
                            exported: d("2025-12-15"), submitted: d("2025-12-15"))]
    group.meetings = heldDates.map { date in
        let absent = Set(absences[date] ?? [])
        return Meeting(id: MeetingID("mt-\(date)"), date: d(date), topic: "Casus", method: "Incidentmethode", durationHours: 2,
                       attendance: members.enumerated().map { index, member in
                           Attendance(memberID: member.id, present: !absent.contains(index + 1))
                       })
    }
    group.evaluations = []
    return group
}

func report(_ group: Group, today: String, supervisor: Supervisor? = profile) -> GroupReport {
    RulesEngine.report(for: group, supervisor: supervisor, today: d(today))
}

extension GroupReport {
    func findings(_ rule: RuleID) -> [Finding] { findings.filter { $0.rule == rule } }
    func standing(_ id: MemberID) -> MemberStanding? { members.first { $0.memberID == id } }
}
