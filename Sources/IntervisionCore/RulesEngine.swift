/// Turns a group's records into findings and standings for one day. Pure: the day is passed in.
public enum RulesEngine {
    public static func report(for group: Group, supervisor: Supervisor?, today: CivilDate) -> GroupReport {
        GroupReport(groupID: group.id, groupName: group.name, today: today, year: nil, heldThisYear: 0,
                    plannedThisYear: 0, lastMeeting: nil, nextMeetingDue: nil, nextPlannedMeeting: nil,
                    planStatus: .missing, members: [], findings: [])
    }
}
